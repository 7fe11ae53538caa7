#!/usr/bin/env bash
# Where a cold `paperdeck plan` of the example spends its time, by the moments the JVM loads
# the first class of each step (-Xlog:class+load with uptime stamps): the JVM's start, the
# launch (the quick answers' check, quieting the libraries), picocli (its classes, the command
# model, parsing the command line), FreeMarker's configuration, reading the notes (and, since
# the template is parsed ahead, the deck template's parse beside it), and rendering the deck
# plan to the JVM's exit. Runs each checkout in turn, N rounds, with the launcher's JVM options
# and each checkout's class-data archive (made by one unmeasured build), and prints each
# step's median in milliseconds.
#
#   bench/plan-phases.sh [-n ROUNDS] [CHECKOUT...]   checkouts or unpacked releases (default: .)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds=7
if [ "${1:-}" = -n ]; then rounds="$2"; shift 2; fi
dirs=("$@")
[ ${#dirs[@]} -gt 0 ] || dirs=("$here")
notes="$here/talks/iclr-2022.md"
java="${PAPERDECK_JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/java}}"
java="${java:-java}"
jdk="$(readlink -f "$(command -v "$java")")"
jdk="${jdk%/bin/java}"
jdk="${jdk##*/}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
jars=()
archives=()
for dir in "${dirs[@]}"; do
  dir="$(readlink -f "$dir")"
  if [ -x "$dir/bin/paperdeck" ]; then launcher="$dir/bin/paperdeck"; lib="$dir/lib"
  else launcher="$dir/paperdeck"; lib="$dir/target"; fi
  "$launcher" build -q "$notes" -o "$work/out" >/dev/null 2>&1 || true
  jars+=("$lib/paperdeck.jar")
  # The launcher names the archive after the JDK's folder and version.
  archives+=("$(ls -t "$lib/paperdeck-$jdk"*.jsa | head -n 1)")
done
# The first class of each step, as an extended regular expression over the log's lines.
marks=('org\.paperdeck\.cli\.Main ' 'picocli\.CommandLine ' 'org\.paperdeck\.pipeline\.Builder '
  'org\.paperdeck\.notes\.ReadResult ' 'org\.paperdeck\.templates\.TalkView ')
steps=("JVM start" "launch" "picocli" "FreeMarker configuration" "reading the notes"
  "rendering the plan, exit")
for round in $(seq "$rounds"); do
  for i in "${!jars[@]}"; do
    log="$work/log-$i-$round"
    "$java" -XX:+UseSerialGC -Xss8m -Xmx1g -XX:TieredStopAtLevel=1 -Xms64m -Xlog:cds=off \
      -Xlog:cds+dynamic=off -Xlog:class+path=off -XX:SharedArchiveFile="${archives[$i]}" \
      -Xlog:class+load:file="$log":uptime -jar "${jars[$i]}" plan "$notes" >/dev/null 2>&1
    previous=0
    for k in "${!marks[@]}"; do
      at="$(grep -m1 -E "${marks[$k]}" "$log" | sed -E 's/^\[([0-9.]+)s\].*/\1/')"
      awk -v a="$at" -v p="$previous" 'BEGIN { printf "%.0f\n", (a - p) * 1000 }' >>"$work/step-$i-$k"
      previous="$at"
    done
    end="$(tail -1 "$log" | sed -E 's/^\[([0-9.]+)s\].*/\1/')"
    awk -v a="$end" -v p="$previous" 'BEGIN { printf "%.0f\n", (a - p) * 1000 }' >>"$work/step-$i-${#marks[@]}"
    awk -v a="$end" 'BEGIN { printf "%.0f\n", a * 1000 }' >>"$work/total-$i"
    grep -c . "$log" >>"$work/classes-$i"
  done
done
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
printf "%-26s" "step (median ms)"
for dir in "${dirs[@]}"; do printf " %22s" "$(basename "$(readlink -f "$dir")")"; done
echo
for k in "${!steps[@]}"; do
  printf "%-26s" "${steps[$k]}"
  for i in "${!jars[@]}"; do printf " %22s" "$(median <"$work/step-$i-$k")"; done
  echo
done
printf "%-26s" "total (to the last class)"
for i in "${!jars[@]}"; do printf " %22s" "$(median <"$work/total-$i")"; done
echo
printf "%-26s" "classes loaded"
for i in "${!jars[@]}"; do printf " %22s" "$(median <"$work/classes-$i")"; done
echo
