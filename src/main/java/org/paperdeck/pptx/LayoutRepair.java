package org.paperdeck.pptx;

import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * Puts a layout's boxes where a designer would have them, in the deck only, so slides made on
 * a layout and the layout a user edits later agree. First each layout gets its own master's
 * boxes where the file gave it another's ({@link MasterBoxes}). Then title and text boxes the
 * theme stacks on one another are put apart: LibreOffice saves one title box per master, the
 * title slide's (centred, a third of the way down), and every layout of that master inherits
 * it, so a content layout's title sits in the middle of its body; a designer puts a content
 * slide's title above its body and a title slide's subtitle below its title. A box that reaches
 * past the slide's edge (a title box half above the slide) is cut to the slide. Last, a title or
 * text box that runs into the theme's artwork or its footer, number or date boxes gives up the
 * side it meets them on, so text never prints over the theme's drawing or its footer.
 */
final class LayoutRepair {
  /** Room between a moved title and the body, and from the slide's top edge. */
  private static final double GAP = 0.02;
  private static final double TOP = 0.05;
  /**
   * Artwork covering less of a text box than this is the fringe of a shape beside it, unless
   * most of the shape lies in the box: a bird or a leaf drawn inside a text box is small beside
   * the box, but a word set over it is hidden all the same.
   */
  private static final double SLIVER = 0.005;
  /** The share of a shape's own pixels inside a box that makes it something in the box. */
  private static final double MOSTLY_INSIDE = 0.5;
  /** Artwork covering more of a text box than this is the panel the text is set on. */
  private static final double PANEL = 0.9;

  private LayoutRepair() {}

  /**
   * Repairs every layout of the theme's masters, on a slide of {@code size} points, keeping
   * text boxes off the {@code artwork}.
   */
  static void apply(List<XSLFSlideMaster> masters, Dimension2D size, Artwork artwork) {
    MasterBoxes.apply(masters);
    for (XSLFSlideMaster master : masters) {
      blankPrompts(master);
      for (XSLFSlideLayout layout : master.getSlideLayouts()) {
        blankPrompts(layout);
        onTheSlide(layout, size);
        repair(layout, size.getHeight());
        clear(layout, size, artwork);
      }
    }
  }

  /**
   * Removes the typed text of the date boxes of a master or layout, keeping a date field, and
   * blanks a plain text box whose whole text is a prompt in angle brackets. Such text is only a
   * prompt (LibreOffice writes "&lt;date/time&gt;", and in some masters writes the date box as a
   * plain text box): PowerPoint shows a date placeholder's prompt in the master view alone, but
   * LibreOffice prints the master's date box on every slide, and paperdeck's slides have no date
   * of their own.
   */
  private static void blankPrompts(org.apache.poi.xslf.usermodel.XSLFSheet sheet) {
    for (XSLFShape shape : sheet.getShapes()) {
      if (!(shape instanceof XSLFTextShape text)) {
        continue;
      }
      boolean prompt = Placeholders.kind(text) == null && text.getText() != null
          && text.getText().strip().matches("<[^<>]{1,40}>");
      if (Placeholders.kind(text) == Placeholder.DATETIME || prompt) {
        for (var paragraph : text.getTextParagraphs()) {
          for (var run : List.copyOf(paragraph.getTextRuns())) {
            if (run.getXmlObject() instanceof org.openxmlformats.schemas.drawingml.x2006.main
                .CTRegularTextRun) {
              paragraph.removeTextRun(run);
            }
          }
        }
      }
    }
  }

  private static void repair(XSLFSlideLayout layout, double slideHeight) {
    XSLFTextShape title = null;
    List<XSLFTextShape> texts = new ArrayList<>();
    for (XSLFShape shape : layout.getShapes()) {
      if (!(shape instanceof XSLFTextShape text)) {
        continue;
      }
      Placeholder kind = Placeholders.kind(text);
      if (kind == Placeholder.TITLE || kind == Placeholder.CENTERED_TITLE) {
        title = title == null ? text : title;
      } else if (kind == Placeholder.BODY || kind == Placeholder.CONTENT
          || kind == Placeholder.SUBTITLE) {
        texts.add(text);
      }
    }
    if (title == null || texts.isEmpty()) {
      return;
    }
    Rectangle2D titleBox = title.getAnchor();
    List<XSLFTextShape> overlapping = texts.stream()
        .filter(text -> overlaps(titleBox, text.getAnchor())).toList();
    if (overlapping.isEmpty()) {
      return;
    }
    double gap = GAP * slideHeight;
    boolean titleSlide = overlapping.stream()
        .allMatch(text -> Placeholders.kind(text) == Placeholder.SUBTITLE);
    if (titleSlide) {
      // The subtitle goes under the title, down to where it ended.
      for (XSLFTextShape text : overlapping) {
        Rectangle2D box = text.getAnchor();
        double top = titleBox.getMaxY() + gap;
        double bottom = Math.max(box.getMaxY(), top + 0.15 * slideHeight);
        Placeholders.move(text, new Rectangle2D.Double(box.getX(), top, box.getWidth(),
            Math.min(bottom, slideHeight * 0.9) - top));
      }
      return;
    }
    double bodyTop = texts.stream().mapToDouble(text -> text.getAnchor().getY()).min().orElse(0);
    double top = TOP * slideHeight;
    if (bodyTop - gap - top >= 0.1 * slideHeight) {
      Placeholders.move(title, new Rectangle2D.Double(titleBox.getX(), top, titleBox.getWidth(),
          bodyTop - gap - top));
      return;
    }
    // No room above the body: the title keeps its place and the text starts below it.
    for (XSLFTextShape text : overlapping) {
      Rectangle2D box = text.getAnchor();
      double newTop = titleBox.getMaxY() + gap;
      if (box.getMaxY() - newTop >= 0.15 * slideHeight) {
        Placeholders.move(text, new Rectangle2D.Double(box.getX(), newTop, box.getWidth(),
            box.getMaxY() - newTop));
      }
    }
  }

  /** Cuts every placeholder box of the layout to the slide, where it reaches past an edge. */
  private static void onTheSlide(XSLFSlideLayout layout, Dimension2D size) {
    Rectangle2D slide = new Rectangle2D.Double(0, 0, size.getWidth(), size.getHeight());
    for (XSLFTextShape text : Placeholders.all(layout)) {
      Rectangle2D box = text.getAnchor();
      Rectangle2D inside = box.createIntersection(slide);
      if (!slide.contains(box) && inside.getWidth() > 0 && inside.getHeight() > 0) {
        Placeholders.move(text, inside);
      }
    }
  }

  /**
   * Shrinks each text box of the layout (title, body, content, subtitle) away from the footer,
   * number and date boxes and the artwork it runs into: of the four boxes left beside such an obstacle,
   * the largest, when it keeps at least half the box. Artwork counts where it covers more than
   * a sliver of the box (a triangle's tip in a corner is left alone) or lies mostly inside it,
   * by the part of it inside the box; artwork under nearly the whole box is a panel the text is
   * meant to sit on.
   */
  private static void clear(XSLFSlideLayout layout, Dimension2D size, Artwork theArtwork) {
    List<XSLFTextShape> texts = new ArrayList<>();
    List<Rectangle2D> footers = new ArrayList<>();
    for (XSLFShape shape : layout.getShapes()) {
      if (shape instanceof XSLFTextShape text) {
        Placeholder kind = Placeholders.kind(text);
        if (kind == Placeholder.FOOTER || kind == Placeholder.SLIDE_NUMBER
            || kind == Placeholder.DATETIME) {
          footers.add(text.getAnchor());
        } else if (kind != null) {
          texts.add(text);
        }
      }
    }
    if (texts.isEmpty()) {
      return;
    }
    List<Artwork.Piece> artwork = theArtwork.on(layout);
    double gap = GAP * size.getHeight();
    for (XSLFTextShape text : texts) {
      Rectangle2D start = text.getAnchor();
      List<Rectangle2D> obstacles = new ArrayList<>(footers);
      for (Artwork.Piece piece : artwork) {
        double share = piece.share(start);
        Rectangle2D inside = piece.within(start);
        boolean counts = share > SLIVER || piece.insideShare(start) >= MOSTLY_INSIDE;
        if (counts && share < PANEL && inside != null) {
          obstacles.add(inside);
        }
      }
      Rectangle2D box = start;
      for (Rectangle2D obstacle : obstacles) {
        Rectangle2D both = box.createIntersection(obstacle);
        if (both.getWidth() <= 1 || both.getHeight() <= 1 || obstacle.contains(box)) {
          continue;
        }
        Rectangle2D best = null;
        for (Rectangle2D side : besides(box, obstacle, gap)) {
          if (side.getWidth() > 0 && side.getHeight() > 0
              && (best == null || area(side) > area(best))) {
            best = side;
          }
        }
        if (best != null && area(best) >= 0.5 * area(start)) {
          box = best;
        }
      }
      if (box != start) {
        Placeholders.move(text, box);
      }
    }
  }

  /** What is left of {@code box} above, below, left and right of {@code obstacle}. */
  private static List<Rectangle2D> besides(Rectangle2D box, Rectangle2D obstacle, double gap) {
    return List.of(
        new Rectangle2D.Double(box.getX(), box.getY(), box.getWidth(),
            obstacle.getY() - gap - box.getY()),
        new Rectangle2D.Double(box.getX(), obstacle.getMaxY() + gap, box.getWidth(),
            box.getMaxY() - obstacle.getMaxY() - gap),
        new Rectangle2D.Double(box.getX(), box.getY(), obstacle.getX() - gap - box.getX(),
            box.getHeight()),
        new Rectangle2D.Double(obstacle.getMaxX() + gap, box.getY(),
            box.getMaxX() - obstacle.getMaxX() - gap, box.getHeight()));
  }

  private static double area(Rectangle2D box) {
    return box.getWidth() * box.getHeight();
  }

  /** Whether two boxes share more than a sliver of area. */
  static boolean overlaps(Rectangle2D a, Rectangle2D b) {
    Rectangle2D both = a.createIntersection(b);
    return both.getWidth() > 1 && both.getHeight() > 0.1 * Math.min(a.getHeight(), b.getHeight());
  }
}
