#!/usr/bin/env bash
# CTest packaging/inenv-mode: tools/in-env asks apt whether to use the build root once per build root, remembers
# the answer next to the root's stamp, and asks again only when the host's packages change.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd -P)
. "$repo/tools/common.sh"
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
CB_BUILDROOT=$t/root
mkdir -p "$CB_BUILDROOT" "$t/lists"
touch -d '2025-01-01 00:00' "$t/status" "$t/lists"
CB_HOST_STATE=("$t/status" "$t/lists")
asked=0 answer=1
cb_native_ok() { asked=$((asked + 1)); return "$answer"; }
unset CLAIMBENCH_NATIVE CLAIMBENCH_BUILDROOT
fail() { echo "FAIL: $*" >&2; exit 1; }
mode() { cb_mode >"$t/out"; read -r m <"$t/out"; } # not $(...): the counter must stay in this shell

mode; [ "$m" = root ] && [ $asked = 1 ] || fail "first call: $m, asked $asked times (want root, 1)"
[ "$(cat "$CB_BUILDROOT/.claimbench-mode")" = root ] || fail "the answer is not next to the stamp"
for _ in 1 2 3; do mode; done
[ "$m" = root ] && [ $asked = 1 ] || fail "later calls asked again: $asked"

# An upgrade after the answer (the answer older than dpkg's status; every time is set, none read from a clock):
# asked again, and the new answer is remembered.
answer=0
touch -d '2026-01-01 00:00' "$t/lists"
touch -d '2026-02-01 00:00' "$t/status"
touch -d '2026-01-15 00:00' "$CB_BUILDROOT/.claimbench-mode"
mode; [ "$m" = native ] && [ $asked = 2 ] || fail "after an upgrade: $m, asked $asked times (want native, 2)"
mode; [ $asked = 2 ] || fail "asked again after remembering"
# New package lists (apt-get update) count too.
touch -d '2026-03-01 00:00' "$t/lists"
touch -d '2026-02-15 00:00' "$CB_BUILDROOT/.claimbench-mode"
mode; [ $asked = 3 ] || fail "new package lists did not count"
# A damaged file is asked again, never believed.
echo garbage >"$CB_BUILDROOT/.claimbench-mode"
mode; [ "$m" = native ] && [ $asked = 4 ] || fail "a damaged answer was used: $m"
# Forcing variables answer without asking.
CLAIMBENCH_NATIVE=0 mode; [ "$m" = root ] && [ $asked = 4 ] || fail "CLAIMBENCH_NATIVE=0 asked or answered $m"
CLAIMBENCH_BUILDROOT=$t/x mode; [ "$m" = root ] && [ $asked = 4 ] || fail "CLAIMBENCH_BUILDROOT asked or answered $m"
# Without a build root the answer goes to the user's cache.
rm -rf "$CB_BUILDROOT"
XDG_CACHE_HOME=$t/cache mode; [ $asked = 5 ] && [ "$(cat "$t/cache/claimbench/host-mode")" = native ] ||
    fail "no answer in the user's cache"
XDG_CACHE_HOME=$t/cache mode; [ $asked = 5 ] || fail "the user's cache was not used"
echo "PASS: asked $asked times in 12 calls"
