package org.paperdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --formats png} and {@code slides-pdf} through the command: a picture per slide named in
 * slide order at the resolution asked for, the deck as a PDF of as many pages, the summary line
 * naming them, and the places a file per slide cannot go refused before anything is built.
 */
class SlideOutputsTest {
  @TempDir
  Path dir;

  @Test
  void writesAPicturePerSlideAtTheDpiAndTheDeckAsAPdf() throws Exception {
    Path notes = dir.resolve("talk.md");
    Files.writeString(notes, WatchCommandTest.NOTES.formatted("A paper to picture"));
    Path out = dir.resolve("out");
    CliTest.Outcome run = CliTest.paperdeck("build", notes.toString(), "-o", out + "/",
        "--formats", "png,slides-pdf", "--dpi", "36");
    assertEquals(Cli.OK, run.code(), run.err());
    List<String> files;
    try (Stream<Path> listed = Files.list(out)) {
      files = listed.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertEquals(List.of("talk-01.png", "talk-02.png", "talk-03.png", "talk-04.png",
        "talk-slides.pdf"), files);
    BufferedImage first = ImageIO.read(out.resolve("talk-01.png").toFile());
    // The built-in theme's slide is 13.33 by 7.5 inches: 480 by 270 pixels at 36 dpi.
    assertEquals(480, first.getWidth());
    assertEquals(270, first.getHeight());
    assertEquals(4, new PdfReader(Files.readAllBytes(out.resolve("talk-slides.pdf")))
        .getNumberOfPages());
    assertTrue(run.out().contains("talk-01.png … talk-04.png (4 slides)"), run.out());
    assertTrue(run.out().contains("talk-slides.pdf (4 pages)"), run.out());
  }

  @Test
  void aFilePerSlideGoesToAFolderOnly() throws Exception {
    Path notes = dir.resolve("talk.md");
    Files.writeString(notes, WatchCommandTest.NOTES.formatted("A paper"));
    CliTest.Outcome oneFile = CliTest.paperdeck("build", notes.toString(), "-o",
        dir.resolve("talk.png").toString());
    assertEquals(Cli.USAGE, oneFile.code());
    assertTrue(oneFile.err().contains("png is a file per slide (NAME-01.png, NAME-02.png …);"
        + " write to a folder, -o DIR/"), oneFile.err());
    CliTest.Outcome standardOutput = CliTest.paperdeck("build", notes.toString(), "-o", "-",
        "-t", "png");
    assertEquals(Cli.USAGE, standardOutput.code());
    assertTrue(standardOutput.err().contains("-o - writes one file, but png is a file per"
        + " slide"), standardOutput.err());
    CliTest.Outcome dpi = CliTest.paperdeck("build", notes.toString(), "-t", "png", "--dpi",
        "5000");
    assertEquals(Cli.USAGE, dpi.code());
    assertTrue(dpi.err().contains("5000 dpi is out of range; use 20 to 600"), dpi.err());
    try (Stream<Path> listed = Files.list(dir)) {
      assertFalse(listed.anyMatch(p -> p.toString().endsWith(".png")), "nothing was written");
    }
  }
}
