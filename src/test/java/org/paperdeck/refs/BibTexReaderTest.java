package org.paperdeck.refs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.diagnostics.Diagnostics;

/** BibTeX as tools export it, read into what a slide shows. */
class BibTexReaderTest {
  private final Diagnostics diagnostics = new Diagnostics();

  private Reference only(String bib) {
    List<Reference> read = Bibliography.parse(bib, "refs.bib", false, diagnostics).references();
    assertEquals(1, read.size(), diagnostics.sorted().toString());
    return read.get(0);
  }

  private List<String> messages() {
    return diagnostics.sorted().stream().map(Diagnostic::headline).toList();
  }

  @Test
  void aControlCharacterIsAnErrorAtItsPlaceNotAReaderThatRunsOutOfMemory() {
    List<Reference> read = Bibliography.parse("@misc{a,\n  title = {T\u0000x}}\n", "refs.bib",
        false, diagnostics).references();
    assertEquals(List.of(), read);
    assertEquals(List.of("refs.bib:2:13: error: the bibliography holds a control character"
        + " (U+0000), which a BibTeX file never has; nothing of it was read"), messages());
  }

  @Test
  void anAtSignOutsideAnEntryWithoutATypeIsAnErrorAtItsPlaceNotAReaderThatNeverEnds() {
    List<Reference> read = Bibliography.parse(
        "@misc{a, title = {T}}\n\n@\u2014misc{b, title = {U}}\n", "refs.bib", false,
        diagnostics).references();
    assertEquals(List.of(), read);
    assertEquals(List.of("refs.bib:3:1: error: '@' starts an entry here, but no entry type"
        + " follows it (@article, @book, @misc …); nothing of the bibliography was read"),
        messages());
  }

  @Test
  void anAtSignInsideAValueOrACommentIsText() {
    Reference ref = only("% mail: someone@~host\n@misc{a, title = {At @\u2014 and @\u2026 here}}\n");
    assertEquals("At @\u2014 and @\u2026 here", ref.title());
  }

  @Test
  void anInproceedingsEntryGivesTitleAuthorsVenueYearAndUrl() {
    Reference ref = only("""
        @string{icml = {International Conference on Machine Learning}}

        @inproceedings{santoro2016meta,
          title     = {Meta-Learning with {M}emory-{A}ugmented Neural Networks},
          author    = {Santoro, Adam and Bartunov, Sergey and others},
          booktitle = icml,
          month     = jun,
          year      = {2016},
          url       = {https://proceedings.mlr.press/v48/santoro16.html}
        }
        """);
    assertEquals("santoro2016meta", ref.key());
    assertEquals("paper-conference", ref.type());
    assertEquals("Meta-Learning with Memory-Augmented Neural Networks", ref.title());
    assertEquals(List.of("Adam Santoro", "Sergey Bartunov"), ref.authorNames());
    assertTrue(ref.moreAuthors());
    assertEquals("International Conference on Machine Learning", ref.venue());
    assertEquals("2016", ref.year());
    assertEquals("https://proceedings.mlr.press/v48/santoro16.html", ref.link());
    assertEquals("refs.bib:3:1", ref.pos().toString());
    assertEquals(List.of(), messages());
  }

  @Test
  void anArxivEprintLinksTheAbstractPageAndADoiWinsOverBoth() {
    Reference eprint = only("""
        @misc{finn2017maml,
          title = {Model-Agnostic Meta-Learning for Fast Adaptation of Deep Networks},
          author = {Chelsea Finn and Pieter Abbeel and Sergey Levine},
          year = {2017}, eprint = {1703.03400v3}, archivePrefix = {arXiv}, primaryClass = {cs.LG},
          url = {https://example.org/elsewhere}
        }
        """);
    assertEquals("https://arxiv.org/abs/1703.03400v3", eprint.link());
    assertEquals(List.of("Chelsea Finn", "Pieter Abbeel", "Sergey Levine"), eprint.authorNames());
    Reference doi = only("""
        @article{x, title = {T}, doi = {https://doi.org/10.1038/nature14539}, eprint = {1703.03400},
          eprinttype = {arxiv}, journaltitle = {Nature}, date = {2015-05-28}}
        """);
    assertEquals("https://doi.org/10.1038/nature14539", doi.link());
    assertEquals("Nature", doi.venue());
    assertEquals("2015", doi.year());
  }

  @Test
  void latexInTitlesBecomesTheNotesOwnMarkup() {
    Reference ref = only("""
        @article{g, title = {G{\\"o}del's {\\'e}t{\\'e}: $\\alpha$-nets are \\emph{fast} with
          {BERT} and \\textbf{bold} \\texttt{code} 50\\% {\\"{u}}ber \\c{c}a \\ss{} --- done}}
        """);
    assertEquals("Gödel’s été: \\(\\alpha\\)-nets are *fast* with BERT and **bold** `code` 50%"
        + " über ça ß — done", ref.title());
  }

  @Test
  void namesInEveryBibtexFormKeepTheirParticlesAndLiterals() {
    Reference ref = only("""
        @misc{n, title = {T}, author = {van den Berg, Rianne and Ludwig van Beethoven and
          {Google Research} and Forr{\\'e}, Patrick and Doe, Jr, John}}
        """);
    assertEquals(List.of("Rianne van den Berg", "Ludwig van Beethoven", "Google Research",
        "Patrick Forré", "John Doe, Jr"), ref.authorNames());
  }

  @Test
  void aMalformedEntryIsReportedAtTheFilesOwnLineAndTheRestAreStillRead() {
    List<Reference> read = Bibliography.parse("""
        @article{broken,
          title = {Never closed,
          author = {Someone}
        }

        @misc{fine, title = {Fine}}
        """, "refs.bib", false, diagnostics).references();
    assertEquals(List.of("fine"), read.stream().map(Reference::key).toList());
    assertEquals(List.of("refs.bib:6:1: error: a malformed entry: '@' was not expected here"),
        messages());
    assertEquals("in the entry that starts on line 1; check its braces, quotes and the commas"
        + " between fields", diagnostics.sorted().get(0).hint());
  }

  @Test
  void aFileThatEndsInsideAnEntryKeepsTheEntriesBeforeIt() {
    List<Reference> read = Bibliography.parse("@misc{a, title = {A}}\n@misc{b, title = {Open\n",
        "refs.bib", false, diagnostics).references();
    assertEquals(List.of("a"), read.stream().map(Reference::key).toList());
    assertEquals(List.of("refs.bib:3:1: error: a malformed entry: the file ends inside it"),
        messages());
  }

  @Test
  void aKeyGivenTwiceAndAnUndefinedStringAreWarnings() {
    List<Reference> read = Bibliography.parse("""
        @misc{a, title = {First}, journal = nosuchstring}
        @misc{a, title = {Second}}
        """, "refs.bib", false, diagnostics).references();
    assertEquals("First", read.get(0).title());
    assertEquals(List.of(
        "refs.bib:1:1: warning: @string 'nosuchstring' is not defined; its name is used as the text",
        "refs.bib:2:1: warning: the key 'a' is given twice; the entry on line 1 is used"),
        messages());
  }

  @Test
  void anUnknownLatexCommandKeepsItsTextAndSaysSo() {
    Reference ref = only("@misc{u, title = {A \\foo{bar} title}}");
    assertEquals("A bar title", ref.title());
    assertEquals(List.of("LaTeX command \\foo is not known; its text is kept"), ref.problems());
  }
}
