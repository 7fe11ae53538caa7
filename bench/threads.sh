#!/usr/bin/env bash
# Where a cold build's processor time goes, thread by thread: runs `./paperdeck build -q` of a
# notes file N times (after one unmeasured run that builds the tool and its class-data archive)
# and, while each runs, reads every thread's processor time from /proc/PID/task/*/stat every
# 20 ms, keeping each thread's last reading (a thread that ends between two readings loses at
# most that interval's time; the readings themselves take about a millisecond each). Prints, for each thread name, the median of its processor time
# over the runs, and the median wall time. Threads are named by the kernel's first 15
# characters of their name: "java" is the main thread (the JVM's own start, picocli, reading and
# the handout), "paperdeck-warm-" the theme's warm-up, "C1 CompilerThre" the compiler, "VM
# Thread" the collector's pauses. Linux only.
#
#   bench/threads.sh [-n RUNS] [NOTES]     default: 5 runs of talks/iclr-2022.md
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/alternating.sh"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=5
if [ "${1:-}" = -n ]; then runs="$2"; shift 2; fi
notes="$(readlink -f "${1:-$here/talks/iclr-2022.md}")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
ticks="$(getconf CLK_TCK)"
# A descriptor that never has anything to read: `read -t` on it waits without starting a program.
exec {idle}<> <(:)
"$here/paperdeck" build -q "$notes" -o "$work/out/" >/dev/null 2>&1 || true

# One run: its wall time in milliseconds, then "name<TAB>milliseconds" for each thread.
sample() {
  local start end pid stat name rest fields
  declare -A cpu=() names=()
  start="$(now)"
  "$here/paperdeck" build -q "$notes" -o "$work/out/" >/dev/null 2>&1 &
  pid=$!
  while [ -d "/proc/$pid/task" ]; do
    for stat in /proc/"$pid"/task/*/stat; do
      # The name stands in parentheses and may hold spaces; the counters follow the last ')'.
      { IFS= read -r rest <"$stat"; } 2>/dev/null || continue
      name="${rest#*(}"
      name="${name%)*}"
      read -r -a fields <<<"${rest##*) }"
      cpu[$stat]=$(( fields[11] + fields[12] ))
      names[$stat]="$name"
    done
    read -r -t 0.02 -u "$idle" || true
  done
  wait "$pid" || true
  end="$(now)"
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%d\n", (e - s) * 1000 }'
  for stat in "${!cpu[@]}"; do
    printf '%s\t%d\n' "${names[$stat]}" $(( cpu[$stat] * 1000 / ticks ))
  done
}

for run in $(seq "$runs"); do
  sample >"$work/run-$run"
done
echo "$(basename "$notes"), $runs runs: wall $(for run in $(seq "$runs"); do head -n 1 "$work/run-$run"; done | median) ms"
printf '%-18s %8s\n' thread "cpu ms"
# Threads of one name in a run are added up (the JVM's GC and compiler threads, a pool's); a
# name missing from a run counts 0 there.
for run in $(seq "$runs"); do
  tail -n +2 "$work/run-$run" | awk -F'\t' '{ sum[$1] += $2 } END { for (n in sum) print n "\t" sum[n] }' \
    >"$work/sums-$run"
done
cut -f1 "$work"/sums-* | sort -u | while IFS= read -r name; do
  m="$(for run in $(seq "$runs"); do
    awk -F'\t' -v n="$name" '$1 == n { v = $2 } END { print v + 0 }' "$work/sums-$run"
  done | median)"
  [ "$m" = 0 ] || printf '%s\t%s\n' "$m" "$name"
done | sort -rn | awk -F'\t' '{ printf "%-18s %8d\n", $2, $1 }'
