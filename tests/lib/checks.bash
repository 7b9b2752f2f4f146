# Sourced by the script tests: a temporary folder removed on exit ($tmp)
# and fail(), which reports a failed check and counts it in $fails.
# shellcheck shell=bash
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
fail()
{
	echo "FAIL: $*" >&2
	fails=$((fails + 1))
}
