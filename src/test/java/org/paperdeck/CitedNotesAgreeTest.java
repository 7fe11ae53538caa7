package org.paperdeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.model.Talk;
import org.paperdeck.notes.NotesReader;
import org.paperdeck.notes.ReadResult;
import org.paperdeck.templates.TemplateEngine;
import org.paperdeck.templates.TemplateSet;

/**
 * A talk that cites its papers from a bibliography makes the same deck and handout as the talk
 * with the same fields typed out: the example against its .bib, and a small talk against a
 * Better BibTeX export and a Zotero CSL-JSON export of the same papers.
 */
class CitedNotesAgreeTest {
  private final TemplateEngine engine;

  CitedNotesAgreeTest() throws IOException {
    engine = new TemplateEngine(TemplateSet.builtIn());
  }

  @TempDir
  Path dir;

  private static Talk read(Path file) {
    ReadResult result = new NotesReader().read(file, file.toString());
    assertEquals(List.of(), result.diagnostics(), file.toString());
    assertNotNull(result.talk());
    return result.talk();
  }

  /** The plan without its notes positions (at="FILE:LINE:COL"), which differ by file. */
  private String plan(Talk talk) {
    return engine.renderDeckPlan(talk).text().replaceAll(" at=\"[^\"]*\"", "");
  }

  private String handout(Talk talk) {
    return engine.renderHandout(talk).text();
  }

  @Test
  void theCitedExampleMakesTheDeckAndHandoutOfTheTypedOutExample() throws IOException {
    Talk typed = read(Path.of("talks/iclr-2022.md"));
    Talk cited = read(Path.of("talks/iclr-2022-cited.md"));
    assertEquals(plan(typed), plan(cited));
    assertEquals(handout(typed), handout(cited));
  }

  private Path export(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("exports/" + name)) {
      return Files.write(dir.resolve(name), in.readAllBytes());
    }
  }

  private Path notes(String name, String bibliography, String body) throws IOException {
    return Files.writeString(dir.resolve(name), "---\ntitle: Cited\nvenue: ICLR 2022\n"
        + (bibliography == null ? "" : "bibliography: " + bibliography + "\n") + "---\n" + body);
  }

  @Test
  void aBetterBibtexAndAZoteroCslJsonExportGiveTheDeckOfTheTypedOutTalk() throws IOException {
    export("better-bibtex.bib");
    export("zotero.json");
    Talk typed = read(notes("typed.md", null, """
        # Papers

        ## Trans-Encoder: Unsupervised sentence-pair modelling through self- and mutual-distillations
        Authors: Fangyu Liu, Yunlong Jiao, Jordan Massiah, Emine Yilmaz and Serhii Havrylov
        Link: arXiv:2109.13059

        Iterative distillation.

        ## Pyraformer: Low-Complexity Pyramidal Attention for Long-Range Time Series Modeling and Forecasting
        Authors: Shizhan Liu, Hang Yu, Cong Liao, Jianguo Li, Weiyao Lin, Alex X. Liu and Schahram Dustdar
        Link: https://openreview.net/forum?id=0EXmFzUn5I

        Pyramidal attention.

        # Further reading
        1. [Large Language Models Can Be Strong Differentially Private Learners](https://arxiv.org/abs/2110.05679)
           - Hyperparameters matter.
        """));
    String cited = """
        # Papers

        ## @liuTransEncoderUnsupervisedSentencepair

        Iterative distillation.

        ## @liuPyraformerLowComplexityPyramidal

        Pyramidal attention.

        # Further reading
        1. @liLargeLanguageModels
           - Hyperparameters matter.
        """;
    Talk fromBibtex = read(notes("bibtex.md", "better-bibtex.bib", cited));
    Talk fromJson = read(notes("json.md", "zotero.json", cited));
    assertEquals(plan(typed), plan(fromBibtex));
    assertEquals(plan(typed), plan(fromJson));
    assertEquals(handout(typed), handout(fromBibtex));
    assertEquals(List.of("Xuechen Li", "Florian Tramèr", "Percy Liang", "Tatsunori Hashimoto"),
        fromBibtex.furtherReading().get(0).authors());
  }
}
