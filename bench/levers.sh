#!/usr/bin/env bash
# Times a cold build of the worked example (deck and handout) under each start-up lever, each
# added to the one before: median wall time and peak memory of RUNS new JVMs per line.
#
#   bench/levers.sh [-n RUNS] [JAR]     JAR defaults to target/paperdeck.jar (./paperdeck builds it)
#   NEWER_JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java bench/levers.sh
#                                       adds a line for a JDK 25 or later with its AOT cache
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
# The launcher's kind since: a static archive from the classes a build loaded (it also holds
# picocli's Java 5 classes, which the archive written at exit leaves out).
static="$work/static.jsa"
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "${quiet[@]}" -XX:DumpLoadedClassList="$work/classes" \
  -jar "$jar" build -q "$work/talk.md" -o "$work" >/dev/null 2>&1
java -XX:+UseSerialGC "${quiet[@]}" -Xshare:dump -XX:SharedClassListFile="$work/classes" \
  -XX:SharedArchiveFile="$static" -cp "$jar" >/dev/null 2>&1

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

time_it() {
  local label="$1"; shift
  : >"$work/wall" && : >"$work/rss"
  "${java_bin:-java}" "$@" -jar "$jar" build -q "$work/talk.md" -o "$work" >/dev/null 2>&1 # warms the file cache
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %M' -o "$work/time" "${java_bin:-java}" "$@" -jar "$jar" build -q "$work/talk.md" -o "$work" >/dev/null 2>&1
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
time_it "+ AppCDS archive (written at exit)" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "${quiet[@]}" -XX:SharedArchiveFile="$archive"
time_it "+ small first heap (-Xms64m)" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "${quiet[@]}" -XX:SharedArchiveFile="$archive" -Xms64m
time_it "  same, static archive (the launcher on Java 17)" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "${quiet[@]}" -XX:SharedArchiveFile="$static" -Xms64m
time_it "  same, huge pages for the heap (the launcher)" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "${quiet[@]}" -XX:SharedArchiveFile="$static" -Xms64m -XX:+UseTransparentHugePages
time_it "  same, one core for the build (sequential)" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "${quiet[@]}" -XX:SharedArchiveFile="$static" -Xms64m -XX:ActiveProcessorCount=1
if [ -n "${NEWER_JAVA:-}" ]; then
  # The AOT cache (JEP 483, 514) is recorded from one build and assembled by a second JVM.
  aot=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms64m -Xlog:disable)
  "$NEWER_JAVA" "${aot[@]}" -XX:AOTMode=record -XX:AOTConfiguration="$work/levers.aotconf" \
    -jar "$jar" build -q "$work/talk.md" -o "$work" >/dev/null 2>&1
  "$NEWER_JAVA" "${aot[@]}" -XX:AOTMode=create -XX:AOTConfiguration="$work/levers.aotconf" \
    -XX:AOTCache="$work/levers.aot" -jar "$jar" >/dev/null 2>&1
  version="$("$NEWER_JAVA" -version 2>&1 | head -1 | cut -d'"' -f2)"
  java_bin="$NEWER_JAVA" time_it "JDK $version: C1, serial, AOT cache" "${aot[@]}" \
    -XX:AOTCache="$work/levers.aot"
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
