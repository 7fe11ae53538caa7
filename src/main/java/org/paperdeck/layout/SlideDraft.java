package org.paperdeck.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paperdeck.diagnostics.SourcePos;

/**
 * One slide while it is being decided: which of its layout's placeholders it has, where each is
 * now, and what has been put on it so far. A moved box is read back as the file stores it, so
 * every later decision sees the box the slide will really have.
 */
final class SlideDraft {
  private final ThemeGeometry theme;
  private final ThemeGeometry.Layout layout;
  private final int number;
  private final SlideLayout.Decor decor;
  private final SourcePos at;
  /** The current box of each placeholder the slide has; {@code null} for those it lacks. */
  private final Box[] boxes;
  private final Map<Integer, Box> moved = new HashMap<>();
  private final List<SlideLayout.Picture> pictures = new ArrayList<>();
  private final List<SlideLayout.PlaceholderText> texts = new ArrayList<>();
  private final List<SlideLayout.StackPart> stack = new ArrayList<>();
  private int stackPlaceholder = -1;
  private List<Typeset.Para> notes = List.of();
  private final String role;
  private int title = -1;
  private int subtitle = -1;
  private int body = -1;
  private int second = -1;

  /**
   * @param at where messages about the slide point (see {@link SlideLayout#at})
   * @param role what the slide is for (see {@link SlideLayout#role})
   */
  SlideDraft(ThemeGeometry theme, ThemeGeometry.Layout layout, int number,
      SlideLayout.Decor decor, SourcePos at, String role) {
    this.role = role;
    this.theme = theme;
    this.layout = layout;
    this.number = number;
    this.decor = decor;
    this.at = at;
    List<ThemeGeometry.Placeholder> all = layout.placeholders();
    this.boxes = new Box[all.size()];
    for (int i = 0; i < all.size(); i++) {
      ThemeGeometry.Kind kind = all.get(i).kind();
      // The slide number and the footer are the design's copies: only numbered slides have them.
      boolean present = kind == ThemeGeometry.Kind.SLIDE_NUMBER ? decor.numbered()
          : kind == ThemeGeometry.Kind.FOOTER ? decor.numbered() && decor.footer() != null
              && !decor.footer().isBlank()
          : true;
      if (!present) {
        continue;
      }
      boxes[i] = all.get(i).box();
      if ((kind == ThemeGeometry.Kind.TITLE || kind == ThemeGeometry.Kind.CENTERED_TITLE)
          && title < 0) {
        title = i;
      } else if (kind == ThemeGeometry.Kind.SUBTITLE && subtitle < 0) {
        subtitle = i;
      } else if (kind == ThemeGeometry.Kind.BODY || kind == ThemeGeometry.Kind.CONTENT) {
        // The first content or body placeholder is the body (on "Section Header" that is its
        // text placeholder); the next one is the second box of a two-content layout.
        if (body < 0) {
          body = i;
        } else if (second < 0) {
          second = i;
        }
      }
    }
  }

  ThemeGeometry.Layout layout() {
    return layout;
  }

  int number() {
    return number;
  }

  /** The title placeholder, or -1; likewise {@link #subtitle}, {@link #body}, {@link #second}. */
  int title() {
    return title;
  }

  int subtitle() {
    return subtitle;
  }

  int body() {
    return body;
  }

  int second() {
    return second;
  }

  ThemeGeometry.Placeholder placeholder(int index) {
    return layout.placeholders().get(index);
  }

  Box box(int index) {
    return boxes[index];
  }

  /** The placeholders that make way for logos and QR codes, in slide order. */
  List<Integer> movable() {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < boxes.length; i++) {
      if (boxes[i] != null && placeholder(i).movable()) {
        out.add(i);
      }
    }
    return out;
  }

  /** Gives the placeholder a new box on this slide only. */
  void move(int index, Box box) {
    moved.put(index, box);
    boxes[index] = theme.stored(box);
  }

  /** The room text has in a placeholder: its box minus its insets, in its fonts. */
  TextFitter.Area area(int index) {
    ThemeGeometry.Placeholder p = placeholder(index);
    Box box = boxes[index];
    return new TextFitter.Area(box.width() - p.insets().left() - p.insets().right(),
        box.height() - p.insets().top() - p.insets().bottom(),
        MeasureFonts.forFamily(p.family() == null ? "Liberation Sans" : p.family()));
  }

  /** The type size the placeholder gives text by default; the body's start when it gives none. */
  double inheritedSize(int index) {
    Double size = placeholder(index).size();
    return size == null ? LayoutRules.BODY_START : size;
  }

  void picture(SlideLayout.Picture picture) {
    pictures.add(picture);
  }

  void text(int index, List<Typeset.Para> paras) {
    texts.add(new SlideLayout.PlaceholderText(index, paras));
  }

  void stack(int index, List<SlideLayout.StackPart> parts) {
    stackPlaceholder = index;
    stack.addAll(parts);
  }

  void notes(List<Typeset.Para> paras) {
    notes = paras;
  }

  SlideLayout done() {
    return new SlideLayout(layout.index(), layout.name(), number, decor, moved, pictures, texts,
        stack, stackPlaceholder, notes, at, role);
  }
}
