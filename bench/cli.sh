#!/usr/bin/env bash
# Times the whole command, cold: each run is a new JVM, as a user's `paperdeck build` is.
# Prints, per talk, the median, fastest and slowest wall time and the median peak memory
# (resident set, from /usr/bin/time -v) of RUNS runs, after one unmeasured run that builds the
# tool and its class-data archive; and the sizes of the outputs.
#
#   bench/cli.sh [-n RUNS] [TALK...]     TALK: iclr, or a number of papers (generated)
#   bench/cli.sh                         the example and talks of 10, 100 and 1,000 papers
#
# PAPERDECK (default: ./paperdeck) is the command timed, so other launch options can be
# compared: PAPERDECK="java -jar target/paperdeck.jar" bench/cli.sh iclr
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
runs=5
if [ "${1:-}" = -n ]; then runs="$2"; shift 2; fi
talks=("$@")
[ ${#talks[@]} -gt 0 ] || talks=(iclr 10 100 1000)
command="${PAPERDECK:-./paperdeck}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

notes_for() {
  if [ "$1" = iclr ]; then
    echo "talks/iclr-2022.md"
  else
    java bench/src/main/java/org/paperdeck/bench/TalkGenerator.java "$1" "$work/gen-$1.md"
    echo "$work/gen-$1.md"
  fi
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

if pgrep -f jazzer >/dev/null || [ "$(awk '{ print int($1) }' /proc/loadavg)" -ge 2 ]; then
  echo "note: the machine is busy (load $(cut -d' ' -f1 /proc/loadavg)); times will be high" >&2
fi
printf '%-6s %6s %8s %8s %8s %9s %9s %9s\n' talk runs "wall s" "min s" "max s" "RSS MiB" "pptx KB" "pdf KB"
for talk in "${talks[@]}"; do
  notes="$(notes_for "$talk")"
  out="$work/out-$talk"
  mkdir -p "$out"
  $command build -q "$notes" -o "$out" >/dev/null 2>&1 || { echo "build of $talk failed" >&2; exit 1; }
  : >"$work/wall" && : >"$work/rss"
  for _ in $(seq "$runs"); do
    /usr/bin/time -v -o "$work/time" $command build -q "$notes" -o "$out" >/dev/null 2>&1
    awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0
      for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$work/time" >>"$work/wall"
    awk -F': ' '/Maximum resident set size/ { print $2 / 1024 }' "$work/time" >>"$work/rss"
  done
  base="$(basename "$notes" .md)"
  printf '%-6s %6d %8.2f %8.2f %8.2f %9.0f %9.0f %9.0f\n' "$talk" "$runs" \
    "$(median <"$work/wall")" "$(sort -g "$work/wall" | head -1)" "$(sort -g "$work/wall" | tail -1)" \
    "$(median <"$work/rss")" \
    "$(( $(stat -c %s "$out/$base.pptx") / 1024 ))" "$(( $(stat -c %s "$out/$base.pdf") / 1024 ))"
done
