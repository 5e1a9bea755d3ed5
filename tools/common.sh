# Shared helpers for the tools/ scripts; sourced, never run directly.
# shellcheck shell=bash

CB_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
CB_BUILDROOT=${CLAIMBENCH_BUILDROOT:-/var/cache/claimbench/debian13}
CB_DEPS_FILE="$CB_REPO/packaging/debian/build-deps"

cb_say() { printf '[claimbench] %s\n' "$*" >&2; }
cb_die() { printf '[claimbench] error: %s\n' "$*" >&2; exit 1; }

# The package list without comments or blank lines.
cb_packages() { sed -e 's/#.*//' -e 's/[[:space:]]//g' "$CB_DEPS_FILE" | grep -v '^$'; }
cb_deps_hash() { cb_packages | sha256sum | cut -d' ' -f1; }

cb_sudo() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

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

cb_mode() { if cb_native_ok; then echo native; else echo root; fi; }

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
cb_chroot_run() {
    local wd=$1; shift
    local shared
    shared=$(cd "$CB_REPO/.." && pwd -P)/shared
    [ -d "$shared" ] || shared=
    [ -n "${LANG:-}" ] && [ "$LANG" != C ] && [ "$LANG" != POSIX ] || export LANG=C.UTF-8
    local unshare=(unshare --mount --propagation private --fork)
    [ "$(id -u)" = 0 ] || unshare+=(--map-root-user)
    ${CB_EXEC:-} "${unshare[@]}" -- /bin/bash -c '
        set -e
        root=$1 repo=$2 shared=$3 wd=$4; shift 4
        mount -t proc proc "$root/proc"
        mount --rbind /dev "$root/dev"
        mount --make-rprivate "$root/dev"
        mkdir -p "$root/dev/shm"
        mount -t tmpfs -o mode=1777,nosuid,nodev tmpfs "$root/dev/shm"
        mkdir -p "$root$repo"
        mount --bind "$repo" "$root$repo"
        if [ -n "$shared" ]; then
            mkdir -p "$root$shared"
            mount --bind "$shared" "$root$shared"
            mount -o remount,bind,ro "$root$shared" 2>/dev/null || true
        fi
        # A display for tools/run: the X socket and the authority file, when there are.
        if [ -n "${DISPLAY:-}" ] && [ -d /tmp/.X11-unix ]; then
            mkdir -p "$root/tmp/.X11-unix" && mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
        fi
        if [ -n "${XAUTHORITY:-}" ] && [ -f "$XAUTHORITY" ]; then
            mkdir -p "$root$(dirname "$XAUTHORITY")" && touch "$root$XAUTHORITY" && mount --bind "$XAUTHORITY" "$root$XAUTHORITY"
        fi
        cp -f /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
        exec chroot "$root" /bin/sh -c "cd \"\$0\" 2>/dev/null || cd /; exec \"\$@\"" "$wd" "$@"
    ' cb-in-env "$CB_BUILDROOT" "$CB_REPO" "$shared" "$wd" "$@"
}
