# Shared helpers for the tools/ scripts; sourced, never run directly.
# shellcheck shell=bash

# (Parameter expansions, not dirname: every tools/in-env call pays for each program started here.)
CB_REPO=${BASH_SOURCE[0]%/*}
[ "$CB_REPO" != "${BASH_SOURCE[0]}" ] || CB_REPO=.
CB_REPO=$(cd "$CB_REPO/.." && pwd -P)
CB_BUILDROOT=${CLAIMBENCH_BUILDROOT:-/var/cache/claimbench/debian13}
CB_DEPS_FILE="$CB_REPO/packaging/debian/build-deps"

cb_say() { printf '[claimbench] %s\n' "$*" >&2; }
cb_die() { printf '[claimbench] error: %s\n' "$*" >&2; exit 1; }

# The package list without comments or blank lines.
cb_packages() { sed -e 's/#.*//' -e 's/[[:space:]]//g' "$CB_DEPS_FILE" | grep -v '^$'; }
cb_deps_hash() { cb_packages | sha256sum | cut -d' ' -f1; }

cb_sudo() { if [ "$EUID" = 0 ]; then "$@"; else sudo "$@"; fi; }

# True when this host's own package manager provides Qt >= 6.5 with WebEngine and KF6 SyntaxHighlighting.
# CLAIMBENCH_NATIVE=1/0 forces the answer; setting CLAIMBENCH_BUILDROOT forces the build root.
cb_native_ok() {
    case "${CLAIMBENCH_NATIVE:-}" in 1) return 0 ;; 0) return 1 ;; esac
    [ -n "${CLAIMBENCH_BUILDROOT:-}" ] && return 1
    command -v apt-cache >/dev/null 2>&1 || return 1
    local v
    v=$(apt-cache policy qt6-base-dev 2>/dev/null | awk '/Candidate:/ {print $2}')
    [ -n "$v" ] && [ "$v" != "(none)" ] || return 1
    dpkg --compare-versions "$v" ge 6.5 || return 1
    apt-cache show libkf6syntaxhighlighting-dev qt6-webengine-dev >/dev/null 2>&1
}

# cb_mode: "native" or "root". Asking apt costs about 0.3 s, so the answer is remembered: next to the build root's
# stamp ($CB_BUILDROOT/.claimbench-mode) when there is a build root, else in the user's cache. It is asked again
# only when the host's packages or package lists changed since (dpkg status, apt lists newer than the answer).
# The forcing variables are answered without asking or remembering.
cb_mode_file() {
    if [ -d "$CB_BUILDROOT" ]; then echo "$CB_BUILDROOT/.claimbench-mode"
    else echo "${XDG_CACHE_HOME:-${HOME:-/root}/.cache}/claimbench/host-mode"; fi
}
CB_HOST_STATE=(/var/lib/dpkg/status /var/lib/apt/lists) # what the answer depends on (tests point it elsewhere)
cb_mode_fresh() {
    local f=$1 s
    [ -f "$f" ] || return 1
    for s in "${CB_HOST_STATE[@]}"; do [ ! -e "$s" ] || [ "$f" -nt "$s" ] || return 1; done
}
cb_mode() {
    case "${CLAIMBENCH_NATIVE:-}" in 1) echo native; return ;; 0) echo root; return ;; esac
    [ -z "${CLAIMBENCH_BUILDROOT:-}" ] || { echo root; return; }
    local f m=
    f=$(cb_mode_file)
    if cb_mode_fresh "$f"; then
        read -r m <"$f" || m=
        case "$m" in native | root) echo "$m"; return ;; esac
    fi
    if cb_native_ok; then m=native; else m=root; fi
    # Best effort: an unwritable place only means asking again next time.
    { mkdir -p "$(dirname "$f")" && echo "$m" >"$f.$$" && mv -f "$f.$$" "$f"; } 2>/dev/null || rm -f "$f.$$" 2>/dev/null || true
    echo "$m"
}

# The Debian mirror this host already uses (so the build root comes from the same place).
cb_mirror() {
    if [ -n "${CLAIMBENCH_MIRROR:-}" ]; then echo "$CLAIMBENCH_MIRROR"; return; fi
    local m
    m=$(grep -hoE '^(URIs:[[:space:]]*|deb[[:space:]]+)https?://[^[:space:]]+/debian/?([[:space:]]|$)' \
            /etc/apt/sources.list.d/* /etc/apt/sources.list 2>/dev/null |
        grep -oE 'https?://[^[:space:]]+' | grep -v security | head -n1)
    echo "${m:-http://deb.debian.org/debian}"
}

# cb_chroot_run WORKDIR PROGRAM ARGS...
# Runs PROGRAM inside the build root, in a private mount namespace: /proc, /dev, a fresh /dev/shm, the repo
# (at its own absolute path) and ../shared (read-only, when present) are mounted only for this process tree,
# so nothing stays mounted when it returns and several can run at once. Exit code and environment pass through.
# Every tools/in-env call pays for this, so it starts as few programs as it can: unshare, one mount per mount
# point (the namespace is private, so the copies need no --make-rprivate), and unshare --root to enter the root
# at WORKDIR (chroot + cd in one program); resolv.conf is copied only when the host's is newer.
# The same, in one program when it can (tools/enter.c: no shell, no mount(8) runs; built once per build root, static,
# by the root's compiler, and again when the source is newer); the shell below is the fallback.
CB_ENTER="$CB_BUILDROOT/.claimbench-enter"
cb_chroot_run() {
    local wd=$1; shift
    local shared=${CB_REPO%/*}/shared
    [ -d "$shared" ] || shared=
    [ -n "${LANG:-}" ] && [ "$LANG" != C ] && [ "$LANG" != POSIX ] || export LANG=C.UTF-8
    if [ -x "$CB_ENTER" ] && [ ! "$CB_REPO/tools/enter.c" -nt "$CB_ENTER" ]; then
        ${CB_EXEC:-} "$CB_ENTER" "$CB_BUILDROOT" "$CB_REPO" "$shared" "$wd" "$@"
        return
    fi
    if [ -z "${CB_BUILDING_ENTER:-}" ] && [ -w "$CB_BUILDROOT" ] && [ -f "$CB_REPO/tools/enter.c" ]; then
        # (Unwritable, as for a user who did not make the root: the shell path, every time.)
        if CB_BUILDING_ENTER=1 CB_EXEC= cb_chroot_run / gcc -O2 -static -o "/.claimbench-enter.$$" \
                "$CB_REPO/tools/enter.c" 2>/dev/null && mv -f "$CB_BUILDROOT/.claimbench-enter.$$" "$CB_ENTER"; then
            cb_chroot_run "$wd" "$@"
            return
        fi
        rm -f "$CB_BUILDROOT/.claimbench-enter.$$"
    fi
    local unshare=(unshare --mount --propagation private --fork)
    [ "$EUID" = 0 ] || unshare+=(--map-root-user)
    ${CB_EXEC:-} "${unshare[@]}" -- /bin/bash -c '
        set -e
        root=$1 repo=$2 shared=$3 wd=$4; shift 4
        mount --rbind /proc "$root/proc" # (not a new proc: that needs the pid namespace, which a user namespace lacks)
        mount --rbind /dev "$root/dev"
        [ -d "$root/dev/shm" ] || mkdir "$root/dev/shm"
        mount -t tmpfs -o mode=1777,nosuid,nodev tmpfs "$root/dev/shm"
        [ -d "$root$repo" ] || mkdir -p "$root$repo"
        mount --bind "$repo" "$root$repo"
        if [ -n "$shared" ]; then
            [ -d "$root$shared" ] || mkdir -p "$root$shared"
            mount -o bind,ro "$shared" "$root$shared" 2>/dev/null || mount --bind "$shared" "$root$shared"
        fi
        # A display for tools/run: the X socket and the authority file, when there are.
        if [ -n "${DISPLAY:-}" ] && [ -d /tmp/.X11-unix ]; then
            mkdir -p "$root/tmp/.X11-unix" && mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
        fi
        if [ -n "${XAUTHORITY:-}" ] && [ -f "$XAUTHORITY" ]; then
            mkdir -p "$root$(dirname "$XAUTHORITY")" && touch "$root$XAUTHORITY" && mount --bind "$XAUTHORITY" "$root$XAUTHORITY"
        fi
        if [ /etc/resolv.conf -nt "$root/etc/resolv.conf" ]; then cp -f /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true; fi
        [ -d "$root$wd" ] || wd=/
        exec unshare --root="$root" --wd="$wd" -- "$@"
    ' cb-in-env "$CB_BUILDROOT" "$CB_REPO" "$shared" "$wd" "$@"
}
