#!/usr/bin/env bash
# Times `paperdeck plan` of the example (the front end alone: reading the notes and the deck
# template) against a bare `java -version` on the same JVM, launcher included, in alternating
# runs as bench/answers.sh does: round 1 runs each command once, round 2 again starting one
# further along, and so on. Each launcher first builds the example once, unmeasured, which
# makes the tool and its class-data archive, as a user's first build does. Prints each
# command's median, fastest and slowest wall time and its median as a multiple of
# `java -version`'s.
#
#   bench/plan.sh [-n ROUNDS] [-t NOTES] [CHECKOUT...]   each checkout's ./paperdeck (default: .)
#   bench/plan.sh -n 7 ../before .                        before and after a change
#
# A CHECKOUT may also be an unpacked release (its bin/paperdeck is used). The JVM is the one the
# launchers pick: $PAPERDECK_JAVA, else $JAVA_HOME's, else the java on the PATH.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/alternating.sh"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
rounds=7
notes="$here/talks/iclr-2022.md"
while [ $# -gt 0 ]; do
  case "$1" in
    -n) rounds="$2"; shift 2 ;;
    -t) notes="$(readlink -f "$2")"; shift 2 ;;
    *) break ;;
  esac
done
launchers=()
for dir in "$@"; do
  dir="$(readlink -f "$dir")"
  if [ -x "$dir/bin/paperdeck" ]; then launchers+=("$dir/bin/paperdeck"); else launchers+=("$dir/paperdeck"); fi
done
[ ${#launchers[@]} -gt 0 ] || launchers=("$here/paperdeck")
begin_alternating
for launcher in "${launchers[@]}"; do
  names+=("$launcher plan")
  commands+=("$launcher plan $notes")
done

note_if_busy
# One unmeasured build each: the launcher builds the tool and its class-data archive if it must.
for launcher in "${launchers[@]}"; do
  "$launcher" build -q "$notes" -o "$work/out" >/dev/null 2>&1 || true
done
for i in "${!commands[@]}"; do
  ${commands[$i]} >/dev/null 2>&1
done
time_alternating
