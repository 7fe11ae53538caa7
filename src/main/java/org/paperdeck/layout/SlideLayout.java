package org.paperdeck.layout;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.paperdeck.diagnostics.SourcePos;

/**
 * One slide, decided: the theme layout it is made on, where its placeholders and pictures go,
 * and the text each holds, at its final type size. Lengths are points. The pptx stage makes the
 * slide from this alone.
 *
 * @param layout the theme layout's place in {@link ThemeGeometry#layouts}
 * @param layoutName its name, for reading
 * @param number the slide's number in the deck, from 1
 * @param decor what the slide shows from the deck's design
 * @param moved new boxes for placeholders, by their place in the layout's
 *     {@link ThemeGeometry.Layout#placeholders}
 * @param pictures logos, the QR code and pictures beside the body, in the order they go on
 * @param texts text for placeholders: title, subtitle, body, in the order they are written
 * @param stack a body with pictures in it, written after the texts: text boxes and pictures,
 *     top down; empty for other slides
 * @param stackPlaceholder the body placeholder the stack takes the place of, or -1
 * @param notes the speaker notes; empty for none
 * @param at where a message about the slide points: the notes file's line of what it shows,
 *     or the deck plan's line when the notes have none
 * @param role what the slide is for: the plan's role ({@code paper}), or, when the plan names a
 *     layout only, that layout's name
 */
public record SlideLayout(int layout, String layoutName, int number, Decor decor,
    Map<Integer, Box> moved, List<Picture> pictures, List<PlaceholderText> texts,
    List<StackPart> stack, int stackPlaceholder, List<Typeset.Para> notes, SourcePos at,
    String role) {
  public SlideLayout {
    moved = Map.copyOf(moved);
    pictures = List.copyOf(pictures);
    texts = List.copyOf(texts);
    stack = List.copyOf(stack);
    notes = List.copyOf(notes);
  }

  /**
   * What a slide shows from the deck's design rather than its text.
   *
   * @param accent the theme accent (1 to 6) for the layout's accent shapes; 0 for the theme's own
   * @param numbered whether the slide shows the slide number and footer
   * @param footer the footer text, or {@code null} for none
   * @param footerSize the footer's type size, or 0 to keep the theme's (its box has no width of
   *     its own to fit the text to)
   */
  public record Decor(int accent, boolean numbered, String footer, int footerSize) {}

  /** Text for the placeholder at {@code placeholder}. */
  public record PlaceholderText(int placeholder, List<Typeset.Para> paras) {
    public PlaceholderText {
      paras = List.copyOf(paras);
    }
  }

  /** A picture's format, as the file says it. */
  public enum Format { PNG, JPEG }

  /**
   * A picture on the slide.
   *
   * @param name the shape's name in PowerPoint's selection pane
   * @param description the alternative text a screen reader speaks, or {@code null}
   * @param link where clicking it goes, or {@code null}
   */
  public record Picture(byte[] bytes, Format format, Box box, String name, String description,
      String link) implements StackPart {
    /** The name of a link's QR code: a black-and-white picture the writer may recolour. */
    public static final String QR_CODE = "QR code";

    /** Whether this is a QR code, drawn in two colours only. */
    public boolean qrCode() {
      return QR_CODE.equals(name);
    }
  }

  /** A piece of a body with pictures in it. */
  public sealed interface StackPart permits Picture, Equation, StackedText, TableGrid {}

  /**
   * A display formula: an equation PowerPoint shows and edits, and its typeset picture, in the
   * picture's box, for every reader without equations (LibreOffice among them).
   *
   * @param picture the formula typeset, in its box
   * @param latex the formula's source
   * @param size the equation's type size in points: the text's, or less when the picture was
   *     scaled down to fit the body's width
   * @param ink the colour the picture is drawn in, for the equation's text too
   */
  public record Equation(Picture picture, String latex, double size, Color ink)
      implements StackPart {
    public Equation {
      Objects.requireNonNull(picture, "picture");
      Objects.requireNonNull(latex, "latex");
      Objects.requireNonNull(ink, "ink");
    }
  }

  /**
   * Text of a stacked body, in the body placeholder itself or in a new text box, with the
   * placeholder's side insets and none above or below, in the placeholder's font and colour.
   *
   * @param inPlaceholder written into the body placeholder rather than a new text box
   * @param centered each paragraph centred (captions)
   */
  public record StackedText(boolean inPlaceholder, Box box, double leftInset, double rightInset,
      boolean centered, List<Typeset.Para> paras) implements StackPart {
    public StackedText {
      paras = List.copyOf(paras);
    }
  }
}
