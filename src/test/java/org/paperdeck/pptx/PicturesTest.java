package org.paperdeck.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pictures in the deck: stored once, sized as placed, named, described and linked; and none
 * that the deck does not show.
 */
class PicturesTest {
  @TempDir Path temp;

  private static final String LINK = "https://example.org/paper";

  private String slide(Path logo, String title) {
    return "<slide role=\"paper\"><title>" + title + "</title><body><p>Some text.</p></body>"
        + "<image src=\"" + logo + "\" corner=\"top-right\" size=\"40\" alt=\"Lab logo\"/>"
        + "<qr href=\"" + LINK + "\"/></slide>";
  }

  @Test
  void aLogoOnEverySlideIsStoredOnceAndEachSlideShowsItWithItsCodeLinked() throws IOException {
    Path logo = temp.resolve("logo.png");
    ImageIO.write(new BufferedImage(60, 30, BufferedImage.TYPE_INT_RGB), "png", logo.toFile());
    DeckWriter.Result result = DeckWriterTest.write("<deck>" + slide(logo, "One")
        + slide(logo, "Two") + slide(logo, "Three") + "</deck>", "pictures");

    try (XMLSlideShow show = DeckWriterTest.read(result)) {
      List<PackagePart> media = show.getPackage().getPartsByName(
          java.util.regex.Pattern.compile("/ppt/media/.*"));
      // The logo once, and the one QR code the three slides share (the same link).
      assertEquals(2, media.size(), media.toString());
      for (XSLFSlide slide : show.getSlides()) {
        List<XSLFPictureShape> pictures = new ArrayList<>();
        Set<Integer> ids = new HashSet<>();
        for (XSLFShape shape : slide.getShapes()) {
          assertTrue(ids.add(shape.getShapeId()), "shape ids are unique on a slide");
          if (shape instanceof XSLFPictureShape picture) {
            pictures.add(picture);
          }
        }
        assertEquals(List.of("Logo", "QR code"),
            pictures.stream().map(XSLFShape::getShapeName).toList());
        XSLFPictureShape logoShape = pictures.get(0);
        assertEquals(40, logoShape.getAnchor().getWidth(), 0.01, "the wider side is the size");
        assertEquals(20, logoShape.getAnchor().getHeight(), 0.01, "the aspect ratio is kept");
        assertEquals("image/png", logoShape.getPictureData().getContentType());
        XSLFPictureShape code = pictures.get(1);
        assertEquals(LINK, code.getHyperlink().getAddress(), "clicking the code opens the link");
        assertEquals(code.getAnchor().getWidth(), code.getAnchor().getHeight(), 0.01);
      }
    }
  }

  @Test
  void theThemesThumbnailIsNotCarriedIntoTheDeck() throws IOException {
    DeckWriter.Result result = DeckWriterTest.write("<deck><slide role=\"paper\"><title>t</title>"
        + "</slide></deck>", "thumbnail");
    try (XMLSlideShow show = DeckWriterTest.read(result)) {
      // It would show the theme's sample slide, not the deck, in a file browser.
      assertEquals(List.of(), show.getPackage().getPartsByName(
          java.util.regex.Pattern.compile("/docProps/thumbnail.*")));
      assertEquals(0, show.getPackage().getRelationshipsByType(
          org.apache.poi.openxml4j.opc.PackageRelationshipTypes.THUMBNAIL).size());
    }
  }
}
