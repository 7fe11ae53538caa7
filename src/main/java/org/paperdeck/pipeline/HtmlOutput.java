package org.paperdeck.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.handout.HtmlWriter;
import org.paperdeck.templates.Rendered;

/**
 * The handout as one self-contained web page, {@code NAME.html}: the same template as the PDF,
 * its styles and images put inside the file.
 */
final class HtmlOutput implements Output {
  private final HtmlWriter writer = new HtmlWriter();

  @Override
  public String name() {
    return "html";
  }

  @Override
  public boolean needsDeck() {
    return false;
  }

  @Override
  public Result make(BuildContext build) {
    build.tell("writing the HTML handout");
    List<Diagnostic> diagnostics = new ArrayList<>();
    Rendered xhtml = build.handout(name(), diagnostics);
    if (xhtml == null) {
      return new Result((byte[]) null, diagnostics);
    }
    HtmlWriter.Result written = writer.write(xhtml.text(), xhtml.sourceName(), build.base(), build.readable());
    diagnostics.addAll(xhtml.traced(written.diagnostics()));
    return new Result(written.hasErrors() ? null : written.html(), diagnostics);
  }
}
