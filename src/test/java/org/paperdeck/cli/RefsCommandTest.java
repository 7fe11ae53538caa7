package org.paperdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.paperdeck.cli.CliTest.paperdeck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.cli.CliTest.Outcome;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.refs.Bibliography;
import org.paperdeck.refs.Reference;

/**
 * {@code paperdeck refs}: every paper and further-reading entry, cited or typed out, in a file
 * another library (or paperdeck itself) reads back with the same fields.
 */
class RefsCommandTest {
  private static final String BIB = """
      @inproceedings{santoro2016meta,
        title = {Meta-Learning with {M}emory-{A}ugmented Neural Networks},
        author = {Santoro, Adam and Bartunov, Sergey and others},
        booktitle = {ICML}, year = {2016}
      }
      @misc{finn2017maml,
        title = {Model-Agnostic Meta-Learning for Fast Adaptation of Deep Networks},
        author = {Chelsea Finn and Pieter Abbeel and Sergey Levine},
        year = {2017}, eprint = {1703.03400}, archivePrefix = {arXiv}
      }
      """;
  private static final String NOTES = """
      ---
      bibliography: refs.bib
      ---
      # Meta-learning

      ## @santoro2016meta
      Summary.

      ## Weighted Training for *Cross-Task* Learning
      Authors: Shuxiao Chen, Koby Crammer, Hangfeng He, Dan Roth, Weijie J. Su
      Year: 2022
      Link: arXiv:2105.14095

      Summary.

      # Further reading
      1. @finn2017maml — where it started
      2. [How Do Vision Transformers Work?](https://arxiv.org/abs/2202.06709)
      """;

  @TempDir
  Path dir;

  private Outcome refs(String... format) throws IOException {
    Files.writeString(dir.resolve("refs.bib"), BIB);
    Path notes = Files.writeString(dir.resolve("talk.md"), NOTES);
    String[] args = new String[2 + format.length];
    args[0] = "refs";
    args[1] = notes.toString();
    System.arraycopy(format, 0, args, 2, format.length);
    return paperdeck(args);
  }

  @Test
  void bibtexHasEveryPaperAndReadingCitedOrTypedOut() throws IOException {
    Outcome run = refs();
    assertEquals(0, run.code(), run.err());
    assertEquals("""
        @inproceedings{santoro2016meta,
          title = {Meta-Learning with Memory-Augmented Neural Networks},
          author = {Santoro, Adam and Bartunov, Sergey and others},
          booktitle = {ICML},
          year = {2016},
        }

        @misc{chen2022weighted,
          title = {Weighted Training for \\emph{Cross-Task} Learning},
          author = {Chen, Shuxiao and Crammer, Koby and He, Hangfeng and Roth, Dan and Su, Weijie J.},
          year = {2022},
          eprint = {2105.14095},
          archivePrefix = {arXiv},
        }

        @misc{finn2017maml,
          title = {Model-Agnostic Meta-Learning for Fast Adaptation of Deep Networks},
          author = {Finn, Chelsea and Abbeel, Pieter and Levine, Sergey},
          year = {2017},
          eprint = {1703.03400},
          archivePrefix = {arXiv},
        }

        @misc{anonvision,
          title = {How Do Vision Transformers Work?},
          eprint = {2202.06709},
          archivePrefix = {arXiv},
        }
        """, run.out());
  }

  @Test
  void bothFormatsReadBackAsTheSameReferences() throws IOException {
    String bibtex = refs("--format", "bibtex").out();
    Outcome json = refs("--format", "csl-json");
    assertEquals(0, json.code());
    Diagnostics problems = new Diagnostics();
    List<Reference> fromBibtex = Bibliography.parse(bibtex, "out.bib", false, problems)
        .references();
    List<Reference> fromJson = Bibliography.parse(json.out(), "out.json", true, problems)
        .references();
    assertEquals(List.of(), problems.sorted());
    assertEquals(4, fromBibtex.size());
    for (int i = 0; i < fromBibtex.size(); i++) {
      Reference b = fromBibtex.get(i);
      Reference j = fromJson.get(i);
      assertEquals(b.key(), j.key());
      assertEquals(b.title(), j.title());
      assertEquals(b.authorNames(), j.authorNames());
      assertEquals(b.year(), j.year());
      assertEquals(b.link(), j.link());
    }
    assertEquals("https://arxiv.org/abs/2105.14095", fromJson.get(1).link());
    assertEquals(List.of("talk.md:6:1: warning: CSL-JSON cannot say 'and others':"
        + " 'santoro2016meta' lists only the authors named"),
        json.err().lines().filter(l -> l.contains("warning"))
            .map(l -> l.substring(dir.toString().length() + 1)).toList());
  }

  @Test
  void anUnknownFormatIsAUsageError() throws IOException {
    Outcome run = refs("--format", "ris");
    assertEquals(2, run.code());
  }
}
