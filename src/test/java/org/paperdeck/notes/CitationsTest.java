package org.paperdeck.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.model.Block;
import org.paperdeck.model.Paper;
import org.paperdeck.model.Reading;
import org.paperdeck.model.Talk;

/** Papers that cite a bibliography entry get its fields; what the notes say wins. */
class CitationsTest {
  private static final String BIB = """
      @inproceedings{santoro2016meta,
        title     = {Meta-Learning with {M}emory-{A}ugmented Neural Networks},
        author    = {Santoro, Adam and Bartunov, Sergey and others},
        booktitle = {ICML}, year = {2016},
        url       = {https://proceedings.mlr.press/v48/santoro16.html}
      }
      @misc{finn2017maml,
        title = {Model-Agnostic Meta-Learning for Fast Adaptation of Deep Networks},
        author = {Chelsea Finn and Pieter Abbeel and Sergey Levine},
        year = {2017}, eprint = {1703.03400}, archivePrefix = {arXiv}
      }
      @article{godel, title = {G{\\"o}del and \\emph{fast} $\\alpha$ \\foo{nets}},
        author = {G{\\"o}del, Kurt}, doi = {10.1000/xyz}, year = 1931}
      @misc{untitled, author = {Nobody, A.}}
      """;

  @TempDir
  Path dir;

  private ReadResult read(String name, String notes) throws IOException {
    Files.writeString(dir.resolve("refs.bib"), BIB);
    return new NotesReader().read(notes.getBytes(StandardCharsets.UTF_8), name, dir, "talk");
  }

  private static Paper paper(ReadResult result, int index) {
    return result.talk().papers().get(index);
  }

  @Test
  void aHeadingThatIsAKeyTakesEveryFieldFromTheEntry() throws IOException {
    ReadResult result = read("talk.md", """
        ---
        bibliography: refs.bib
        venue: ICLR 2022
        ---
        # C
        ## @santoro2016meta
        Summary.
        """);
    Paper paper = paper(result, 0);
    assertEquals("Meta-Learning with Memory-Augmented Neural Networks", paper.title().plainText());
    assertEquals(List.of("Adam Santoro", "Sergey Bartunov", "others"), paper.authors());
    assertEquals("ICML", paper.venue());
    assertEquals("2016", paper.year());
    assertEquals("https://proceedings.mlr.press/v48/santoro16.html", paper.link());
    assertEquals("santoro2016meta", paper.cite());
    assertEquals(List.of(), result.diagnostics());
  }

  @Test
  void aCiteLineFillsWhatTheNotesLeaveOutAndTheNotesWin() throws IOException {
    ReadResult result = read("talk.md", """
        ---
        bibliography: [refs.bib]
        ---
        # C
        ## MAML
        Cite: finn2017maml
        Venue: ICML 2017
        Authors: Chelsea Finn

        Summary.
        """);
    Paper paper = paper(result, 0);
    assertEquals("MAML", paper.title().plainText());
    assertEquals(List.of("Chelsea Finn"), paper.authors());
    assertEquals("ICML 2017", paper.venue());
    assertEquals("2017", paper.year());
    assertEquals("https://arxiv.org/abs/1703.03400", paper.link());
    assertEquals(List.of(), result.diagnostics());
  }

  @Test
  void yamlAndJsonPapersAndReadingsCiteWithCite() throws IOException {
    ReadResult yaml = read("talk.yaml", """
        bibliography: refs.bib
        categories:
          - name: C
            papers:
              - cite: santoro2016meta
                year: "2017"
        further-reading:
          - cite: finn2017maml
            note: The original.
        """);
    assertEquals("Meta-Learning with Memory-Augmented Neural Networks",
        paper(yaml, 0).title().plainText());
    assertEquals("2017", paper(yaml, 0).year());
    Reading reading = yaml.talk().furtherReading().get(0);
    assertEquals("Model-Agnostic Meta-Learning for Fast Adaptation of Deep Networks",
        reading.title().plainText());
    assertEquals("https://arxiv.org/abs/1703.03400", reading.link());
    assertEquals("The original.", reading.note().plainText());
    ReadResult json = read("talk.json", """
        {"bibliography": ["refs.bib"], "categories": [{"name": "C", "papers": [
          {"cite": "godel"}]}]}
        """);
    assertEquals("https://doi.org/10.1000/xyz", paper(json, 0).link());
  }

  @Test
  void furtherReadingEntriesCiteWithAtKeyAndKeepTheirNotes() throws IOException {
    ReadResult result = read("talk.md", """
        ---
        bibliography: refs.bib
        ---
        # C
        ## A paper
        Summary.

        # Further reading
        1. @finn2017maml — where it started
        2. @santoro2016meta
           - memory helps
        """);
    List<Reading> readings = result.talk().furtherReading();
    assertEquals("Model-Agnostic Meta-Learning for Fast Adaptation of Deep Networks",
        readings.get(0).title().plainText());
    assertEquals("where it started", readings.get(0).note().plainText());
    assertEquals(List.of("Chelsea Finn", "Pieter Abbeel", "Sergey Levine"),
        readings.get(0).authors());
    assertEquals("2017", readings.get(0).year());
    assertEquals("memory helps", readings.get(1).note().plainText().strip());
    assertEquals("finn2017maml", readings.get(0).cite());
  }

  @Test
  void unknownKeysSuggestTheClosestKeyOfTheBibliography() throws IOException {
    ReadResult result = read("talk.md", """
        ---
        bibliography: refs.bib
        ---
        # C
        ## @santoro2016mata
        Summary.

        ## Another
        Cite: fin2017maml

        Summary.

        # Further reading
        1. @nothinglikeit
        """);
    assertNull(result.talk());
    assertEquals("""
        talk.md:5:1: error: unknown citation key 'santoro2016mata'; did you mean 'santoro2016meta'?
        talk.md:9:7: error: unknown citation key 'fin2017maml'; did you mean 'finn2017maml'?
        talk.md:14:1: error: unknown citation key 'nothinglikeit'""",
        NotesFixture.headlines(result));
  }

  @Test
  void anEntryWithoutATitleIsAnErrorOnlyWhereTheTitleIsNeeded() throws IOException {
    ReadResult result = read("talk.md", """
        ---
        bibliography: refs.bib
        ---
        # C
        ## @untitled
        Summary.

        ## Titled in the notes
        Cite: untitled

        Summary.
        """);
    assertEquals("talk.md:5:1: error: the entry 'untitled' (refs.bib:14:1) has no title",
        NotesFixture.headlines(result));
  }

  @Test
  void whatTheTitleLosesIsAWarningAtTheCitingLineAndMathAndEmphasisStay() throws IOException {
    ReadResult result = read("talk.md", """
        ---
        bibliography: refs.bib
        ---
        # C
        ## @godel
        Summary.
        """);
    assertEquals("talk.md:5:1: warning: in the title of 'godel' (refs.bib:12:1): LaTeX command"
        + " \\foo is not known; its text is kept", NotesFixture.headlines(result));
    assertEquals("[Text[text=Gödel and ], Styled[style=EMPHASIS, children=[Text[text=fast]]],"
        + " Text[text= ], Math[latex=\\alpha], Text[text= nets]]",
        ((Block.Paragraph) paper(result, 0).title().blocks().get(0)).inlines().toString());
  }

  @Test
  void twoPapersWithTheSameArxivIdOrDoiAreAWarning() throws IOException {
    ReadResult result = read("talk.md", """
        ---
        bibliography: refs.bib
        ---
        # C
        ## @finn2017maml
        Summary.

        ## MAML again
        Link: https://arxiv.org/pdf/1703.03400v2.pdf

        Summary.

        ## Gödel
        Link: doi:10.1000/XYZ

        ## Gödel again
        Cite: godel
        """);
    Talk talk = result.talk();
    assertEquals("https://arxiv.org/abs/1703.03400v2", talk.papers().get(1).link());
    assertEquals(List.of(
        "talk.md:8:1: warning: this paper has the same arXiv ID 1703.03400 as 'Model-Agnostic"
            + " Meta-Learning for Fast Adaptation of Deep Networks' on line 5",
        "talk.md:16:1: warning: this paper has the same DOI 10.1000/xyz as 'Gödel' on line 13"),
        result.diagnostics().stream().filter(d -> d.message().contains("same"))
            .map(d -> d.headline()).toList());
  }

  @Test
  void aMissingBibliographyIsAnErrorWhereItIsNamed() throws IOException {
    ReadResult result = read("talk.md", """
        ---
        bibliography: [refs.bib, missing.bib]
        ---
        # C
        ## A paper
        Summary.
        """);
    assertEquals("talk.md:2:26: error: cannot read the bibliography missing.bib: no such file",
        NotesFixture.headlines(result));
  }
}
