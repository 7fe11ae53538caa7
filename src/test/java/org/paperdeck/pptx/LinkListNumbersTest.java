package org.paperdeck.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;

/**
 * The numbers of a list of links (the further-reading slide) show in the link colour that was
 * judged readable, not in the text colour no word of the list shows, which LibreOffice draws
 * them in and which may not read (a light blue on white in one of its templates).
 */
class LinkListNumbersTest {
  @Test
  void aListOfLinksIsNumberedInTheLinkColourAndAListOfTextInItsOwn() throws Exception {
    String plan = """
        <deck><slide role="further-reading"><title>Further reading</title><body>
          <ol><li><a href="https://example.org/a">First paper</a></li>
            <li><a href="https://example.org/b">Second paper</a> with a note</li></ol>
          <ol><li>Plain text</li></ol>
        </body></slide></deck>
        """;
    try (XMLSlideShow show = DeckWriterTest.read(DeckWriterTest.write(plan, "link-numbers"))) {
      List<String> colours = new ArrayList<>();
      for (XSLFShape shape : show.getSlides().get(0).getShapes()) {
        if (shape instanceof XSLFTextShape text) {
          for (XSLFTextParagraph paragraph : text.getTextParagraphs()) {
            if (paragraph.isBullet()) {
              var props = paragraph.getXmlObject().getPPr();
              colours.add(props.isSetBuClr() && props.getBuClr().isSetSchemeClr()
                  ? props.getBuClr().getSchemeClr().getVal().toString() : "text");
            }
          }
        }
      }
      assertEquals(List.of("hlink", "hlink", "text"), colours);
    }
  }
}
