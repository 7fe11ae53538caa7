package org.paperdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperdeck.cli.CliTest.paperdeck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.cli.CliTest.Outcome;

/** {@code paperdeck init}: a starter that builds as it is, and never a file overwritten. */
class InitCommandTest {
  @TempDir
  Path dir;

  @Test
  void theMarkdownAndTheYamlStarterBuildWithoutAWarning() throws IOException {
    for (String format : new String[] {"md", "yaml"}) {
      Path name = dir.resolve("week-1-" + format);
      Outcome init = paperdeck("init", name.toString(), "--format", format);
      assertEquals(0, init.code(), init.err());
      Path notes = dir.resolve("week-1-" + format + "." + format);
      assertTrue(Files.readString(notes).contains("title: \"Week 1 " + format + "\""));
      assertTrue(Files.readString(notes).contains("The whole format: docs/format.md"));
      Outcome build = paperdeck("build", notes.toString());
      assertEquals(0, build.code(), build.err());
      assertEquals("", build.err(), "no warning for a starter");
      assertTrue(build.out().contains("(7 slides)"), build.out());
    }
  }

  @Test
  void anExistingFileIsNeverOverwritten() throws IOException {
    Path notes = Files.writeString(dir.resolve("talk.md"), "my own notes\n");
    Outcome run = paperdeck("init", notes.toString());
    assertEquals(3, run.code());
    assertEquals("paperdeck: " + notes + " already exists; init never overwrites a file, and"
        + " nothing was written\n  hint: give another NAME, e.g. paperdeck init "
        + dir.resolve("talk-2.md") + "\n", run.err());
    assertEquals("my own notes\n", Files.readString(notes));
  }

  @Test
  void aSeriesFolderGetsItsSeriesFileOnceAndTheTalkInside() throws IOException {
    Path series = dir.resolve("talks");
    Outcome first = paperdeck("init", "week-1", "--series", series.toString());
    assertEquals(0, first.code(), first.err());
    assertTrue(first.out().startsWith("wrote " + series.resolve("week-1.md") + " and "
        + series.resolve("series.yaml") + "\n"), first.out());
    Files.writeString(series.resolve("series.yaml"), "group: Our group\n");
    Outcome second = paperdeck("init", "week-2", "--series", series.toString());
    assertTrue(second.out().startsWith("wrote " + series.resolve("week-2.md") + "\n"),
        second.out());
    assertEquals("group: Our group\n", Files.readString(series.resolve("series.yaml")));
  }

  @Test
  void aNameAndAFormatThatDisagreeAreAUsageError() {
    Outcome run = paperdeck("init", dir.resolve("talk.md").toString(), "--format", "yaml");
    assertEquals(2, run.code());
    assertTrue(run.err().startsWith("paperdeck: the name " + dir.resolve("talk.md")
        + " and --format yaml disagree; give one of them\n"), run.err());
  }
}
