package org.paperdeck.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.handout.PdfRenderer;
import org.paperdeck.templates.Rendered;

/** The printable handout, {@code NAME.pdf}: the handout template laid out by Flying Saucer. */
final class PdfOutput implements Output {
  private final PdfRenderer renderer = new PdfRenderer();

  @Override
  public String name() {
    return "pdf";
  }

  @Override
  public boolean needsDeck() {
    return false;
  }

  @Override
  public Result make(BuildContext build) {
    build.tell("rendering the handout");
    List<Diagnostic> diagnostics = new ArrayList<>();
    Rendered xhtml = build.handout(name(), diagnostics);
    if (xhtml == null) {
      return new Result((byte[]) null, diagnostics);
    }
    PdfRenderer.Result pdf = renderer.render(xhtml.text(), xhtml.sourceName(), build.base(),
        build.readable(), build.glyphs(), build.givenPictures());
    diagnostics.addAll(xhtml.traced(pdf.diagnostics()));
    return new Result(
        pdf.hasErrors() ? null : Reproducible.pdf(pdf.pdf(), build.sourceDate()), diagnostics);
  }
}
