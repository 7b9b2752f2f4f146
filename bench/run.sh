#!/usr/bin/env bash
# The whole benchmark (see bench/run.py): builds build-bench, generates the
# packs once, compares helpnav with grep and ripgrep, writes
# docs/performance.md. Needs hyperfine, ripgrep, GNU time (bench/deps.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in hyperfine rg /usr/bin/time python3; do
	command -v "$tool" >/dev/null || {
		echo "нет $tool: запустите bash bench/deps.sh" >&2
		exit 2
	}
done
exec python3 bench/run.py "$@"
