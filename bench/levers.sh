#!/usr/bin/env bash
# Times a cold build of the worked example (deck and handout) under each start-up lever, each
# added to the one before: median wall time and peak memory of RUNS new JVMs per line.
#
#   bench/levers.sh [-n RUNS] [JAR]     JAR defaults to target/paperdeck.jar (./paperdeck builds it)
#
# "one core for the build" keeps the rest and sets -XX:ActiveProcessorCount=1, so the build
# makes the deck and the handout one after the other, as before they ran side by side.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
runs=5
if [ "${1:-}" = -n ]; then runs="$2"; shift 2; fi
jar="${1:-target/paperdeck.jar}"
[ -f "$jar" ] || ./paperdeck --version >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp talks/iclr-2022.md "$work/talk.md"
archive="$work/levers.jsa"
quiet=(-Xlog:cds=off -Xlog:cds+dynamic=off -Xlog:class+path=off)
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "${quiet[@]}" -XX:ArchiveClassesAtExit="$archive" \
  -jar "$jar" build -q "$work/talk.md" -o "$work" >/dev/null 2>&1

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

time_it() {
  local label="$1"; shift
  : >"$work/wall" && : >"$work/rss"
  java "$@" -jar "$jar" build -q "$work/talk.md" -o "$work" >/dev/null 2>&1 # warms the file cache
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %M' -o "$work/time" java "$@" -jar "$jar" build -q "$work/talk.md" -o "$work" >/dev/null 2>&1
    read -r wall rss <"$work/time"
    echo "$wall" >>"$work/wall" && echo "$((rss / 1024))" >>"$work/rss"
  done
  printf '%-44s %8.2f %9.0f\n' "$label" "$(median <"$work/wall")" "$(median <"$work/rss")"
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-44s %8s %9s\n' "lever (each adds to those above)" "wall s" "RSS MiB"
time_it "java -jar (G1, tiered C1+C2)"
time_it "+ serial GC" -XX:+UseSerialGC
time_it "+ C1 only (TieredStopAtLevel=1)" -XX:+UseSerialGC -XX:TieredStopAtLevel=1
time_it "+ AppCDS archive" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "${quiet[@]}" -XX:SharedArchiveFile="$archive"
time_it "  same, one core for the build (sequential)" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "${quiet[@]}" -XX:SharedArchiveFile="$archive" -XX:ActiveProcessorCount=1
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
