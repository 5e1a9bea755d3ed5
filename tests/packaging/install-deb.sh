#!/usr/bin/env bash
# tests/packaging/install-deb.sh BUILD_DIR VERSION (CTest packaging/deb): packages BUILD_DIR with CPack, then
# installs claimbench_VERSION_*.deb with `apt-get install ./claimbench_*.deb` into a throwaway overlay of the root
# this runs in (the Debian 13 build root, under tools/in-env; or a native Debian 13 host) and runs the installed
# programs there, with no build tree anywhere on the paths: claimbench-cli --version, claimbench-cli report on
# the installed sample, claimbench --screenshot offscreen, and the pseudo-locale. The overlay's upper layer is a
# tmpfs in a private mount namespace: nothing below is written, and everything vanishes when this returns.
# Needs to mount (root, or root in a user namespace).
set -euo pipefail
build=$(cd "$1" && pwd -P) version=$2
fail() { echo "FAIL: $*" >&2; exit 1; }

if [ "${CB_DEB_NS:-}" != 1 ]; then
    # Our own mount namespace. Inside the build root "/" is no mount point, so its propagation cannot be changed,
    # but tools/in-env's namespace is private already.
    export CB_DEB_NS=1
    ns=(unshare --mount)
    [ "$EUID" = 0 ] || ns+=(--map-root-user) # a native host's non-root CI user (untested)
    "${ns[@]}" --propagation private true 2>/dev/null && ns+=(--propagation private) || ns+=(--propagation unchanged)
    exec "${ns[@]}" -- "$0" "$@"
fi

echo "== packaging $build"
rm -rf "$build/packages"
cpack --config "$build/CPackConfig.cmake" -B "$build/packages" >"$build/packages.log" 2>&1 ||
    { cat "$build/packages.log"; fail "cpack failed"; }
deb=$(ls "$build"/packages/claimbench_"$version"_*.deb) || fail "no claimbench_${version}_*.deb made"
ls -l "$build"/packages/*.deb
dpkg-deb --field "$deb" Package Version Depends

t=$(mktemp -d)
mount -t tmpfs -o mode=0755 tmpfs "$t"
mkdir "$t/upper" "$t/work" "$t/root"
mount -t overlay overlay -o "lowerdir=/,upperdir=$t/upper,workdir=$t/work" "$t/root"
r=$t/root
mount --rbind /proc "$r/proc"
mount --rbind /dev "$r/dev"
mount -t tmpfs tmpfs "$r/tmp"
# Nothing of the source or build trees in the root: the overlay shows the folders below the mounts, and on a
# native host the repository itself is hidden under an empty tmpfs.
repo=$(cd "$(dirname "$0")/../.." && pwd -P)
[ ! -d "$r$repo" ] || mount -t tmpfs tmpfs "$r$repo"
[ ! -d "$r$build" ] || mount -t tmpfs tmpfs "$r$build"
cp "$deb" "$r/tmp/"
in_root() { chroot "$r" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0 QTWEBENGINE_CHROMIUM_FLAGS=--no-sandbox "$@"; }

echo "== apt-get install ./$(basename "$deb") (without a network: its dependencies must be in the root already)"
unshare --net -- chroot "$r" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
    sh -c 'cd /tmp && apt-get install -y ./claimbench_*.deb' || fail "apt-get install failed"
in_root apt-get check >/dev/null || fail "apt-get check is not clean after the install"
in_root dpkg -s claimbench | grep -q '^Status: install ok installed' || fail "claimbench is not installed"

echo "== claimbench-cli --version"
v=$(in_root claimbench-cli --version) || fail "claimbench-cli --version failed"
echo "$v"
[ "$v" = "claimbench-cli $version" ] || fail "expected 'claimbench-cli $version'"
[ "$(in_root sh -c 'command -v claimbench-cli')" = /usr/bin/claimbench-cli ] || fail "claimbench-cli is not /usr/bin/claimbench-cli"

echo "== claimbench-cli plugins (the installed built-ins, found relative to the program)"
plugins=$(in_root claimbench-cli plugins) || fail "claimbench-cli plugins failed"
echo "$plugins"
for p in causation quantity; do grep -qi "$p" <<<"$plugins" || fail "built-in plugin $p not loaded"; done

echo "== claimbench-cli report on the installed sample"
sample=/usr/share/claimbench/examples/essex-jiangsu.txt
in_root claimbench-cli report "$sample" --format md -o /tmp/report.md || fail "claimbench-cli report failed"
in_root claimbench-cli report "$sample" --format json -o /tmp/report.json || fail "claimbench-cli report --format json failed"
[ -s "$r/tmp/report.md" ] || fail "empty report"
head -n 5 "$r/tmp/report.md"
python3 - "$r/tmp/report.json" "$r$sample.claims.json" <<'PY' || fail "the report does not have the sample's claims"
import json, sys
report, sidecar = (json.load(open(p)) for p in sys.argv[1:3])
n = len(sidecar["claims"])
text = json.dumps(report)
quotes = [json.dumps(c["target"]["exact"])[1:-1] for c in sidecar["claims"]]
assert n > 0 and all(q in text for q in quotes), "claims missing"
print(f"report quotes all {n} claims of the sample")
PY

echo "== claimbench --screenshot (offscreen)"
in_root claimbench --screenshot /tmp/shot.png "$sample" || fail "claimbench --screenshot failed"
python3 - "$r/tmp/shot.png" <<'PY' || fail "no screenshot"
import struct, sys
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
w, h = struct.unpack(">II", data[16:24])
assert w >= 800 and h >= 500, f"{w}x{h}"
print(f"screenshot {w}x{h}, {len(data)} bytes")
PY

cp "$r/tmp/shot.png" "$build/packaging-deb-screenshot.png" # to look at
echo "== the installed workbench in the pseudo-locale (LANGUAGE=en_XA)"
in_root env LANGUAGE=en_XA claimbench --help | grep -F '[Å ŵöŕķƀéñçĥ ƒöŕ ƒåçţ-çĥéçķéŕš.]' || fail "not translated"

echo "== desktop files"
for f in /usr/share/applications/org.claimbench.claimbench.desktop /usr/share/metainfo/org.claimbench.claimbench.metainfo.xml; do
    [ -f "$r$f" ] || fail "$f not installed"
done
if in_root sh -c 'ls /usr/lib/*/libclaimbench_*.so' 2>/dev/null; then fail "development symlinks in the runtime package"; fi
echo "PASS: claimbench_${version} installs and runs in a clean Debian 13 root"
