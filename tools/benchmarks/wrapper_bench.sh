#!/usr/bin/env bash
# tools/bench wrapper_bench: what tools/in-env costs over running a program directly (goal: ≤ 30 ms per call,
# #17). Runs on the host, not in the build root: it measures the wrapper itself. Prints one Markdown section.
set -euo pipefail
. "$(dirname "$0")/../common.sh"
cd "$CB_REPO"
runs=${CLAIMBENCH_WRAPPER_RUNS:-40}
us_of() { # us_of COMMAND...: wall-clock microseconds of one run (bash's clock: no program started to read it)
    local s=${EPOCHREALTIME/[.,]/} e
    "$@" >/dev/null 2>&1 || true
    e=${EPOCHREALTIME/[.,]/}
    echo $((e - s))
}
median() { sort -n | awk '{a[NR]=$1} END {printf "%d\n", (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; } # whole microseconds: bash arithmetic follows
tools/in-env true # the decision is made (and remembered) once; the rows measure the calls after it
direct=$(for _ in $(seq "$runs"); do us_of /bin/true; done | median)
wrapped=$(for _ in $(seq "$runs"); do us_of tools/in-env true; done | median)
decide=$(us_of cb_native_ok)
# CPU time (user + system of every program the call starts): what the wrapper costs the machine, much less
# sensitive than wall-clock to a loaded machine's run queue.
cpu_of() { # cpu_of COMMAND...: microseconds of CPU for $runs runs, per run
    local TIMEFORMAT=%3U+%3S t
    t=$({ time for _ in $(seq "$runs"); do "$@" >/dev/null 2>&1 || true; done; } 2>&1)
    awk -v t="$t" -v n="$runs" 'BEGIN {split(t, a, "+"); printf "%d", (a[1] + a[2]) * 1e6 / n}'
}
cpu_direct=$(cpu_of /bin/true)
cpu_wrapped=$(cpu_of tools/in-env true)
mode=$(cb_mode)
load=$(cut -d' ' -f1 /proc/loadavg)
us2ms() { awk -v u="$1" 'BEGIN {printf "%.1f ms", u / 1000}'; }
over=$((wrapped - direct))
result=MISS; [ "$over" -le 30000 ] && result=PASS
echo "## The environment wrapper (tools/in-env)"
echo
echo "\`tools/in-env true\` against \`/bin/true\` run directly, on this host (mode: $mode; median of $runs calls each)."
echo
echo "| measure | measured | goal | |"
echo "|---|---|---|---|"
echo "| \`/bin/true\` directly | $(us2ms "$direct") | (reference) | |"
echo "| \`tools/in-env true\` | $(us2ms "$wrapped") | | |"
echo "| wrapper cost per call | $(us2ms "$over") | ≤ 30 ms | $result |"
echo "| wrapper CPU time per call (user + system; \`/bin/true\` alone: $(us2ms "$cpu_direct")) | $(us2ms $((cpu_wrapped - cpu_direct))) | (informational) | |"
echo "| deciding native or build root (apt-cache; once per build root, then remembered) | $(us2ms "$decide") | (informational) | |"
echo
echo "Times are wall-clock on a shared machine; the load average during the run was $load (on $(nproc) cores)."
