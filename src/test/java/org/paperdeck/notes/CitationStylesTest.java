package org.paperdeck.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.model.RichText;
import org.paperdeck.model.Talk;

/**
 * {@code csl:} formats the further-reading list and the References in a citation style of the
 * packaged repository or of a file; without it nothing changes.
 */
class CitationStylesTest {
  private static final String BIB = """
      @inproceedings{santoro2016meta,
        title = {Meta-Learning with {M}emory-{A}ugmented Neural Networks},
        author = {Santoro, Adam and Bartunov, Sergey},
        booktitle = {Machine Learning}, year = {2016}, doi = {10.5555/3045390.3045585}
      }
      @misc{finn2017maml,
        title = {Model-Agnostic Meta-Learning for Fast Adaptation of Deep Networks},
        author = {Chelsea Finn and Pieter Abbeel and Sergey Levine},
        year = {2017}, eprint = {1703.03400}, archivePrefix = {arXiv}
      }
      """;

  @TempDir
  Path dir;

  private ReadResult read(String csl) throws IOException {
    Files.writeString(dir.resolve("refs.bib"), BIB);
    String notes = "---\nbibliography: refs.bib\n" + (csl == null ? "" : "csl: " + csl + "\n")
        + "---\n# C\n## @finn2017maml\nSummary.\n\n# Further reading\n1. @santoro2016meta\n"
        + "   - memory\n";
    return new NotesReader().read(notes.getBytes(StandardCharsets.UTF_8), "talk.md", dir, "t");
  }

  private static String styledReading(ReadResult result) {
    return result.talk().furtherReading().get(0).styled().plainText();
  }

  @Test
  void theFurtherReadingListRendersInThreeStyles() throws IOException {
    assertEquals("A. Santoro and S. Bartunov, “Meta-Learning with Memory-Augmented Neural"
        + " Networks,” in Machine Learning, 2016. doi: 10.5555/3045390.3045585.", styledReading(read("ieee")));
    assertEquals("Santoro, A., & Bartunov, S. (2016). Meta-Learning with Memory-Augmented Neural"
        + " Networks. Machine Learning. https://doi.org/10.5555/3045390.3045585", styledReading(read("apa")));
    assertEquals("Santoro, Adam, and Sergey Bartunov. 2016. “Meta-Learning with Memory-Augmented"
        + " Neural Networks.” In Machine Learning. https://doi.org/10.5555/3045390.3045585.",
        styledReading(read("chicago-author-date")));
  }

  @Test
  void theReferencesHoldEveryPaperAndReadingInTheStylesOrder() throws IOException {
    Talk talk = read("ieee").talk();
    assertEquals(List.of("[1] C. Finn, P. Abbeel, and S. Levine, “Model-Agnostic Meta-Learning for"
            + " Fast Adaptation of Deep Networks.” 2017. [Online]. Available:"
            + " https://arxiv.org/abs/1703.03400",
        "[2] A. Santoro and S. Bartunov, “Meta-Learning with Memory-Augmented Neural Networks,” in"
            + " Machine Learning, 2016. doi: 10.5555/3045390.3045585."),
        talk.references().stream().map(RichText::plainText).toList());
  }

  @Test
  void withoutCslNothingIsFormatted() throws IOException {
    Talk talk = read(null).talk();
    assertEquals(List.of(), talk.references());
    assertEquals(RichText.EMPTY, talk.furtherReading().get(0).styled());
  }

  @Test
  void aStyleFileBesideTheNotesWorksAndAnUnknownNameSuggestsAPackagedOne() throws IOException {
    try (var in = getClass().getResourceAsStream("/acm-sig-proceedings.csl")) {
      Files.write(dir.resolve("lab.csl"), in.readAllBytes());
    }
    assertEquals("Santoro, A. and Bartunov, S. 2016. Meta-Learning with Memory-Augmented Neural"
        + " Networks. Machine Learning (2016).", styledReading(read("lab.csl")));
    ReadResult unknown = read("iee");
    assertEquals("talk.md:3:6: error: unknown citation style 'iee'; did you mean 'ieee'?",
        NotesFixture.headlines(unknown));
  }
}
