package org.paperdeck.pptx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;

/**
 * What the new paragraphs of one text shape inherit from its placeholder, layout, master and
 * theme, level by level: whether they show a bullet, and the muted colour of their bylines and
 * captions. POI works each out by walking that inheritance for every paragraph and run it is
 * asked about, which was a tenth of making a thousand papers' slides; the answer is the same
 * for every paragraph of a level that sets none of it itself, as the text writer's paragraphs
 * do, so it is asked once per level. Holds one shape's answers: make one per shape written.
 */
final class InheritedLook {
  private final Map<Integer, Boolean> bulletByLevel = new HashMap<>();
  private final Map<Integer, MutedInk.Tint> mutedByLevel = new HashMap<>();

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
}
