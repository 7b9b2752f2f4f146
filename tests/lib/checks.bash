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

# check DESCRIPTION COMMAND...: runs COMMAND; "ok: DESCRIPTION" or a
# failure. checks_done prints the count and fails when any check did.
passes=0
check()
{
	local what=$1
	shift
	if "$@"; then
		echo "ok: $what"
		passes=$((passes + 1))
	else
		fail "$what"
	fi
}
checks_done()
{
	echo "$passes passed, $fails failed"
	[ "$fails" -eq 0 ]
}
