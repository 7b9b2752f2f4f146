#!/usr/bin/env python3
"""first_frame.py - time from starting the TUI to its first frame.

    first_frame.py HELPNAV MARKER [RUNS] [-- ARGS...]

Starts HELPNAV in an 80x24 pseudo-terminal, reads its output until MARKER
(text that only a drawn frame contains) has been written, then sends q and
waits for it to exit. Prints the median and the worst time in ms. This
times the real program, terminal set-up included, with no hook in it.
"""
import fcntl
import os
import pty
import select
import struct
import sys
import termios
import time


def one(cmd, marker, env):
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(cmd[0], cmd, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    t0 = time.perf_counter()
    seen = b""
    elapsed = None
    deadline = t0 + 3
    while time.perf_counter() < deadline:
        r, _, _ = select.select([fd], [], [], 0.5)
        if not r:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        if marker in seen:
            elapsed = (time.perf_counter() - t0) * 1000
            break
    os.write(fd, b"q")
    deadline = time.perf_counter() + 5
    while time.perf_counter() < deadline:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        r, _, _ = select.select([fd], [], [], 0.1)
        if r:
            try:
                os.read(fd, 65536)
            except OSError:
                pass
    else:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
    os.close(fd)
    return elapsed


def main():
    args = sys.argv[1:]
    extra = []
    if "--" in args:
        i = args.index("--")
        args, extra = args[:i], args[i + 1:]
    prog, marker = args[0], args[1].encode()
    runs = int(args[2]) if len(args) > 2 else 20
    env = dict(os.environ, TERM="xterm-256color", LC_ALL="C.UTF-8")
    times = []
    for _ in range(runs):
        times.append(one([prog] + extra, marker, env))
        if times[-1] is None:
            print("first_frame: marker never appeared", file=sys.stderr)
            sys.exit(1)
    times.sort()
    print("first_frame_median_ms %.2f" % times[len(times) // 2])
    print("first_frame_worst_ms %.2f" % times[-1])


if __name__ == "__main__":
    main()
