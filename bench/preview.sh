#!/usr/bin/env bash
# Times the live preview as its user meets it: from the moment a save lands to the moment the
# open page is told that the slides changed (the Server-Sent Event it updates itself on), for an
# edit that changes one slide's text. Starts `paperdeck preview` on a copy of the notes, saves
# an edit and its undo in alternation, and prints the median, fastest and slowest of the runs.
# The time includes watch's quiet period (200 ms without another change, so one save makes one
# rebuild), the build, and the drawing of the slides the edit changed; then the page fetches the
# new state and pictures (a few ms on the same machine).
#
#   bench/preview.sh [-n RUNS] [NOTES] [WORD]     # default: 15 runs, the example, a word in it
#
# Then, for the in-process costs alone (one JVM, warm, alternating builds):
#   java -cp target/paperdeck.jar bench/src/main/java/org/paperdeck/bench/PreviewTiming.java talks/iclr-2022.md
set -euo pipefail
runs=15
if [ "${1:-}" = -n ]; then runs="$2"; shift 2; fi
here="$(cd "$(dirname "$0")/.." && pwd)"
notes="$(readlink -f "${1:-$here/talks/iclr-2022.md}")"
word="${2:-iterative distillation}"
work="$(mktemp -d)"
cp "$notes" "$work/talk.md"
"$here/paperdeck" --version >/dev/null   # builds the tool first if its sources changed
"$here/paperdeck" preview -q "$work/talk.md" >"$work/out" 2>"$work/err" &
preview=$!
trap 'kill "$preview" 2>/dev/null; wait "$preview" 2>/dev/null; rm -rf "$work"' EXIT
url=""
for _ in $(seq 600); do
  url="$(grep -o 'http://[^ ]*' "$work/out" || true)"
  [ -n "$url" ] && break
  sleep 0.1
done
[ -n "$url" ] || { echo "the preview did not start:" >&2; cat "$work/err" >&2; exit 1; }
exec 3< <(curl -sN "${url}events")
next_event() { # waits for the next build event, prints its generation
  local line
  while IFS= read -r -t 60 line <&3; do
    case "$line" in data:*) echo "${line#data: }"; return 0 ;; esac
  done
  echo "no event within 60 s" >&2; return 1
}
next_event >/dev/null
grep -q "$word" "$work/talk.md" || { echo "'$word' is not in $notes" >&2; exit 1; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# Two warm-up saves: the first rebuilds of a JVM load classes and compile the hot code.
: >"$work/ms"
for i in $(seq $((runs + 2))); do
  if [ $((i % 2)) = 1 ]; then
    sed "s/$word/${word^^}/" "$notes" >"$work/edit"
  else
    cp "$notes" "$work/edit"
  fi
  start=$(date +%s%N)
  cat "$work/edit" >"$work/talk.md"   # written in place, as an editor saves
  next_event >/dev/null
  end=$(date +%s%N)
  [ "$i" -gt 2 ] && echo $(((end - start) / 1000000)) >>"$work/ms"
done
printf 'save to page told, %d runs: median %s ms, fastest %s ms, slowest %s ms\n' "$runs" \
  "$(median <"$work/ms")" "$(sort -g "$work/ms" | head -1)" "$(sort -g "$work/ms" | tail -1)"
