#!/usr/bin/env bash
# Times, in alternating runs, what paperdeck's libraries alone take to start and do the jobs a
# build of the example gives them (bench/src/main/java/org/paperdeck/bench/LibraryFloor.java),
# beside paperdeck's own `plan` and `build`, a bare `java -version`, and pandoc's deck and PDF
# when pandoc (and pdflatex, for the PDF) are installed. The floors run on the launcher's JVM
# options with a static class-data archive of their own classes, as paperdeck does; no change
# to paperdeck's code can bring a cold command under its floor (docs/performance.md, "Twelfth
# round").
#
#   bench/floors.sh [-n ROUNDS] [NOTES]      default: 7 rounds of talks/iclr-2022.md
#
# Needs a JDK (javac, jar). For pandoc's rows: apt-get install pandoc texlive-latex-recommended
# texlive-fonts-recommended lmodern.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/alternating.sh"
rounds=7
if [ "${1:-}" = -n ]; then rounds="$2"; shift 2; fi
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
notes="$(readlink -f "${1:-$here/talks/iclr-2022.md}")"
cd "$here"
begin_alternating
# One unmeasured build: the launcher builds the tool and its class-data archive if it must.
"$here/paperdeck" build -q "$notes" -o "$work/out" >/dev/null 2>&1 || true
# The floors run from a copy of the jar, which a rebuild of the checkout cannot make stale.
cp "$here/target/paperdeck.jar" "$work/paperdeck.jar"
mkdir "$work/classes"
javac -nowarn -d "$work/classes" -cp "$work/paperdeck.jar" \
  bench/src/main/java/org/paperdeck/bench/LibraryFloor.java 2>/dev/null
jar cf "$work/floor.jar" -C "$work/classes" .
cp="$work/paperdeck.jar:$work/floor.jar"
jvm=(-XX:+UseSerialGC -Xss8m -Xmx1g -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30
  -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:-UsePerfData -Xms64m)
# Huge pages for the heap where the launcher asks for them too, so the floors stay floors.
thp=
{ read -r thp </sys/kernel/mm/transparent_hugepage/enabled; } 2>/dev/null || true
case "$thp" in *"[madvise]"*) jvm+=(-XX:+UseTransparentHugePages) ;; esac
templates="$here/templates/default"
xhtml="$work/handout.xhtml"
"$java" "${jvm[@]}" -cp "$cp" org.paperdeck.bench.LibraryFloor xhtml "$notes" "$xhtml" \
  >/dev/null 2>&1
# An archive for the plan's floor and one for the build's, as the launcher makes for paperdeck:
# this JVM rewrites every pointer of an archive it maps, so its size counts.
for mode in plan build-slides; do
  "$java" "${jvm[@]}" -XX:DumpLoadedClassList="$work/$mode.classes" -cp "$cp" \
    org.paperdeck.bench.LibraryFloor "$mode" "$notes" "$templates" "$xhtml" >/dev/null 2>&1
  "$java" "${jvm[@]}" -Xshare:dump -XX:SharedClassListFile="$work/$mode.classes" \
    -XX:SharedArchiveFile="$work/$mode.jsa" -Xlog:cds=off -cp "$cp" >/dev/null 2>&1
done
floor() { # the command line of the floor that maps the archive $1
  echo "$java ${jvm[*]} -XX:SharedArchiveFile=$work/$1.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -cp $cp org.paperdeck.bench.LibraryFloor"
}

names+=("libraries' floor: plan" "paperdeck plan"
  "libraries' floor: build" "libraries' floor: build, slides through XSLF" "paperdeck build")
commands+=("$(floor plan) plan $notes $templates" "$here/paperdeck plan $notes"
  "$(floor build-slides) build $notes $templates $xhtml"
  "$(floor build-slides) build-slides $notes $templates $xhtml"
  "$here/paperdeck build -q $notes -o $work/out")
if command -v pandoc >/dev/null; then
  names+=("pandoc: deck")
  commands+=("pandoc $notes -o $work/pandoc.pptx")
  # Notes carry TeX in running text (\geq); read as text, pdflatex takes it.
  if command -v pdflatex >/dev/null && pandoc -f markdown-raw_tex "$notes" -o "$work/pandoc.pdf" 2>/dev/null; then
    names+=("pandoc: PDF (pdflatex)")
    commands+=("pandoc -f markdown-raw_tex $notes -o $work/pandoc.pdf")
  else
    echo "note: no pandoc PDF row: it needs pdflatex (apt-get install texlive-latex-recommended texlive-fonts-recommended lmodern)" >&2
  fi
else
  echo "note: no pandoc rows: apt-get install pandoc" >&2
fi

note_if_busy
for i in "${!commands[@]}"; do
  ${commands[$i]} >/dev/null 2>&1
done
time_alternating
