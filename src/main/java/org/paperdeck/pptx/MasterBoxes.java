package org.paperdeck.pptx;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;

/**
 * Gives each layout its own master's boxes where the file gave it another master's. LibreOffice
 * writes the boxes of one master into every layout of every master it exports, while its own
 * slides set their title in their master's title area and their text in its outline area; a deck
 * built on those layouts would put a dark master's text where a light master has its picture.
 * The sign is one title box shared by every layout of several masters whose own title boxes
 * differ; then every layout is rebuilt from its master as LibreOffice shows it: the title in the
 * master's title box, the text boxes, arranged as they were, in the master's body box.
 */
final class MasterBoxes {
  /** Boxes this close (points) are the same box, written twice with rounding. */
  private static final double SAME = 0.5;

  private MasterBoxes() {}

  static void apply(List<XSLFSlideMaster> masters) {
    if (masters.size() < 2 || !sharedAcrossMasters(masters)) {
      return;
    }
    for (XSLFSlideMaster master : masters) {
      Rectangle2D title = box(master, true);
      Rectangle2D body = box(master, false);
      if (title == null || body == null) {
        continue;
      }
      for (XSLFSlideLayout layout : master.getSlideLayouts()) {
        rebuild(layout, title, body);
      }
    }
  }

  /** Whether every layout's own title box is one box that some master's title box is not. */
  private static boolean sharedAcrossMasters(List<XSLFSlideMaster> masters) {
    Rectangle2D shared = null;
    for (XSLFSlideMaster master : masters) {
      for (XSLFSlideLayout layout : master.getSlideLayouts()) {
        for (XSLFTextShape title : placeholders(layout, true)) {
          if (shared == null) {
            shared = title.getAnchor();
          } else if (!same(shared, title.getAnchor())) {
            return false;
          }
        }
      }
    }
    if (shared == null) {
      return false;
    }
    for (XSLFSlideMaster master : masters) {
      Rectangle2D own = box(master, true);
      if (own != null && !same(own, shared)) {
        return true;
      }
    }
    return false;
  }

  private static void rebuild(XSLFSlideLayout layout, Rectangle2D title, Rectangle2D body) {
    placeholders(layout, true).forEach(shape -> Placeholders.move(shape, title));
    List<XSLFTextShape> texts = placeholders(layout, false);
    if (texts.isEmpty()) {
      return;
    }
    Rectangle2D region = texts.get(0).getAnchor();
    for (XSLFTextShape text : texts) {
      region = region.createUnion(text.getAnchor());
    }
    double sx = body.getWidth() / Math.max(1, region.getWidth());
    double sy = body.getHeight() / Math.max(1, region.getHeight());
    for (XSLFTextShape text : texts) {
      Rectangle2D a = text.getAnchor();
      Placeholders.move(text, new Rectangle2D.Double(
          body.getX() + (a.getX() - region.getX()) * sx,
          body.getY() + (a.getY() - region.getY()) * sy, a.getWidth() * sx, a.getHeight() * sy));
    }
  }

  /** The master's title box, or its body box; {@code null} when it has none. */
  private static Rectangle2D box(XSLFSlideMaster master, boolean title) {
    for (XSLFShape shape : master.getShapes()) {
      if (shape instanceof XSLFTextShape text) {
        Placeholder kind = Placeholders.kind(text);
        if (title ? kind == Placeholder.TITLE || kind == Placeholder.CENTERED_TITLE
            : kind == Placeholder.BODY) {
          return text.getAnchor();
        }
      }
    }
    return null;
  }

  /**
   * The sheet's title placeholders, or its text placeholders (body, content, subtitle), that
   * have a box of their own.
   */
  private static List<XSLFTextShape> placeholders(XSLFSheet sheet, boolean title) {
    List<XSLFTextShape> found = new ArrayList<>();
    for (XSLFShape shape : sheet.getShapes()) {
      if (!(shape instanceof XSLFTextShape text) || !(text.getXmlObject() instanceof CTShape sp)
          || !sp.getSpPr().isSetXfrm()) {
        continue;
      }
      Placeholder kind = Placeholders.kind(text);
      boolean isTitle = kind == Placeholder.TITLE || kind == Placeholder.CENTERED_TITLE;
      boolean isText = kind == Placeholder.BODY || kind == Placeholder.CONTENT
          || kind == Placeholder.SUBTITLE;
      if (title ? isTitle : isText) {
        found.add(text);
      }
    }
    return found;
  }

  private static boolean same(Rectangle2D a, Rectangle2D b) {
    return Math.abs(a.getX() - b.getX()) < SAME && Math.abs(a.getY() - b.getY()) < SAME
        && Math.abs(a.getWidth() - b.getWidth()) < SAME
        && Math.abs(a.getHeight() - b.getHeight()) < SAME;
  }
}
