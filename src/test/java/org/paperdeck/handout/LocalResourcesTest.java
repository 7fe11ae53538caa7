package org.paperdeck.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.Tools;
import org.paperdeck.UsesExternalPrograms;
import org.paperdeck.cli.Cli;

/** A handout template cannot read files outside the notes and template folders. */
class LocalResourcesTest {
  @TempDir
  Path dir;

  @Test
  @UsesExternalPrograms
  void aTemplateCannotPullInAFileFromElsewhere() throws Exception {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Path secret = elsewhere.resolve("secret.png");
    ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", secret.toFile());
    Path inside = Files.createDirectories(dir.resolve("talk")).resolve("fine.png");
    ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", inside.toFile());
    Path templates = Files.createDirectories(dir.resolve("mine"));
    Files.writeString(templates.resolve("handout.ftlh"), """
        <html xmlns="http://www.w3.org/1999/xhtml"><head><title>${talk.title}</title>
        <link rel="stylesheet" href="%s"/></head>
        <body><p>Text.</p><img src="%s"/><img src="fine.png"/></body></html>
        """.formatted(elsewhere.resolve("evil.css").toUri(), secret.toUri()));
    Files.writeString(elsewhere.resolve("evil.css"), "body { color: red; }");
    Path notes = Files.writeString(dir.resolve("talk").resolve("talk.md"), "# C\n## P\nSummary.\n");

    StringWriter err = new StringWriter();
    int code = Cli.run(new String[] {"build", notes.toString(), "--templates", templates.toString(),
        "--formats", "pdf,html"}, new PrintWriter(new StringWriter()), new PrintWriter(err));

    assertEquals(0, code, err.toString());
    assertTrue(err.toString().contains("warning: the handout may not read " + secret.toUri()), err.toString());
    String images = Tools.run(dir, List.of("pdfimages", "-list", notes.resolveSibling("talk.pdf").toString()));
    assertEquals(1, images.lines().skip(2).count(), "only the image beside the notes: " + images);
    String html = Files.readString(notes.resolveSibling("talk.html"));
    assertEquals(1, html.split("data:image/png", -1).length - 1, "only the image beside the notes is inlined");
    assertFalse(html.contains("color: red"), "the stylesheet from elsewhere is not inlined");
  }

  @Test
  void linksCannotLeadOutOfAnAllowedFolder() throws Exception {
    Path root = Files.createDirectories(dir.resolve("root"));
    Path outside = Files.writeString(dir.resolve("outside.txt"), "x");
    Path link = Files.createSymbolicLink(root.resolve("link.txt"), outside);
    LocalResources allowed = LocalResources.under(root);
    assertFalse(allowed.allows(link.toUri().toString()));
    assertFalse(allowed.allows("https://example.org/a.png"));
    assertTrue(allowed.allows("data:image/png;base64,AAAA"));
    assertTrue(allowed.allows(root.resolve("inside.png").toUri().toString()));
  }
}
