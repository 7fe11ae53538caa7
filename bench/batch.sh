#!/usr/bin/env bash
# Times a folder of talks built in one run against the same talks built by one command each,
# in alternating runs, and prints the median wall time of each and their ratio.
#
#   bench/batch.sh [-n RUNS] [TALKS]     TALKS: how many talks (default 20), RUNS default 3
#
# The talks are the example talk with a title of its own each (so that no two are the same
# file). The one-run build uses --force, so that it builds every talk each time rather than
# skipping those it built before. PAPERDECK (default: ./paperdeck) is the command timed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
runs=3
if [ "${1:-}" = -n ]; then runs="$2"; shift 2; fi
count="${1:-20}"
command="${PAPERDECK:-./paperdeck}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/talks"
for i in $(seq -w 1 "$count"); do
  sed "s/^title: .*/title: Reading group, week $i/" talks/iclr-2022.md >"$work/talks/week-$i.md"
done

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
now() { date +%s.%N; }

if [ "$(awk '{ print int($1) }' /proc/loadavg)" -ge 2 ]; then
  echo "note: the machine is busy (load $(cut -d' ' -f1 /proc/loadavg)); times will be high" >&2
fi
# One unmeasured run: it builds the tool and its class-data archive.
$command build -q "$work/talks/week-01.md" >/dev/null 2>&1
: >"$work/one" && : >"$work/each"
for run in $(seq "$runs"); do
  start="$(now)"
  $command build -q --force "$work/talks" >/dev/null 2>&1
  echo "$(now) - $start" | bc >>"$work/one"
  start="$(now)"
  for notes in "$work"/talks/*.md; do
    $command build -q "$notes" >/dev/null 2>&1
  done
  echo "$(now) - $start" | bc >>"$work/each"
  echo "run $run: one run $(tail -1 "$work/one") s, separate commands $(tail -1 "$work/each") s" >&2
done
one="$(median <"$work/one")"
each="$(median <"$work/each")"
printf 'talks %d, runs %d, cores %d\n' "$count" "$runs" "$(nproc)"
printf 'one run (build DIR):       %6.1f s median (%s)\n' "$one" "$(sort -g "$work/one" | tr '\n' ' ')"
printf 'separate build commands:   %6.1f s median (%s)\n' "$each" "$(sort -g "$work/each" | tr '\n' ' ')"
printf 'ratio:                     %6.2f\n' "$(echo "$one / $each" | bc -l)"
