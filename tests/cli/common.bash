# common.bash - helpers for the command-line golden tests, sourced by
# tests/cli/*.sh (which run as: bash SCRIPT /path/to/helpnav /path/to/source).
#
# golden NAME RC ARGS... runs helpnav ARGS (stdin from /dev/null) and
# compares the exit status with RC, stdout with expected/NAME.out and stderr
# with expected/NAME.err; a missing file means "must be empty". The
# temporary folder and the source folder are shown as TMP and SRC.
# UPDATE_GOLDEN=1 rewrites the expected files instead.
set -u
export LC_ALL=C.UTF-8
bin=$1
src=$(cd "$2" && pwd)
expected=$src/tests/cli/expected
pack=$src/tests/fixtures/pack-small
clipack=$src/tests/fixtures/cli-pack
fail=0
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
# The pack cache (cache.h) goes here, not into the user's ~/.cache.
export HELPNAV_CACHE_DIR=$tmp/cache
# Printed sheets say when they were printed: a fixed time (sheet.h).
export HELPNAV_NOW=1796036400 TZ=UTC
version=$("$bin" --version | sed -n '1s/^helpnav //p')

failed() {
	echo "FAIL: $*"
	fail=1
}

normalize() { # FILE
	sed -e "s|$tmp|TMP|g" -e "s|$src|SRC|g" \
		-e "s|helpnav $version,|helpnav VERSION,|g" "$1"
}

compare() { # NAME KIND(out|err) FILE
	local want=$expected/$1.$2
	if [ -n "${UPDATE_GOLDEN:-}" ]; then
		if [ -s "$3" ]; then
			normalize "$3" >"$want"
		else
			rm -f "$want"
		fi
		return
	fi
	if [ -f "$want" ]; then
		normalize "$3" | diff -u "$want" - >"$tmp/diff" ||
			{ failed "$1: std$2 differs"; cat "$tmp/diff"; }
	elif [ -s "$3" ]; then
		failed "$1: unexpected std$2:"
		cat "$3"
	fi
}

golden() { # NAME RC ARGS...
	local name=$1 want_rc=$2
	shift 2
	"$bin" "$@" </dev/null >"$tmp/out" 2>"$tmp/err"
	local rc=$?
	[ "$rc" -eq "$want_rc" ] ||
		failed "$name: exit $rc, expected $want_rc (helpnav $*)"
	compare "$name" out "$tmp/out"
	compare "$name" err "$tmp/err"
}

# Runs a shell command line inside a pseudo-terminal (util-linux script);
# its output goes to FILE.
in_pty() { # FILE COMMAND
	script -qec "$2" /dev/null </dev/null >"$1" 2>&1
}

finish() {
	if [ "$fail" -ne 0 ]; then
		echo "$(basename "$0"): FAILED"
		exit 1
	fi
	echo "$(basename "$0"): ok"
	exit 0
}
