package org.paperdeck.cli;

import java.io.PrintWriter;
import java.util.List;
import org.paperdeck.pipeline.BuildReport;

/** A talk's build report as {@code check} prints it for a person: a line, and what to look at. */
final class ReportText {
  private ReportText() {}

  static void print(ReportJson.TalkPart part, PrintWriter out) {
    BuildReport report = part.report();
    if (report == null) {
      return;
    }
    List<BuildReport.SlideEntry> slides = report.slides();
    StringBuilder line = new StringBuilder(part.notes()).append(": ");
    if (!slides.isEmpty()) {
      long continued = slides.stream().filter(BuildReport.SlideEntry::continuation).count();
      long moved = slides.stream().filter(BuildReport.SlideEntry::movedToNotes).count();
      double smallest = slides.stream().mapToDouble(BuildReport.SlideEntry::bodySize)
          .filter(size -> size > 0).min().orElse(0);
      line.append(slides.size()).append(" slides (").append(continued)
          .append(" continuing another, ").append(moved).append(" with text moved to the notes")
          .append(smallest > 0 ? String.format(", smallest body text %.0f pt", smallest) : "")
          .append("); ");
    }
    line.append(report.papers().size()).append(report.papers().size() == 1 ? " paper" : " papers");
    if (report.plannedMinutes() != null || report.duration() != null) {
      line.append(", ").append(report.plannedMinutes() == null ? "no" : report.plannedMinutes())
          .append(" minutes planned").append(report.duration() == null ? ""
              : " of " + report.duration());
    }
    out.println(line);
    for (BuildReport.PaperEntry paper : report.withoutInsights()) {
      out.println("  " + paper.at() + ": no insights: " + paper.title());
    }
    for (BuildReport.PaperEntry paper : report.withoutLink()) {
      out.println("  " + paper.at() + ": no link: " + paper.title());
    }
    for (BuildReport.LinkEntry link : report.malformedLinks()) {
      out.println("  " + link.at() + ": " + link.field() + " is not a web address: "
          + link.link());
    }
    for (BuildReport.GlyphEntry glyph : report.missingCharacters()) {
      out.println("  " + glyph.at() + ": no font has " + glyph.code() + " '" + glyph.text()
          + "'" + (glyph.name() == null ? "" : " (" + glyph.name() + ")") + " for the "
          + String.join(" and the ", glyph.outputs()));
    }
  }
}
