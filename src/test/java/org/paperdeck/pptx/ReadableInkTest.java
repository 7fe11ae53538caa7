package org.paperdeck.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextListStyle;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;

/**
 * Text made readable run by run: each run judged in the colour it shows, which its level may
 * give it, not the colour the first run of the box shows.
 */
class ReadableInkTest {
  @Test
  void eachLevelIsJudgedInItsOwnInheritedColour() throws IOException {
    try (XMLSlideShow show = new XMLSlideShow()) {
      XSLFSlide slide = show.createSlide(show.getSlideMasters().get(0)
          .getLayout(SlideLayout.TITLE_AND_CONTENT));
      XSLFTextShape body = slide.getPlaceholder(1);
      // Level 2 of this box inherits a near-white text colour, unreadable on a white slide.
      CTTextBody text = ((CTShape) body.getXmlObject()).getTxBody();
      CTTextListStyle levels = text.isSetLstStyle() ? text.getLstStyle() : text.addNewLstStyle();
      levels.addNewLvl2PPr().addNewDefRPr().addNewSolidFill().addNewSrgbClr()
          .setVal(new byte[] {(byte) 0xF4, (byte) 0xF4, (byte) 0xF4});
      body.clearText();
      int[] paragraphLevels = {0, 1, 0, 1};
      for (int level : paragraphLevels) {
        XSLFTextParagraph paragraph = body.addNewTextParagraph();
        paragraph.setIndentLevel(level);
        paragraph.addNewTextRun().setText("level " + level + " first");
        paragraph.addNewTextRun().setText(" and second");
      }
      // A run of level 2 with a dark colour of its own reads as it is.
      XSLFTextRun own = body.getTextParagraphs().get(3).addNewTextRun();
      own.setText(" own colour");
      own.setFontColor(new Color(0x20, 0x20, 0x20));

      List<String> found = new ArrayList<>();
      ReadableInk.mend(slide, BackgroundSampler.plain(Color.WHITE), found::add);

      List<String> seen = new ArrayList<>();
      for (XSLFTextParagraph paragraph : body.getTextParagraphs()) {
        for (XSLFTextRun run : paragraph.getTextRuns()) {
          var props = run.getRPr(false);
          seen.add(paragraph.getIndentLevel() + ":" + (props != null && props.isSetSolidFill()
              ? props.getSolidFill().isSetSchemeClr()
                  ? props.getSolidFill().getSchemeClr().getVal().toString() : "own"
              : "inherited"));
        }
      }
      // Level 1 (PowerPoint's level 2) is repainted in the theme's dark text colour, every run
      // of it; level 0 keeps the theme's dark text; the run with its own dark colour keeps it.
      assertEquals(List.of("0:inherited", "0:inherited", "1:dk1", "1:dk1", "0:inherited",
          "0:inherited", "1:dk1", "1:dk1", "1:own"), seen);
      assertEquals(1, found.size(), found.toString());
    }
  }
}
