package org.paperdeck.refs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.diagnostics.Diagnostics;

/** CSL-JSON as Zotero exports it, read into what a slide shows. */
class CslJsonReaderTest {
  private final Diagnostics diagnostics = new Diagnostics();

  private List<Reference> read(String json) {
    return Bibliography.parse(json, "refs.json", true, diagnostics).references();
  }

  private List<String> messages() {
    return diagnostics.sorted().stream().map(Diagnostic::headline).toList();
  }

  @Test
  void aZoteroPreprintGivesItsFieldsAndItsArxivId() {
    List<Reference> read = read("""
        [
          {
            "id": "finn2017maml",
            "type": "article",
            "title": "Model-Agnostic Meta-Learning for <i>Fast</i> Adaptation",
            "author": [{"family": "Finn", "given": "Chelsea"}, {"family": "Berg",
              "given": "Rianne", "non-dropping-particle": "van den"}, {"literal": "FAIR"}],
            "issued": {"date-parts": [[2017, 3, 9]]},
            "number": "arXiv:1703.03400",
            "publisher": "arXiv",
            "URL": "http://arxiv.org/abs/1703.03400"
          }
        ]
        """);
    Reference ref = read.get(0);
    assertEquals("finn2017maml", ref.key());
    assertEquals("Model-Agnostic Meta-Learning for *Fast* Adaptation", ref.title());
    assertEquals(List.of("Chelsea Finn", "Rianne van den Berg", "FAIR"), ref.authorNames());
    assertEquals("2017", ref.year());
    assertEquals("1703.03400", ref.arxiv());
    assertEquals("https://arxiv.org/abs/1703.03400", ref.link());
    assertEquals("refs.json:2:3", ref.pos().toString());
    assertEquals(List.of(), messages());
  }

  @Test
  void aDoiAndAContainerTitleComeThrough() {
    Reference ref = read("""
        [{"id": "x", "type": "paper-conference", "title": "T", "container-title": "ICLR",
          "DOI": "10.1000/ABC", "issued": {"raw": "May 2022"}}]
        """).get(0);
    assertEquals("ICLR", ref.venue());
    assertEquals("2022", ref.year());
    assertEquals("https://doi.org/10.1000/ABC", ref.link());
  }

  @Test
  void malformedJsonIsReportedWhereTheParserStopped() {
    read("[\n  {\"id\": \"a\", \"title\": \"T\",}\n]\n");
    assertEquals(1, messages().size());
    assertEquals("refs.json:2:28", diagnostics.sorted().get(0).pos().toString());
  }

  @Test
  void anItemWithoutAnIdAndAFileThatIsNotAListAreErrors() {
    read("[{\"title\": \"No id\"}]");
    read("{\"id\": \"a\"}");
    assertEquals(List.of(
        "refs.json:1:1: error: a CSL-JSON bibliography must be a list of items: [ {\"id\": …}, … ]",
        "refs.json:1:2: error: a CSL-JSON item needs an \"id\" (its citation key)"), messages());
  }
}
