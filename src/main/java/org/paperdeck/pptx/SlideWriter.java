package org.paperdeck.pptx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.sl.usermodel.PaintStyle;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.paperdeck.layout.Box;
import org.paperdeck.layout.SlideLayout;
import org.paperdeck.layout.TableGrid;
import org.paperdeck.layout.TextMeasure;

/**
 * Makes the slides the layout stage decided, on the theme's layouts: decor, moved placeholders,
 * pictures, text and speaker notes, in the order the decisions were made, so every picture and
 * text box gets the same place among the slide's shapes. A placeholder's text is left to be
 * written as XML text when the slide is saved ({@link SlideText}); text beside pictures and
 * tables is written through POI.
 */
final class SlideWriter {
  /**
   * A slide made, with the placeholders' text still to be written into it.
   *
   * @param slide the slide
   * @param texts its placeholders' text, to be written when it is saved
   */
  record Made(XSLFSlide slide, List<SlideText> texts) {}

  private final Theme theme;
  private final SlideParts parts;
  private final NotesPages notes;
  /** What each of the theme's layouts gives a slide's decor, found when first used. */
  private final Map<XSLFSlideLayout, SlideDecor.FromLayout> decorOf = new HashMap<>();
  /** What the layouts' placeholders pass on, as this thread has asked POI. */
  private final PlaceholderLooks looks = new PlaceholderLooks();
  /** Each slide's title as a reader of it finds it, in slide order. */
  private final List<String> titles = new ArrayList<>();

  /** @param talkLang the talk's {@code lang}, which the speaker notes are tagged with */
  SlideWriter(Theme theme, String talkLang) throws IOException {
    this.theme = theme;
    this.parts = new SlideParts(theme.show());
    this.notes = new NotesPages(theme.show(), parts, talkLang);
  }

  /** Makes the slide {@code decided} and returns it. */
  Made write(SlideLayout decided) {
    XSLFSlideLayout layout = theme.layouts().get(decided.layout());
    XSLFSlide slide = parts.slide(layout);
    SlideLayout.Decor decor = decided.decor();
    SlideDecor.apply(slide, decorOf.computeIfAbsent(layout, SlideDecor.FromLayout::of),
        decor.accent(), decor.footer(), decor.numbered(), decided.number(), decor.footerSize());
    List<XSLFTextShape> placeholders = Placeholders.all(slide);
    for (Map.Entry<Integer, Box> move : decided.moved().entrySet()) {
      Placeholders.move(placeholders.get(move.getKey()), Placeholders.rectangle(move.getValue()));
    }
    decided.pictures().forEach(picture -> theme.pictures().add(slide, picture));
    List<SlideText> texts = new ArrayList<>();
    for (SlideLayout.PlaceholderText text : decided.texts()) {
      XSLFTextShape shape = placeholders.get(text.placeholder());
      SlideText later = text.placeholder() == decided.stackPlaceholder() ? null
          : SlideText.reserve(slide, shape, texts.size(), text.paras(), decor.accent());
      if (later != null) {
        texts.add(later);
      } else {
        TextWriter.writeFitted(shape, text.paras(), decor.accent(),
            looks.look(decided.layout(), shape));
      }
    }
    if (decided.stackPlaceholder() >= 0) {
      writeStack(slide, placeholders.get(decided.stackPlaceholder()), decided.stack());
    }
    if (!decided.notes().isEmpty()) {
      notes.write(slide, decided.notes());
    }
    Map<XSLFTextShape, SlideText> byShape = new IdentityHashMap<>();
    texts.forEach(text -> byShape.put(text.shape(), text));
    removeEmptyPlaceholders(slide, byShape.keySet());
    titles.add(title(slide, byShape));
    return new Made(slide, texts);
  }

  /** Each slide's title, one line, or empty, in the order the slides were made. */
  List<String> titles() {
    return Collections.unmodifiableList(titles);
  }

  /**
   * The slide's title as a reader finds it: the text of its first title placeholder.
   * POI's getTitle() finds a title placeholder but not a title slide's centred one.
   */
  private static String title(XSLFSlide slide, Map<XSLFTextShape, SlideText> texts) {
    for (XSLFShape shape : slide.getShapes()) {
      if (shape instanceof XSLFTextShape text && (text.getTextType() == Placeholder.TITLE
          || text.getTextType() == Placeholder.CENTERED_TITLE)) {
        SlideText later = texts.get(text);
        String title = (later != null ? later.text() : text.getText())
            .replaceAll("\\s+", " ").strip();
        if (!title.isEmpty()) {
          return title;
        }
      }
    }
    return "";
  }

  /** Whether the theme gave the notes pages no notes placeholder, so they got one of ours. */
  boolean madeNotesBox() {
    return notes.madeNotesBox();
  }

  /** The notes pages written outside POI's package, for the deck's zip. */
  List<OutsidePart> notesOutside() {
    return notes.outside();
  }

  /** A body with pictures: text boxes (the first one the placeholder) and pictures, top down. */
  private void writeStack(XSLFSlide slide, XSLFTextShape placeholder,
      List<SlideLayout.StackPart> parts) {
    Style style = Style.of(placeholder);
    for (SlideLayout.StackPart part : parts) {
      if (part instanceof SlideLayout.Picture picture) {
        theme.pictures().add(slide, picture);
      } else if (part instanceof SlideLayout.Equation equation) {
        EquationShapes.write(slide, equation, theme.pictures());
      } else if (part instanceof SlideLayout.StackedText text) {
        XSLFTextShape shape = text.inPlaceholder() ? placeholder : slide.createTextBox();
        // Through Placeholders.move: the placeholder may have no box of its own, and POI would
        // move the layout's or master's, and every other slide on it with it.
        Placeholders.move(shape, Placeholders.rectangle(text.box()));
        shape.setLeftInset(text.leftInset());
        shape.setRightInset(text.rightInset());
        shape.setTopInset(0);
        shape.setBottomInset(0);
        shape.setVerticalAlignment(VerticalAlignment.TOP);
        TextWriter.write(shape, text.paras());
        if (text.centered()) {
          shape.getTextParagraphs().forEach(p -> p.setTextAlign(TextAlign.CENTER));
        }
        style.apply(shape);
      } else if (part instanceof TableGrid table) {
        TableWriter.write(slide, table, style.family());
      }
    }
  }

  /**
   * Placeholders nobody wrote to would show "Click to add text" in PowerPoint; those whose text
   * is still to be written ({@code later}) are kept.
   */
  private static void removeEmptyPlaceholders(XSLFSlide slide, Set<XSLFTextShape> later) {
    for (XSLFTextShape shape : Placeholders.all(slide)) {
      if (!later.contains(shape) && (shape.getText() == null || shape.getText().isBlank())) {
        slide.removeShape(shape);
      }
    }
  }

  /**
   * The face and colour the placeholder gives its text. Text boxes take the master's "other"
   * style instead, which may differ, so their runs are given the placeholder's explicitly.
   * Asking POI empties the placeholder; a stack that does not use it leaves it empty, and it
   * is removed.
   */
  private record Style(String family, PaintStyle color) {
    static Style of(XSLFTextShape shape) {
      shape.clearText();
      XSLFTextRun probe = shape.addNewTextParagraph().addNewTextRun();
      probe.setText("x");
      String family = probe.getFontFamily();
      PaintStyle color = probe.getFontColor();
      shape.clearText();
      return new Style(family, color);
    }

    void apply(XSLFTextShape shape) {
      for (XSLFTextParagraph p : shape.getTextParagraphs()) {
        for (XSLFTextRun run : p.getTextRuns()) {
          if (family != null && !TextMeasure.MONO_FAMILY.equals(run.getFontFamily())) {
            run.setFontFamily(family);
          }
          if (color != null && run.getXmlObject() instanceof CTRegularTextRun r
              && r.getRPr() != null && !r.getRPr().isSetSolidFill()) {
            run.setFontColor(color);
          }
        }
      }
    }
  }
}
