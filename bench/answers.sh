#!/usr/bin/env bash
# Times the answers that need no build (--version, --help, templates list) against a bare
# `java -version` on the same JVM, launcher included, in alternating runs: round 1 runs each
# command once, round 2 again starting one further along, and so on, so that a machine that
# drifts weighs on every command alike. Prints each command's median, fastest and slowest wall
# time and its median as a multiple of `java -version`'s.
#
#   bench/answers.sh [-n ROUNDS] [CHECKOUT...]     each checkout's ./paperdeck (default: .)
#   bench/answers.sh -n 21 ../before .             before and after a change
#
# PAPERDECK, when set, is the launcher timed instead (an unpacked release's bin/paperdeck, say).
# The JVM is the one the launcher picks: $PAPERDECK_JAVA, else $JAVA_HOME's, else the java on
# the PATH. A command a checkout does not have (it fails its unmeasured run) is left out.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
rounds=21
if [ "${1:-}" = -n ]; then rounds="$2"; shift 2; fi
launchers=()
if [ -n "${PAPERDECK:-}" ]; then launchers=("$PAPERDECK"); fi
for dir in "$@"; do launchers+=("$(readlink -f "$dir")/paperdeck"); done
[ ${#launchers[@]} -gt 0 ] || launchers=("$here/paperdeck")
if [ -n "${PAPERDECK_JAVA:-}" ]; then java="$PAPERDECK_JAVA"
elif [ -n "${JAVA_HOME:-}" ]; then java="$JAVA_HOME/bin/java"
else java=java; fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
names=("java -version")
commands=("$java -version")
for launcher in "${launchers[@]}"; do
  for answer in --version --help "templates list"; do
    names+=("$launcher $answer")
    commands+=("$launcher $answer")
  done
done

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# Seconds since the epoch, to the microsecond, from the shell itself: starting a timing
# program would be timed too.
now() { echo "${EPOCHREALTIME/,/.}"; }

if [ "$(awk '{ print int($1) }' /proc/loadavg)" -ge 2 ]; then
  echo "note: the machine is busy (load $(cut -d' ' -f1 /proc/loadavg)); times will be high" >&2
fi
# One unmeasured run of each: the launcher builds the tool if it must.
kept_names=()
kept_commands=()
for i in "${!commands[@]}"; do
  if ${commands[$i]} >/dev/null 2>&1; then
    kept_names+=("${names[$i]}")
    kept_commands+=("${commands[$i]}")
  else
    echo "note: left out, it fails: ${names[$i]}" >&2
  fi
done
names=("${kept_names[@]}")
commands=("${kept_commands[@]}")
for i in "${!commands[@]}"; do : >"$work/wall-$i"; done
count=${#commands[@]}
for round in $(seq "$rounds"); do
  for k in $(seq 0 $((count - 1))); do
    i=$(( (k + round) % count ))
    start="$(now)"
    ${commands[$i]} >/dev/null 2>&1
    end="$(now)"
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.4f\n", e - s }' >>"$work/wall-$i"
  done
done
base="$(median <"$work/wall-0")"
width=$(printf '%s\n' "${names[@]}" | awk '{ if (length > w) w = length } END { print w }')
printf "%-${width}s %6s %8s %8s %8s %8s\n" command runs "wall s" "min s" "max s" "× java"
for i in "${!commands[@]}"; do
  m="$(median <"$work/wall-$i")"
  printf "%-${width}s %6d %8.3f %8.3f %8.3f %8.2f\n" "${names[$i]}" "$rounds" "$m" \
    "$(sort -g "$work/wall-$i" | head -1)" "$(sort -g "$work/wall-$i" | tail -1)" \
    "$(awk -v m="$m" -v b="$base" 'BEGIN { print m / b }')"
done
