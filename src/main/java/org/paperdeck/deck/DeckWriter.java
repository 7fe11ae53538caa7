package org.paperdeck.deck;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.diagnostics.SourcePos;

/**
 * Lays a {@link DeckPlan} out on a theme's slide layouts with Apache POI and hands back the
 * bytes of an editable .pptx. Text is fitted to its placeholders (see {@link TextFitter}); what
 * cannot fit is moved to the speaker notes with a warning, or continued on "(cont.)" slides.
 * Holds no per-run state, so one writer serves many runs.
 */
public final class DeckWriter {
  /**
   * What writing produced.
   *
   * @param pptx the deck, or {@code null} when there were errors
   * @param slideCount the slides written, "(cont.)" slides included
   * @param diagnostics errors and warnings, in plan order
   */
  public record Result(byte[] pptx, int slideCount, List<Diagnostic> diagnostics) {
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }

    public boolean ok() {
      return pptx != null;
    }
  }

  public DeckWriter() {}

  /**
   * Does once what the first deck of a JVM would otherwise do on its critical path: loads POI's
   * OOXML schema types by opening the theme, and java.awt's font machinery and the QR encoder by
   * using them once. Meant to run on a spare core while the notes are still being read; any
   * failure is left for the real write to report.
   */
  public static void warmUp(byte[] themeBytes) {
    try (Theme theme = Theme.open(themeBytes)) {
      TextMeasure.height(List.of(new Flow.Para(List.of(Run.plain("Warm up")), 0,
          Flow.Marker.NONE, 0, null, false)), 20, 300);
      QrImage.png("https://example.org/");
    } catch (IOException | RuntimeException e) {
      // Nothing was made; the write that follows meets the same problem and reports it.
    }
  }

  /**
   * Writes {@code plan} on the theme in {@code themeBytes} (a .pptx or .potx).
   *
   * @param themeName the theme's file name, for messages
   * @param templateName the deck template's name; diagnostics point at plan lines under it
   */
  public Result write(DeckPlan plan, byte[] themeBytes, String themeName, String templateName) {
    Diagnostics diagnostics = new Diagnostics();
    List<String> links = plan.slides().stream().map(SlidePlan::qrHref)
        .filter(java.util.Objects::nonNull).toList();
    try (Theme theme = Theme.open(themeBytes); QrCodes codes = new QrCodes(links)) {
      SlideWriter slides = new SlideWriter(theme, codes, themeName, templateName, diagnostics,
          plan);
      plan.slides().forEach(slides::write);
      if (diagnostics.hasErrors()) {
        return new Result(null, 0, diagnostics.sorted());
      }
      theme.pictures().writeParts();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      theme.show().write(out);
      return new Result(out.toByteArray(), theme.show().getSlides().size(), diagnostics.sorted());
    } catch (IOException e) {
      diagnostics.error(SourcePos.startOf(themeName), "cannot use theme: " + e.getMessage());
      return new Result(null, 0, diagnostics.sorted());
    }
  }
}
