package org.paperdeck.pptx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.paperdeck.layout.LayoutRules;

/**
 * What a written deck holds, slide by slide, read back from its bytes as PowerPoint will read
 * them: for the build report of {@code paperdeck check}. Reading the finished file rather than
 * the layout's values reports what the user will open, sizes as POI resolves them included.
 */
public final class DeckReport {
  /**
   * One slide.
   *
   * @param layout the theme layout's name
   * @param continuation whether it is a "(cont.)" slide of the slide before
   * @param titleSize the title's type size in points, 0 when it has none
   * @param bodySize the smallest type size of its other text in points, 0 when it has none
   * @param movedToNotes whether text that did not fit was moved to its speaker notes
   * @param notesCharacters how much its speaker notes hold
   */
  public record Slide(int number, String layout, String title, boolean continuation,
      double titleSize, double bodySize, boolean movedToNotes, int notesCharacters) {
    /** The body's size against the size a body starts at before fitting: 1 when unshrunk. */
    public double scale() {
      return bodySize == 0 ? 1 : Math.round(bodySize / LayoutRules.BODY_START * 100) / 100.0;
    }
  }

  private DeckReport() {}

  /** The slides of the deck {@code pptx}; empty when it cannot be read. */
  public static List<Slide> read(byte[] pptx) {
    List<Slide> slides = new ArrayList<>();
    try (XMLSlideShow show = WrittenDeck.open(pptx)) {
      String base = "";
      for (XSLFSlide slide : show.getSlides()) {
        Slide read = slide(slide, base);
        slides.add(read);
        base = read.continuation() ? base : read.title();
      }
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
    return slides;
  }

  /** @param base the title of the last slide that was not a continuation */
  private static Slide slide(XSLFSlide slide, String base) {
    String title = "";
    double titleSize = 0;
    double bodySize = 0;
    for (XSLFShape shape : slide.getShapes()) {
      if (!(shape instanceof XSLFTextShape text) || text.getText().isBlank()) {
        continue;
      }
      Placeholder kind = text.getPlaceholder();
      if (kind == Placeholder.TITLE || kind == Placeholder.CENTERED_TITLE) {
        title = text.getText().strip();
        titleSize = smallest(text, titleSize);
      } else if (kind != Placeholder.FOOTER && kind != Placeholder.SLIDE_NUMBER
          && kind != Placeholder.DATETIME) {
        bodySize = smallest(text, bodySize);
      }
    }
    XSLFNotes notes = slide.getNotes();
    String notesText = "";
    if (notes != null) {
      StringBuilder all = new StringBuilder();
      for (XSLFShape shape : notes.getShapes()) {
        if (shape instanceof XSLFTextShape text
            && text.getPlaceholder() != Placeholder.SLIDE_IMAGE
            && text.getPlaceholder() != Placeholder.SLIDE_NUMBER) {
          all.append(text.getText());
        }
      }
      notesText = all.toString();
    }
    return new Slide(slide.getSlideNumber(), slide.getSlideLayout().getName(), title,
        // A continued slide has its first slide's title and a word after it, in the talk's
        // language ("(cont.)", "(Forts.)"): the title alone says so.
        !base.isEmpty() && title.length() > base.length() && title.startsWith(base), titleSize,
        bodySize,
        notesText.contains(LayoutRules.DID_NOT_FIT), notesText.length());
  }

  /** The smallest type size in {@code shape}, or {@code sofar} when that is smaller. */
  private static double smallest(XSLFTextShape shape, double sofar) {
    double smallest = sofar;
    for (XSLFTextParagraph paragraph : shape.getTextParagraphs()) {
      for (XSLFTextRun run : paragraph.getTextRuns()) {
        Double size = run.getFontSize();
        if (size != null && !run.getRawText().isBlank() && (smallest == 0 || size < smallest)) {
          smallest = size;
        }
      }
    }
    return smallest;
  }
}
