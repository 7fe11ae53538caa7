#!/usr/bin/env bash
# Compares the whole command, cold, between checkouts of the project, in alternating runs: run
# 1 of each checkout, then run 2 of each, and so on, so that a machine that drifts (another job,
# a warmer file cache) weighs on every checkout alike. Prints each checkout's median, fastest
# and slowest wall time for the same notes file.
#
#   bench/compare.sh [-n RUNS] NOTES CHECKOUT...
#   bench/compare.sh -n 9 talks/iclr-2022.md ../before .      # before and after a change
#
# Each checkout's own ./paperdeck launcher is timed, after one unmeasured run that builds the
# tool and its class-data archive. NOTES is read from this checkout for all of them. Beside the
# wall time it prints the processor time (user and system) the command took, which a machine
# busy with other work inflates far less than the wall time: compare those when it is busy.
set -euo pipefail
runs=7
if [ "${1:-}" = -n ]; then runs="$2"; shift 2; fi
notes="$(readlink -f "$1")"; shift
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
checkouts=()
for dir in "$@"; do
  checkouts+=("$(readlink -f "$dir")")
done
for i in "${!checkouts[@]}"; do
  mkdir -p "$work/out-$i"
  "${checkouts[$i]}/paperdeck" build -q "$notes" -o "$work/out-$i" >/dev/null 2>&1 \
    || { echo "build with ${checkouts[$i]} failed" >&2; exit 1; }
  : >"$work/wall-$i"
  : >"$work/cpu-$i"
done
for _ in $(seq "$runs"); do
  for i in "${!checkouts[@]}"; do
    /usr/bin/time -f '%e %U %S' -o "$work/time" "${checkouts[$i]}/paperdeck" build -q "$notes" \
      -o "$work/out-$i" >/dev/null 2>&1
    awk '{ print $1 }' "$work/time" >>"$work/wall-$i"
    awk '{ print $2 + $3 }' "$work/time" >>"$work/cpu-$i"
  done
done
printf '%-40s %5s %8s %8s %8s %8s\n' checkout runs "wall s" "min s" "max s" "cpu s"
for i in "${!checkouts[@]}"; do
  printf '%-40s %5d %8.2f %8.2f %8.2f %8.2f\n' "${checkouts[$i]}" "$runs" \
    "$(median <"$work/wall-$i")" "$(sort -g "$work/wall-$i" | head -1)" \
    "$(sort -g "$work/wall-$i" | tail -1)" "$(median <"$work/cpu-$i")"
  echo "  each run, wall/cpu s: $(paste -d/ "$work/wall-$i" "$work/cpu-$i" | tr '\n' ' ')"
done
