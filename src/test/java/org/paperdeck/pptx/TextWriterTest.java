package org.paperdeck.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextListStyle;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.paperdeck.layout.Typeset;
import org.paperdeck.math.Script;

/**
 * Paragraphs written into a placeholder show the bullet and the muted colour their level calls
 * for, whatever each level inherits: the writer asks the theme once per level, not per paragraph.
 */
class TextWriterTest {
  private static Typeset.Para para(Typeset.Marker marker, int level, boolean muted) {
    return new Typeset.Para(level, 18, 0, 0, 0, marker,
        marker == Typeset.Marker.BULLET ? "–" : null, 0, List.of(new Typeset.Piece(
            "level " + level, false, 18, false, false, false, false, Script.NORMAL, muted, null)));
  }

  @Test
  void eachParagraphShowsItsOwnBulletAndItsLevelsMutedColour() throws IOException {
    try (XMLSlideShow show = new XMLSlideShow()) {
      XSLFSlideLayout layout = show.getSlideMasters().get(0)
          .getLayout(SlideLayout.TITLE_AND_CONTENT);
      XSLFSlide slide = show.createSlide(layout);
      XSLFTextShape body = slide.getPlaceholder(1);
      assertEquals(Placeholder.CONTENT, body.getTextType(), "the content placeholder");
      // The theme bullets every level; this box gives its second level light text.
      CTTextBody text = ((CTShape) body.getXmlObject()).getTxBody();
      CTTextListStyle levels = text.isSetLstStyle() ? text.getLstStyle() : text.addNewLstStyle();
      CTTextCharacterProperties second = levels.addNewLvl2PPr().addNewDefRPr();
      second.addNewSolidFill().addNewSrgbClr().setVal(new byte[] {(byte) 0xF0, (byte) 0xF0,
          (byte) 0xF0});
      List<Typeset.Para> paras = List.of(para(Typeset.Marker.NONE, 0, false),
          para(Typeset.Marker.BULLET, 1, false), para(Typeset.Marker.NONE, 1, true),
          para(Typeset.Marker.NONE, 0, true), para(Typeset.Marker.BULLET, 0, false),
          para(Typeset.Marker.NONE, 1, false), para(Typeset.Marker.NONE, 0, true));

      TextWriter.write(body, paras);

      List<String> seen = new ArrayList<>();
      for (XSLFTextParagraph p : body.getTextParagraphs()) {
        var props = p.getTextRuns().get(0).getRPr(false);
        String muted = props != null && props.isSetSolidFill()
            ? props.getSolidFill().getSchemeClr().getVal() + (props.getSolidFill().getSchemeClr()
                .sizeOfLumOffArray() > 0 ? " lifted" : "") : "";
        seen.add(p.getIndentLevel() + (p.isBullet() ? " bullet" : " plain") + " " + muted);
      }
      // Muted text is the scheme colour nearest its level's own: dark text on level 0
      // (lightened), the light text of level 1 (only darkened).
      assertEquals(List.of("0 plain ", "1 bullet ", "1 plain lt2", "0 plain dk1 lifted",
          "0 bullet ", "1 plain ", "0 plain dk1 lifted"), seen);
    }
  }
}
