package org.paperdeck.pptx;

import org.paperdeck.files.FileRoots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.plan.PlanImage;
import org.paperdeck.plan.PlanParser;
import org.paperdeck.plan.SlidePlan;

/** Corner pictures, body type sizes and where plan pictures may come from, as the parser reads them. */
class CornerPicturesTest {
  @TempDir
  Path dir;

  private static String slide(String inside) {
    return "<deck><slide role=\"paper\"><title>t</title>" + inside + "</slide></deck>";
  }

  private static List<String> errors(String xml, FileRoots files) {
    return PlanParser.parse(xml, "deck.ftlx[plan]", files).diagnostics().stream()
        .filter(Diagnostic::isError).map(Diagnostic::headline).toList();
  }

  @Test
  void aCornerAndSizeReachThePlanAndTheBodyKeepsItsSize() {
    PlanParser.Result result = PlanParser.parse(slide("<body size=\"40\"><p>x</p></body>"
        + "<image src=\"/tmp/logo.png\" corner=\"bottom-left\" size=\"30\" alt=\"Lab\"/>"
        + "<image src=\"/tmp/fig.png\"/>"), "plan");
    SlidePlan plan = result.plan().slides().get(0);
    assertEquals(40, plan.bodySize());
    assertEquals(List.of(new PlanImage(Path.of("/tmp/logo.png"), "Lab", PlanImage.Corner.BOTTOM_LEFT, 30),
        new PlanImage(Path.of("/tmp/fig.png"), "")), plan.images());
  }

  /** The one error of {@code inside}, expected at the attribute {@code attribute=}. */
  private static void assertErrorAt(String inside, String attribute, String message) {
    String xml = slide(inside);
    int column = xml.indexOf(" " + attribute + "=") + 2;
    assertEquals(List.of("deck.ftlx[plan]:1:" + column + ": error: " + message),
        errors(xml, FileRoots.ANYWHERE));
  }

  @Test
  void wrongCornersSizesAndBodySizesAreErrorsAtTheirAttribute() {
    assertErrorAt("<image src=\"/tmp/l.png\" corner=\"top\"/>", "corner",
        "unknown corner 'top' on <image>");
    assertErrorAt("<image src=\"/tmp/l.png\" corner=\"top-left\" size=\"500\"/>", "size",
        "size '500' on <image> is not a number of points from 8 to 270");
    assertErrorAt("<image src=\"/tmp/l.png\" size=\"20\"/>", "size",
        "'size' needs a 'corner' on <image>");
    assertErrorAt("<body size=\"big\"/>", "size",
        "size 'big' on <body> is not a number of points from 14 to 96");
  }

  @Test
  void picturesComeFromTheNotesOrTemplateFolderOnly() throws IOException {
    Path notes = Files.createDirectories(dir.resolve("notes"));
    Path templates = Files.createDirectories(dir.resolve("templates"));
    ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png",
        templates.resolve("logo.png").toFile());
    ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png",
        dir.resolve("outside.png").toFile());
    Files.createSymbolicLink(notes.resolve("link.png"), dir.resolve("outside.png"));
    FileRoots files = new FileRoots(List.of(notes, templates));

    PlanParser.Result found = PlanParser.parse(slide("<image src=\"logo.png\" corner=\"top-right\"/>"),
        "plan", files);
    assertEquals(templates.resolve("logo.png"), found.plan().slides().get(0).images().get(0).source(),
        "a relative name is looked up in the notes folder, then the template folder");
    for (String src : List.of(dir.resolve("outside.png").toString(), "../outside.png", "link.png")) {
      List<String> errors = errors(slide("<image src=\"" + src + "\"/>"), files);
      assertEquals(1, errors.size(), src);
      assertTrue(errors.get(0).endsWith("error: picture '" + src + "' is outside the notes folder"
          + " and the template folder"), errors.get(0));
    }
    assertTrue(errors(slide("<body><figure src=\"../outside.png\">c</figure></body>"), files)
        .get(0).contains("is outside the notes folder"));
  }
}
