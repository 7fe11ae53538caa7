package org.paperdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperdeck.cli.CliTest.paperdeck;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.cli.CliTest.Outcome;

/**
 * {@code paperdeck build} of a folder, several files or a glob: every talk built in one run,
 * each talk's messages together, a summary, exit code 1 when one talk has errors while the
 * others are written, and talks unchanged since their last build skipped.
 */
class ManyTalksTest {
  @TempDir
  Path dir;

  private Path talk(String name, String title) throws IOException {
    return Files.writeString(dir.resolve(name), "---\ntitle: " + title + "\n---\n# Methods\n"
        + "## A paper about " + title + "\nLink: https://example.org/" + name + "\n\nSummary of "
        + title + ".\n");
  }

  private Path broken() throws IOException {
    return Files.writeString(dir.resolve("broken.md"),
        "---\ntitle: Broken\nbogus: 1\n---\n# C\n## P\nSummary.\n");
  }

  private static FileTime modified(Path file) throws IOException {
    return Files.getLastModifiedTime(file);
  }

  @Test
  void aFolderBuildsEveryTalkAndStillWritesTheGoodOnesWhenOneIsBroken() throws IOException {
    talk("week-1.md", "Week one");
    talk("week-2.md", "Week two");
    broken();
    Outcome run = paperdeck("build", dir.toString());
    assertEquals(1, run.code(), run.err());
    for (String name : List.of("week-1", "week-2")) {
      assertTrue(Files.size(dir.resolve(name + ".pptx")) > 0, name);
      assertTrue(Files.size(dir.resolve(name + ".pdf")) > 0, name);
    }
    assertFalse(Files.exists(dir.resolve("broken.pptx")));
    assertTrue(run.err().startsWith(dir.resolve("broken.md")
        + ":3:1: error: unknown front-matter key 'bogus'\n  bogus: 1\n  ^\n"), run.err());
    assertTrue(run.err().endsWith("paperdeck: 1 of 3 talks not written, for the errors above: "
        + dir.resolve("broken.md") + "\n"), run.err());
    assertTrue(run.out().contains(dir.resolve("week-1.md") + ": wrote week-1.pptx (4 slides),"
        + " week-1.pdf ("), run.out());
    assertTrue(run.out().contains(dir.resolve("broken.md") + ": 1 error; nothing written"),
        run.out());
    assertTrue(Pattern.compile("\\n3 talks, 2 built, 1 with errors in [0-9.]+ s\\n$")
        .matcher(run.out()).find(), run.out());
  }

  @Test
  void slidePicturesOfEveryTalkTakeTheResolutionAsked() throws IOException {
    talk("week-1.md", "Week one");
    talk("week-2.md", "Week two");
    Outcome run = paperdeck("build", dir.toString(), "-t", "png", "--dpi", "24");
    assertEquals(0, run.code(), run.err());
    for (String talk : List.of("week-1", "week-2")) {
      var picture = javax.imageio.ImageIO.read(dir.resolve(talk + "-01.png").toFile());
      assertEquals(320, picture.getWidth(), talk + ": a 16:9 slide at 24 dpi");
    }
  }

  @Test
  void unchangedTalksAreSkippedAndAChangedOneOrForceBuildsAgain() throws IOException {
    Path one = talk("week-1.md", "Week one");
    talk("week-2.md", "Week two");
    assertEquals(0, paperdeck("build", dir.toString()).code());
    FileTime deck = modified(dir.resolve("week-2.pptx"));

    Outcome again = paperdeck("build", dir.toString());
    assertEquals(0, again.code(), again.err());
    assertTrue(again.out().contains("2 talks, 0 built, 2 unchanged in"), again.out());
    assertTrue(again.out().contains(dir.resolve("week-2.md") + ": unchanged"), again.out());
    assertEquals(deck, modified(dir.resolve("week-2.pptx")));

    Files.writeString(one, Files.readString(one).replace("Summary", "A new summary"));
    Outcome edited = paperdeck("build", dir.toString());
    assertTrue(edited.out().contains("2 talks, 1 built, 1 unchanged in"), edited.out());
    assertTrue(edited.out().contains(dir.resolve("week-1.md") + ": wrote"), edited.out());

    Outcome forced = paperdeck("build", dir.toString(), "--force");
    assertTrue(forced.out().contains("2 talks, 2 built in"), forced.out());

    Outcome otherOptions = paperdeck("build", dir.toString(), "--paper", "letter");
    assertTrue(otherOptions.out().contains("2 talks, 2 built in"), otherOptions.out());
  }

  @Test
  void aTalkWhoseOutputWasDeletedOrWhosePictureOrBibliographyChangedIsBuiltAgain()
      throws IOException {
    picture(dir.resolve("figure.png"), Color.BLUE);
    Files.writeString(dir.resolve("refs.bib"), "@article{a, title={First}}\n");
    Files.writeString(dir.resolve("pictured.md"), "---\ntitle: Pictured\n"
        + "vars:\n  bibliography: refs.bib\n---\n# C\n## A paper\nImage: figure.png\n\nSummary.\n");
    talk("plain.md", "Plain");
    assertEquals(0, paperdeck("build", dir.toString()).code());

    picture(dir.resolve("figure.png"), Color.RED);
    Outcome picture = paperdeck("build", dir.toString());
    assertTrue(picture.out().contains(dir.resolve("pictured.md") + ": wrote"), picture.out());
    assertTrue(picture.out().contains("2 talks, 1 built, 1 unchanged"), picture.out());

    Files.writeString(dir.resolve("refs.bib"), "@article{a, title={Second}}\n");
    Outcome bibliography = paperdeck("build", dir.toString());
    assertTrue(bibliography.out().contains("2 talks, 1 built, 1 unchanged"), bibliography.out());

    Files.delete(dir.resolve("plain.pdf"));
    Outcome deleted = paperdeck("build", dir.toString());
    assertTrue(deleted.out().contains(dir.resolve("plain.md") + ": wrote"), deleted.out());
    assertTrue(Files.exists(dir.resolve("plain.pdf")));
  }

  @Test
  void eachTalksMessagesComeTogether() throws IOException {
    for (int i = 1; i <= 4; i++) {
      Files.writeString(dir.resolve("talk-" + i + ".md"), "---\ntitle: Talk " + i
          + "\nduration: 1\n---\n# C\n## Paper A\nMinutes: 5\n\nSummary.\n## Paper B\n"
          + "Minutes: 5\n\nSummary.\n");
    }
    Outcome run = paperdeck("build", dir.toString());
    assertEquals(0, run.code(), run.err());
    List<String> files = new ArrayList<>();
    Matcher headline = Pattern.compile("(?m)^(\\S+\\.md):\\d+:\\d+: warning:").matcher(run.err());
    while (headline.find()) {
      if (files.isEmpty() || !files.get(files.size() - 1).equals(headline.group(1))) {
        files.add(headline.group(1));
      }
    }
    assertEquals(4, files.size(), "one block of warnings per talk:\n" + run.err());
    assertEquals(4, files.stream().distinct().count(), run.err());
  }

  @Test
  void severalFilesAndAQuotedGlobNameTheTalks() throws IOException {
    talk("week-1.md", "Week one");
    talk("week-2.md", "Week two");
    talk("notes.yaml.md", "Other");
    Outcome two = paperdeck("build", dir.resolve("week-1.md").toString(),
        dir.resolve("week-2.md").toString(), "-o", dir.resolve("out") + "/");
    assertEquals(0, two.code(), two.err());
    assertTrue(Files.exists(dir.resolve("out/week-1.pptx")));
    assertTrue(Files.exists(dir.resolve("out/week-2.pdf")));

    Outcome glob = paperdeck("build", dir + "/week-*.md", "-t", "html");
    assertEquals(0, glob.code(), glob.err());
    assertTrue(glob.out().contains("2 talks, 2 built"), glob.out());
    assertTrue(Files.exists(dir.resolve("week-1.html")));
    assertFalse(Files.exists(dir.resolve("notes.yaml.html")));
  }

  @Test
  void notesBesideEachOtherWithTheSameNameBuildTheMarkdownAndWarnAboutTheOther()
      throws IOException {
    talk("week-1.md", "Week one");
    Files.writeString(dir.resolve("week-1.yaml"), "title: Other\ncategories: []\n");
    Outcome run = paperdeck("build", dir.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.err().startsWith(dir.resolve("week-1.yaml") + ":1:1: warning: not built:"
        + " week-1.md beside it writes the same outputs\n"), run.err());
    assertTrue(run.out().contains("1 talk, 1 built"), run.out());
  }

  @Test
  void oneOutputFileOrStandardOutputIsAUsageErrorForSeveralTalks() throws IOException {
    talk("week-1.md", "Week one");
    talk("week-2.md", "Week two");
    Outcome run = paperdeck("build", dir.toString(), "-o", "talk.pptx");
    assertEquals(2, run.code());
    assertTrue(run.err().startsWith("paperdeck: -o talk.pptx names one output; several talks are"
        + " written into a folder: -o DIR/\n"), run.err());
    assertFalse(Files.exists(dir.resolve("week-1.pptx")));
  }

  @Test
  void onATerminalAProgressBarTakesThePlaceOfTheLinePerTalk() throws IOException {
    talk("week-1.md", "Week one");
    talk("week-2.md", "Week two");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    StandardStreams terminal = new StandardStreams(InputStream.nullInputStream(),
        java.io.OutputStream.nullOutputStream(), new PrintWriter(out), new PrintWriter(err),
        false, true, Map.of("TERM", "xterm"));
    int code = Cli.run(new String[] {"build", dir.toString()}, terminal);
    assertEquals(0, code, err.toString());
    assertTrue(err.toString().contains("\r\u001b[K[############------------] 1/2"),
        err.toString());
    assertTrue(err.toString().contains("\r\u001b[K[########################] 2/2"),
        err.toString());
    assertTrue(err.toString().endsWith("\r\u001b[K"), "the bar is gone at the end");
    assertFalse(out.toString().contains(": wrote"), out.toString());
    assertTrue(out.toString().startsWith("2 talks, 2 built in"), out.toString());
  }

  private static void picture(Path file, Color colour) throws IOException {
    BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(colour);
    g.fillRect(0, 0, 40, 30);
    g.dispose();
    ImageIO.write(image, "png", file.toFile());
  }
}
