package org.paperdeck.pptx;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPlaceholder;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;

/**
 * What each placeholder of the theme's layouts passes on to every slide's copy of it, worked
 * out once per deck: the look of its text level by level ({@link InheritedLook}), and its fill
 * and box where the copy sets none of its own. Each answer comes from POI walking the copy's
 * list style, the layout's placeholder, the master and the theme; every slide's copy of one
 * placeholder carries the same list style ({@link SlideDecor} takes it from the layout and the
 * master alone), so the answer for the first copy holds for every one. Asked on every slide, it
 * was a quarter of finishing a thousand papers' slides (docs/performance.md, "Eighth round").
 *
 * <p>Holds one deck's answers and is used on one thread: make one per deck and thread.
 */
final class PlaceholderLooks {
  /** A layout's placeholder: the layout's index, the placeholder's type and index. */
  private record Key(int layout, int type, long index) {}

  private final Map<Key, InheritedLook> looks = new HashMap<>();
  private final Map<Key, Optional<Color>> fills = new HashMap<>();
  private final Map<Key, Rectangle2D> boxes = new HashMap<>();

  /**
   * What the text of {@code shape}, on a slide on the theme's layout {@code layout}, inherits:
   * shared by every copy of the same placeholder; a text box of the slide's own gets its own.
   */
  InheritedLook look(int layout, XSLFTextShape shape) {
    Key key = key(layout, shape);
    return key == null ? new InheritedLook() : looks.computeIfAbsent(key, k -> new InheritedLook());
  }

  /** The fill colour {@code shape} shows, as {@code getFillColor} has it. */
  Color fill(int layout, XSLFTextShape shape) {
    Key key = key(layout, shape);
    if (key == null || ownFill((CTShape) shape.getXmlObject())) {
      return shape.getFillColor();
    }
    return fills.computeIfAbsent(key, k -> Optional.ofNullable(shape.getFillColor()))
        .orElse(null);
  }

  /** The box {@code shape} is drawn in, as {@code getAnchor} has it. */
  Rectangle2D box(int layout, XSLFTextShape shape) {
    Key key = key(layout, shape);
    if (key == null || ((CTShape) shape.getXmlObject()).getSpPr().isSetXfrm()) {
      return shape.getAnchor();
    }
    return (Rectangle2D) boxes.computeIfAbsent(key, k -> shape.getAnchor()).clone();
  }

  /** The placeholder {@code shape} copies, or {@code null} when it is not a placeholder. */
  private static Key key(int layout, XSLFTextShape shape) {
    if (!(shape.getXmlObject() instanceof CTShape sp) || !sp.getNvSpPr().getNvPr().isSetPh()
        || sp.getSpPr() == null) {
      return null;
    }
    CTPlaceholder ph = sp.getNvSpPr().getNvPr().getPh();
    return new Key(layout, ph.isSetType() ? ph.getType().intValue() : 0,
        ph.isSetIdx() ? ph.getIdx() : -1);
  }

  /** Whether the slide's copy sets a fill, or a shape style that may give one, of its own. */
  private static boolean ownFill(CTShape sp) {
    CTShapeProperties properties = sp.getSpPr();
    return sp.isSetStyle() || properties.isSetSolidFill() || properties.isSetNoFill()
        || properties.isSetGradFill() || properties.isSetBlipFill() || properties.isSetPattFill()
        || properties.isSetGrpFill();
  }
}
