package org.paperdeck.cli;

import java.util.List;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.pipeline.BuildReport;

/**
 * The build report as one HTML page, for {@code build --report FILE.html}: what the JSON
 * document holds (docs/check.md), as tables a person reads in a browser. Self-contained (its
 * style inside, no script, nothing loaded from elsewhere) so that CI can keep it as an artifact
 * and anyone can open it from disk.
 */
final class ReportHtml {
  private static final String STYLE = """
      body { font-family: system-ui, sans-serif; margin: 2rem; color: #1b1b1b; }
      table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; }
      th, td { border: 1px solid #ccc; padding: 0.2rem 0.5rem; text-align: left; }
      td.n { text-align: right; }
      .error { color: #a00000; } .warning { color: #7a5200; }
      code { font-size: 0.95em; }""";

  private final StringBuilder html = new StringBuilder();

  private ReportHtml() {}

  static String of(List<ReportJson.TalkPart> talks, List<Diagnostic> general) {
    ReportHtml page = new ReportHtml();
    long ok = talks.stream().filter(ReportJson.TalkPart::ok).count();
    page.html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>paperdeck build report</title>\n<style>\n").append(STYLE)
        .append("\n</style>\n</head>\n<body>\n<h1>Build report</h1>\n<p>")
        .append(talks.size()).append(talks.size() == 1 ? " talk, " : " talks, ").append(ok)
        .append(" fine, ").append(talks.size() - ok).append(" with errors</p>\n");
    page.diagnostics(general);
    talks.forEach(page::talk);
    return page.html.append("</body>\n</html>\n").toString();
  }

  private void talk(ReportJson.TalkPart talk) {
    html.append("<section>\n<h2>").append(text(talk.notes())).append(" <span class=\"")
        .append(talk.ok() ? "ok\">fine" : "error\">errors").append("</span></h2>\n");
    diagnostics(talk.diagnostics());
    BuildReport report = talk.report();
    if (report == null) {
      html.append("<p>No report: the notes could not be read, or the talk was unchanged"
          + " (build it with --force for one).</p>\n</section>\n");
      return;
    }
    html.append("<p>").append(text(report.title()));
    if (report.plannedMinutes() != null || report.duration() != null) {
      html.append(": ").append(report.plannedMinutes() == null ? "no" : report.plannedMinutes())
          .append(" minutes planned").append(report.duration() == null ? ""
              : " of " + report.duration());
    }
    html.append("</p>\n");
    if (!report.slides().isEmpty()) {
      html.append("<h3>Slides</h3>\n<table>\n<tr><th>#</th><th>Role</th><th>Layout</th>"
          + "<th>Title</th><th>Continues</th><th>Title pt</th><th>Body pt</th><th>Scale</th>"
          + "<th>Moved to notes</th></tr>\n");
      for (BuildReport.SlideEntry s : report.slides()) {
        html.append("<tr><td class=\"n\">").append(s.number()).append("</td><td>")
            .append(text(s.role())).append("</td><td>").append(text(s.layout()))
            .append("</td><td>").append(text(s.title())).append("</td><td>")
            .append(s.continuation() ? "yes" : "").append("</td><td class=\"n\">")
            .append(s.titleSize()).append("</td><td class=\"n\">").append(s.bodySize())
            .append("</td><td class=\"n\">").append(s.scale()).append("</td><td>")
            .append(s.movedToNotes() ? "yes" : "").append("</td></tr>\n");
      }
      html.append("</table>\n");
    }
    if (!report.papers().isEmpty()) {
      html.append("<h3>Papers</h3>\n<table>\n<tr><th>Title</th><th>Category</th>"
          + "<th>Where</th><th>Minutes</th><th>Link</th><th>Insights</th></tr>\n");
      for (BuildReport.PaperEntry p : report.papers()) {
        html.append("<tr><td>").append(text(p.title())).append("</td><td>")
            .append(text(p.category())).append("</td><td>").append(place(p.at()))
            .append("</td><td class=\"n\">").append(p.minutes() == null ? "" : p.minutes())
            .append("</td><td>").append(p.link() == null ? "" : "<code>" + text(p.link())
                + "</code>").append("</td><td class=\"n\">").append(p.insights())
            .append("</td></tr>\n");
      }
      html.append("</table>\n");
    }
    List<String> problems = new java.util.ArrayList<>();
    report.withoutInsights().forEach(p -> problems.add(place(p.at()) + ": no insights: "
        + text(p.title())));
    report.withoutLink().forEach(p -> problems.add(place(p.at()) + ": no link: "
        + text(p.title())));
    report.malformedLinks().forEach(l -> problems.add(place(l.at()) + ": " + text(l.field())
        + " is not a web address: <code>" + text(l.link()) + "</code>"));
    report.missingCharacters().forEach(g -> problems.add(place(g.at()) + ": no font has "
        + g.code() + " ‘" + text(g.text()) + "’" + (g.name() == null ? ""
            : " (" + text(g.name()) + ")") + " for the " + String.join(" and the ", g.outputs())));
    if (!problems.isEmpty()) {
      html.append("<h3>To look at</h3>\n<ul>\n");
      problems.forEach(p -> html.append("<li>").append(p).append("</li>\n"));
      html.append("</ul>\n");
    }
    html.append("</section>\n");
  }

  private void diagnostics(List<Diagnostic> diagnostics) {
    if (diagnostics.isEmpty()) {
      return;
    }
    html.append("<ul>\n");
    for (Diagnostic d : diagnostics) {
      html.append("<li class=\"").append(d.isError() ? "error" : "warning").append("\">")
          .append(place(d.pos())).append(": ").append(d.severity().label()).append(": ")
          .append(text(d.message()));
      if (d.hint() != null) {
        html.append("<br>hint: ").append(text(d.hint()));
      }
      html.append("</li>\n");
    }
    html.append("</ul>\n");
  }

  private static String place(SourcePos at) {
    return "<code>" + text(at.toString()) + "</code>";
  }

  /** Text escaped for an HTML element's content. */
  static String text(String text) {
    return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;")
        .replace(">", "&gt;").replace("\"", "&quot;");
  }
}
