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
. "$(dirname "${BASH_SOURCE[0]}")/alternating.sh"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
rounds=21
if [ "${1:-}" = -n ]; then rounds="$2"; shift 2; fi
launchers=()
if [ -n "${PAPERDECK:-}" ]; then launchers=("$PAPERDECK"); fi
for dir in "$@"; do launchers+=("$(readlink -f "$dir")/paperdeck"); done
[ ${#launchers[@]} -gt 0 ] || launchers=("$here/paperdeck")
begin_alternating
for launcher in "${launchers[@]}"; do
  for answer in --version --help "templates list"; do
    names+=("$launcher $answer")
    commands+=("$launcher $answer")
  done
done

note_if_busy
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
time_alternating
