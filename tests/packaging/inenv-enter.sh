#!/usr/bin/env bash
# CTest packaging/inenv-enter: tools/enter.c, the program tools/in-env enters the build root with, gives the program
# it runs the root as /, the repo at its own path (writable), the shared folder read-only, /proc, /dev and a fresh
# /dev/shm, the working directory asked for (/ when the root lacks it), and passes its exit status through. Run
# in a throwaway root holding only a static probe program.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd -P)
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
gcc -O1 -static -o "$t/enter" "$repo/tools/enter.c"
cat >"$t/probe.c" <<'C'
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <errno.h>
#include <sys/stat.h>
int main(int argc, char **argv)
{
    char cwd[4096];
    struct stat st;
    printf("cwd %s\n", getcwd(cwd, sizeof cwd) ? cwd : "?");
    printf("proc %d\n", stat("/proc/self/mountinfo", &st) == 0);
    printf("null %d\n", stat("/dev/null", &st) == 0 && S_ISCHR(st.st_mode));
    printf("shm %d\n", stat("/dev/shm", &st) == 0 && S_ISDIR(st.st_mode));
    char p[4200];
    snprintf(p, sizeof p, "%s/written", argv[1]);
    int fd = open(p, O_WRONLY | O_CREAT, 0644);
    printf("repo-writable %d\n", fd >= 0);
    snprintf(p, sizeof p, "%s/written", argv[2]);
    fd = open(p, O_WRONLY | O_CREAT, 0644);
    printf("shared-readonly %d\n", fd < 0 && errno == EROFS);
    snprintf(p, sizeof p, "%s/seen", argv[2]);
    printf("shared-visible %d\n", stat(p, &st) == 0);
    return 7;
}
C
gcc -O1 -static -o "$t/probe" "$t/probe.c"
root=$t/root
mkdir -p "$root/bin" "$root/proc" "$root/dev" "$root/etc" "$t/repo/sub" "$t/shared"
cp "$t/probe" "$root/bin/probe"
touch "$t/shared/seen"
status=0
"$t/enter" "$root" "$t/repo" "$t/shared" "$t/repo/sub" /bin/probe "$t/repo" "$t/shared" >"$t/out" || status=$?
cat "$t/out"
[ "$status" = 7 ] || fail "exit status $status, want the program's 7"
grep -qx "cwd $t/repo/sub" "$t/out" || fail "not in the working directory"
for line in "proc 1" "null 1" "shm 1" "repo-writable 1" "shared-readonly 1" "shared-visible 1"; do
    grep -qx "$line" "$t/out" || fail "want '$line'"
done
[ -f "$t/repo/written" ] || fail "what the program wrote in the repo is not in the repo"
# Outside the root, nothing stayed mounted.
grep -q " $root/" /proc/self/mountinfo && fail "mounts left behind"
# A working directory the root lacks: /.
status=0
"$t/enter" "$root" "$t/repo" "" /nowhere /bin/probe "$t/repo" /bin >"$t/out" || status=$?
[ "$status" = 7 ] && grep -qx "cwd /" "$t/out" || fail "a missing working directory: status $status, $(head -1 "$t/out")"
# A program that is not there: 127, and a message.
status=0
"$t/enter" "$root" "$t/repo" "" / /bin/missing 2>"$t/err" || status=$?
[ "$status" = 127 ] && grep -q missing "$t/err" || fail "a missing program: status $status"
echo "PASS"
