package org.paperdeck.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;

/**
 * What a layout's placeholders pass on, asked of POI once per deck: every copy on every slide
 * gets the answer POI gives for it, also a copy moved or filled on its own.
 */
class PlaceholderLooksTest {
  private static final Color LAYOUT_BODY = new Color(0x8B, 0x1A, 0x1A);

  @Test
  void everyCopyGetsWhatPoiSaysOfIt() throws IOException {
    try (XMLSlideShow show = new XMLSlideShow()) {
      XSLFSlideLayout layout = show.getSlideMasters().get(0)
          .getLayout(SlideLayout.TITLE_AND_CONTENT);
      // The layout's body sets its own text colour: body and title inherit different ones.
      CTTextBody layoutBody = ((CTShape) layout.getPlaceholder(1).getXmlObject()).getTxBody();
      (layoutBody.isSetLstStyle() ? layoutBody.getLstStyle() : layoutBody.addNewLstStyle())
          .addNewLvl1PPr().addNewDefRPr().addNewSolidFill().addNewSrgbClr()
          .setVal(new byte[] {(byte) 0x8B, 0x1A, 0x1A});
      SlideParts parts = new SlideParts(show);
      List<XSLFSlide> slides = List.of(parts.slide(layout), parts.slide(layout),
          parts.slide(layout));
      for (XSLFSlide slide : slides) {
        for (XSLFTextShape text : Placeholders.all(slide)) {
          text.clearText();
          for (int level = 0; level < 2; level++) {
            XSLFTextParagraph paragraph = text.addNewTextParagraph();
            paragraph.setIndentLevel(level);
            paragraph.addNewTextRun().setText("level " + level);
          }
        }
      }
      // The second slide's body has a box and a fill of its own.
      XSLFTextShape moved = Placeholders.all(slides.get(1)).get(1);
      Placeholders.move(moved, new Rectangle2D.Double(40, 300, 200, 100));
      moved.setFillColor(Color.YELLOW);

      PlaceholderLooks looks = new PlaceholderLooks();
      for (XSLFSlide slide : slides) {
        for (XSLFShape shape : slide.getShapes()) {
          XSLFTextShape text = (XSLFTextShape) shape;
          String which = slide.getSlideNumber() + " " + text.getShapeName();
          assertEquals(text.getAnchor(), looks.box(0, text), which);
          assertEquals(text.getFillColor(), looks.fill(0, text), which);
          InheritedLook look = looks.look(0, text);
          for (XSLFTextParagraph paragraph : text.getTextParagraphs()) {
            for (XSLFTextRun run : paragraph.getTextRuns()) {
              assertEquals(SchemeColours.shown(run.getFontColor()), look.colour(run),
                  which + " level " + paragraph.getIndentLevel());
            }
          }
        }
      }
      XSLFTextRun titleRun = Placeholders.all(slides.get(2)).get(0).getTextParagraphs().get(0)
          .getTextRuns().get(0);
      XSLFTextRun bodyRun = Placeholders.all(slides.get(2)).get(1).getTextParagraphs().get(0)
          .getTextRuns().get(0);
      assertEquals(LAYOUT_BODY, looks.look(0, Placeholders.all(slides.get(2)).get(1))
          .colour(bodyRun), "the body's colour is the layout's");
      assertNotEquals(LAYOUT_BODY, looks.look(0, Placeholders.all(slides.get(2)).get(0))
          .colour(titleRun), "the title's is not");
    }
  }
}
