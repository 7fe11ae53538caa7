package org.paperdeck.pptx;

import java.awt.Color;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextField;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextLineBreak;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraph;

/**
 * What the paragraphs of one text shape inherit from its placeholder, layout, master and theme,
 * level by level: whether they show a bullet, the colour their text shows, and the muted colour
 * of their bylines and captions. POI works each out by walking that inheritance for every
 * paragraph and run it is asked about, which was a tenth of making a thousand papers' slides
 * and a quarter of finishing them; the answer is the same for every paragraph (or run) of a
 * level that sets none of it itself, so it is asked once per level. Holds one shape's answers:
 * make one per shape written or read.
 *
 * <p>Text written as XML ({@link SlideText}) has no paragraphs or runs of POI's to ask about;
 * for it POI is asked about a probe, a paragraph of the level with one run, added to the shape
 * and taken away again.
 */
final class InheritedLook {
  private final Map<Integer, Boolean> bulletByLevel = new HashMap<>();
  private final Map<Integer, MutedInk.Tint> mutedByLevel = new HashMap<>();
  private final Map<Integer, Optional<Color>> colourByLevel = new HashMap<>();
  private final Map<Integer, Optional<Color>> bulletColourByLevel = new HashMap<>();
  private final Map<String, Optional<Color>> colourByFill = new HashMap<>();

  /**
   * Whether {@code paragraph}, whose own properties name no bullet yet, shows one; asked of POI
   * for the first paragraph of its level.
   */
  boolean bullet(XSLFTextParagraph paragraph) {
    return bulletByLevel.computeIfAbsent(paragraph.getIndentLevel(),
        level -> paragraph.isBullet());
  }

  /**
   * The muted colour of {@code run}, which has no colour of its own yet; asked of POI for the
   * first such run of its paragraph's level.
   */
  MutedInk.Tint muted(XSLFTextRun run) {
    return mutedByLevel.computeIfAbsent(run.getParagraph().getIndentLevel(),
        level -> MutedInk.of(run));
  }

  /**
   * The colour {@code run} shows, as {@link SchemeColours#shown} has it. A run with a fill of its
   * own, or in a paragraph that gives its runs one, is asked about itself; any other is asked
   * about for the first such run of its level.
   */
  Color colour(XSLFTextRun run) {
    if (ownFill(run) || paragraphFill(run.getParagraph())) {
      return SchemeColours.shown(run.getFontColor());
    }
    return colourByLevel.computeIfAbsent(run.getParagraph().getIndentLevel(),
        level -> Optional.ofNullable(SchemeColours.shown(run.getFontColor()))).orElse(null);
  }

  /** Whether a paragraph of {@code level} in {@code shape} shows a bullet unless told otherwise. */
  boolean bullet(XSLFTextShape shape, int level) {
    return bulletByLevel.computeIfAbsent(level,
        l -> probe(shape, l, (paragraph, run) -> paragraph.isBullet()));
  }

  /** The muted colour of a run of {@code level} in {@code shape}. */
  MutedInk.Tint muted(XSLFTextShape shape, int level) {
    return mutedByLevel.computeIfAbsent(level, l -> probe(shape, l,
        (paragraph, run) -> MutedInk.of(run)));
  }

  /** The colour a run of {@code level} in {@code shape} shows, without a colour of its own. */
  Color colour(XSLFTextShape shape, int level) {
    return colourByLevel.computeIfAbsent(level, l -> Optional.ofNullable(probe(shape, l,
        (paragraph, run) -> SchemeColours.shown(run.getFontColor())))).orElse(null);
  }

  /**
   * The colour a run in {@code shape} shows in its own fill {@code fill} (as XML), which
   * {@code paint} gives it.
   */
  Color colour(XSLFTextShape shape, String fill, Consumer<XSLFTextRun> paint) {
    return colourByFill.computeIfAbsent(fill, f -> Optional.ofNullable(probe(shape, 0,
        (paragraph, run) -> {
          paint.accept(run);
          return SchemeColours.shown(run.getFontColor());
        }))).orElse(null);
  }

  /**
   * The colour the bullet or number of a paragraph of {@code level} in {@code shape} is given,
   * as {@link SchemeColours#shown} has it; {@code null} when it takes its text's.
   */
  Color bulletColour(XSLFTextShape shape, int level) {
    return bulletColourByLevel.computeIfAbsent(level, l -> Optional.ofNullable(probe(shape, l,
        (paragraph, run) -> SchemeColours.shown(paragraph.getBulletFontColor())))).orElse(null);
  }

  private static <T> T probe(XSLFTextShape shape, int level,
      BiFunction<XSLFTextParagraph, XSLFTextRun, T> ask) {
    XSLFTextParagraph paragraph = shape.addNewTextParagraph();
    try {
      paragraph.setIndentLevel(level);
      XSLFTextRun run = paragraph.addNewTextRun();
      run.setText("x");
      return ask.apply(paragraph, run);
    } finally {
      shape.removeTextParagraph(paragraph);
    }
  }

  private static boolean ownFill(XSLFTextRun run) {
    XmlObject xml = run.getXmlObject();
    return fill(xml instanceof CTRegularTextRun r && r.isSetRPr() ? r.getRPr()
        : xml instanceof CTTextField f && f.isSetRPr() ? f.getRPr()
        : xml instanceof CTTextLineBreak b && b.isSetRPr() ? b.getRPr() : null);
  }

  private static boolean paragraphFill(XSLFTextParagraph paragraph) {
    CTTextParagraph p = paragraph.getXmlObject();
    return p.isSetPPr() && p.getPPr().isSetDefRPr() && fill(p.getPPr().getDefRPr());
  }

  private static boolean fill(CTTextCharacterProperties props) {
    return props != null && (props.isSetSolidFill() || props.isSetGradFill()
        || props.isSetNoFill() || props.isSetPattFill() || props.isSetBlipFill()
        || props.isSetGrpFill());
  }
}
