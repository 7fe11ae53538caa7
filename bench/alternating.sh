# Sourced by bench/answers.sh and bench/plan.sh (bench/threads.sh takes median and now): times
# the commands in $commands (named in $names) in $rounds alternating rounds — round 1 runs each
# once, round 2 again starting one further along, and so on, so that a machine that drifts
# weighs on every command alike — with the wall times kept in $work, then prints each command's
# median, fastest and slowest wall time and its median as a multiple of the first command's (a
# bare `java -version`).

# The JVM the launchers pick ($PAPERDECK_JAVA, else $JAVA_HOME's, else the java on the PATH), a
# scratch folder $work removed on exit, and the first command: a bare `java -version` on that JVM.
begin_alternating() {
  if [ -n "${PAPERDECK_JAVA:-}" ]; then java="$PAPERDECK_JAVA"
  elif [ -n "${JAVA_HOME:-}" ]; then java="$JAVA_HOME/bin/java"
  else java=java; fi
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  names=("java -version")
  commands=("$java -version")
}

# A note on standard error when the load average says the times will be high.
note_if_busy() {
  if [ "$(awk '{ print int($1) }' /proc/loadavg)" -ge 2 ]; then
    echo "note: the machine is busy (load $(cut -d' ' -f1 /proc/loadavg)); times will be high" >&2
  fi
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# Seconds since the epoch, to the microsecond, from the shell itself: starting a timing
# program would be timed too.
now() { echo "${EPOCHREALTIME/,/.}"; }

time_alternating() {
  local i k round start end count=${#commands[@]}
  for i in "${!commands[@]}"; do : >"$work/wall-$i"; done
  for round in $(seq "$rounds"); do
    for k in $(seq 0 $((count - 1))); do
      i=$(( (k + round) % count ))
      start="$(now)"
      ${commands[$i]} >/dev/null 2>&1
      end="$(now)"
      awk -v s="$start" -v e="$end" 'BEGIN { printf "%.4f\n", e - s }' >>"$work/wall-$i"
    done
  done
  local base m width
  base="$(median <"$work/wall-0")"
  width=$(printf '%s\n' "${names[@]}" | awk '{ if (length > w) w = length } END { print w }')
  printf "%-${width}s %6s %8s %8s %8s %8s\n" command runs "wall s" "min s" "max s" "× java"
  for i in "${!commands[@]}"; do
    m="$(median <"$work/wall-$i")"
    printf "%-${width}s %6d %8.3f %8.3f %8.3f %8.2f\n" "${names[$i]}" "$rounds" "$m" \
      "$(sort -g "$work/wall-$i" | head -1)" "$(sort -g "$work/wall-$i" | tail -1)" \
      "$(awk -v m="$m" -v b="$base" 'BEGIN { print m / b }')"
  done
}
