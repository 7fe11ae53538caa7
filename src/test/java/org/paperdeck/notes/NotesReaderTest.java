package org.paperdeck.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperdeck.notes.NotesFixture.errors;
import static org.paperdeck.notes.NotesFixture.read;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.paperdeck.model.Block;
import org.paperdeck.model.Inline;
import org.paperdeck.model.Paper;
import org.paperdeck.model.Reading;
import org.paperdeck.model.Section;
import org.paperdeck.model.Talk;

class NotesReaderTest {

  @Test
  void frontMatterFillsTheTalkInfo() {
    Talk talk = read("""
        ---
        title: ICLR 2022 — posters I read
        subtitle: Training strategy
        presenter: [Jane Doe, John Roe]
        date: 2022-05-06
        event: NLP reading group
        venue: ICLR 2022
        duration: 45
        lang: en-GB
        vars:
          logo: lab.png
          slides: 3
        ---
        """ + NotesFixture.MINIMAL_PAPER).talk();
    assertEquals("ICLR 2022 — posters I read", talk.info().title());
    assertEquals("Training strategy", talk.info().subtitle());
    assertEquals(List.of("Jane Doe", "John Roe"), talk.info().presenters());
    assertEquals("2022-05-06", talk.info().date());
    assertEquals("NLP reading group", talk.info().event());
    assertEquals(45, talk.info().duration());
    assertEquals("en-GB", talk.info().lang());
    assertEquals(Map.of("logo", "lab.png", "slides", 3L), talk.info().vars());
    assertEquals("ICLR 2022", talk.papers().get(0).venue(), "the talk's venue is every paper's default");
  }

  @Test
  void titleDefaultsToTheFileName() {
    Talk talk = read(NotesFixture.MINIMAL_PAPER).talk();
    assertEquals("talk", talk.info().title());
    assertEquals("en", talk.info().lang());
  }

  @Test
  void structureMapsHeadingsToCategoriesPapersAndSections() {
    Talk talk = read("""
        Intro text.

        # Training Strategy

        About this group.

        ## TRANS-ENCODER: sentence pairs
        Authors: Fangyu Liu and Yunlong Jiao
        Affiliation: University of Cambridge
        Link: https://example.org/trans-encoder
        Year: 2022
        Tags: distillation, STS

        They propose iterative distillation.

        Second paragraph.

        ### Insights
        1. More unlabeled pairs is not always better.
        2. It generalises to \\(\\geq 2\\) architectures.

        ### Questions
        - Would model soups help?

        ### Problem
        Hard to label pairs.

        ### Notes
        Speaker notes only.

        # Symbolic

        ## Second paper

        Text.
        """).talk();
    assertEquals(2, talk.categories().size());
    assertEquals("Training Strategy", talk.categories().get(0).name());
    assertEquals("About this group.", talk.categories().get(0).description().plainText());
    assertEquals("Intro text.", talk.intro().plainText());
    Paper paper = talk.papers().get(0);
    assertEquals("TRANS-ENCODER: sentence pairs", paper.title().plainText());
    assertEquals(List.of("Fangyu Liu", "Yunlong Jiao"), paper.authors());
    assertEquals("University of Cambridge", paper.affiliation());
    assertEquals("https://example.org/trans-encoder", paper.link());
    assertEquals("2022", paper.year());
    assertEquals(List.of("distillation", "STS"), paper.tags());
    assertEquals(2, paper.summary().blocks().size());
    assertEquals("They propose iterative distillation.\nSecond paragraph.", paper.summary().plainText());
    assertEquals(2, paper.insights().size());
    assertEquals(List.of(new Inline.Text("It generalises to "), new Inline.Math("\\geq 2"),
        new Inline.Text(" architectures.")),
        ((Block.Paragraph) paper.insights().get(1).text().blocks().get(0)).inlines());
    assertEquals("Would model soups help?", paper.questions().get(0).plainText());
    assertEquals(1, paper.sections().size());
    assertEquals("Problem", paper.sections().get(0).label());
    assertEquals("Hard to label pairs.", paper.sections().get(0).body().plainText());
    assertEquals("Speaker notes only.", paper.notes().plainText());
    assertEquals("Second paper", talk.papers().get(1).title().plainText());
  }

  @Test
  void eachInsightIsAtItsOwnListItemNotAtTheHeading() {
    Paper paper = read("""
        # C
        ## P
        ### Insights
        - first
        - second, written
          over two lines
        1. a list of another kind is a list too
        """).talk().papers().get(0);
    assertEquals(List.of("talk.md:4:1", "talk.md:5:1", "talk.md:7:1"),
        paper.insights().stream().map(i -> i.pos().toString()).toList());
  }

  @Test
  void aChineseTalkMayNameItsSpecialSectionsInChineseAndSeparateNamesWithChineseCommas() {
    Talk talk = read("""
        ---
        title: 组会
        lang: zh-CN
        ---
        # 训练策略
        ## 一种方法
        Authors: 陈一、刘二，赵三
        Tags: 蒸馏、训练

        摘要。

        ### 要点
        - 小模型的初始化很重要。
        ### 問題
        - 能否用于多语言模型？
        ### 备注
        只在备注里。
        ### 方法
        一个普通的小节。

        # 延伸阅读
        1. 另一篇论文
        """).talk();
    Paper paper = talk.papers().get(0);
    assertEquals(List.of("陈一", "刘二", "赵三"), paper.authors());
    assertEquals(List.of("蒸馏", "训练"), paper.tags());
    assertEquals("小模型的初始化很重要。", paper.insights().get(0).text().plainText());
    assertEquals("能否用于多语言模型？", paper.questions().get(0).plainText());
    assertEquals("只在备注里。", paper.notes().plainText());
    assertEquals(List.of("方法"), paper.sections().stream().map(Section::label).toList());
    assertEquals(1, talk.categories().size(), "延伸阅读 is not a category");
    assertEquals("另一篇论文", talk.furtherReading().get(0).title().plainText());
  }

  @Test
  void anotherLanguagesWordIsAnOrdinarySectionUnlessTheTalkIsInItOrItsLabelsSaySo() {
    String notes = """
        ---
        title: Group
        %s
        ---
        # C
        ## P
        ### Kernaussagen
        - one
        ### Key points
        - two
        """;
    Paper english = read(notes.formatted("lang: en")).talk().papers().get(0);
    assertEquals(List.of("Kernaussagen", "Key points"),
        english.sections().stream().map(Section::label).toList());
    Paper german = read(notes.formatted("lang: de")).talk().papers().get(0);
    assertEquals("one", german.insights().get(0).text().plainText());
    Paper labelled = read(notes.formatted("labels: {keyInsights: Key points}")).talk().papers()
        .get(0);
    assertEquals("two", labelled.insights().get(0).text().plainText());
    assertEquals(List.of("Kernaussagen"),
        labelled.sections().stream().map(Section::label).toList());
  }

  /** Every built-in label bundle's word for a special heading opens it in a talk in its language. */
  @Test
  void theLabelBundlesWordsForTheSpecialHeadingsAreReadInTheirLanguages() throws Exception {
    try (Stream<Path> bundles = Files.list(Path.of("templates/default"))) {
      for (Path bundle : bundles.filter(p -> p.getFileName().toString().startsWith("labels_"))
          .toList()) {
        Properties words = new Properties();
        try (Reader in = Files.newBufferedReader(bundle)) {
          words.load(in);
        }
        String lang = bundle.getFileName().toString().replace("labels_", "")
            .replace(".properties", "").replace('_', '-');
        Talk talk = read("---\ntitle: T\nlang: " + lang + "\n---\n# C\n## P\n### "
            + words.getProperty("insights") + "\n- an insight\n### "
            + words.getProperty("questions") + "\n- a question\n### "
            + words.getProperty("notes") + "\nA note.\n# "
            + words.getProperty("furtherReading") + "\n1. A reading\n").talk();
        Paper paper = talk.papers().get(0);
        assertEquals(1, paper.insights().size(), bundle.toString());
        assertEquals(1, paper.questions().size(), bundle.toString());
        assertEquals("A note.", paper.notes().plainText(), bundle.toString());
        assertEquals(List.of(), paper.sections(), bundle.toString());
        assertEquals(1, talk.furtherReading().size(), bundle.toString());
      }
    }
  }

  @Test
  void sectionAliasesAreRecognisedCaseInsensitively() {
    Paper paper = read("""
        # C
        ## P
        ### Key insights
        - one
        ### discussion
        - why?
        ### Speaker Notes
        hidden
        ### Insight
        A labelled section: only the plural and its aliases make the insights list.
        """).talk().papers().get(0);
    assertEquals(1, paper.insights().size());
    assertEquals("why?", paper.questions().get(0).plainText());
    assertEquals("hidden", paper.notes().plainText());
    assertEquals("Insight", paper.sections().get(0).label());
  }

  @Test
  void authorsSplitOnCommasAndAnd() {
    assertEquals(List.of("A", "B", "C"), PaperMetadata.authors("A, B and C"));
    assertEquals(List.of("A", "B", "C"), PaperMetadata.authors("A, B, and C"));
    assertEquals(List.of("Ann Lee"), PaperMetadata.authors("Ann Lee"));
  }

  @Test
  void metadataKeysAreCaseInsensitive() {
    Paper paper = read("# C\n## P\nAUTHORS: Ann\nlink: https://x.org\n\nBody.\n").talk().papers().get(0);
    assertEquals(List.of("Ann"), paper.authors());
    assertEquals("https://x.org", paper.link());
    assertEquals("Body.", paper.summary().plainText());
  }

  @Test
  void aFirstParagraphThatIsNotMetadataIsSummary() {
    Paper paper = read("# C\n## P\nNote: this is prose, not metadata.\n").talk().papers().get(0);
    assertEquals("Note: this is prose, not metadata.", paper.summary().plainText());
  }

  @Test
  void onlyTheFirstParagraphCanBeMetadata() {
    Paper paper = read("# C\n## P\nSummary first.\n\nAuthors: Not metadata\n").talk().papers().get(0);
    assertEquals(List.of(), paper.authors());
    assertTrue(paper.summary().plainText().contains("Authors: Not metadata"));
  }

  @Test
  void aHeadingThatIsOneLinkSetsThePapersLink() {
    Paper paper = read("# C\n## [Linked title](https://example.org/p)\nText.\n").talk().papers().get(0);
    assertEquals("Linked title", paper.title().plainText());
    assertEquals("https://example.org/p", paper.link());
  }

  @Test
  void furtherReadingEntriesHaveTitlesLinksAndNotes() {
    Talk talk = read(NotesFixture.MINIMAL_PAPER + """

        # Further reading
        1. [Pyraformer: attention](https://example.org/pyraformer)
        2. Large Language Models Can Be Strong Differentially Private Learners
           - Hyperparameters, not the method, were why earlier DP fine-tuning failed.
        3. Title line
           continues as a note.
        """).talk();
    List<Reading> reading = talk.furtherReading();
    assertEquals(3, reading.size());
    assertEquals("Pyraformer: attention", reading.get(0).title().plainText());
    assertEquals("https://example.org/pyraformer", reading.get(0).link());
    assertTrue(reading.get(0).note().isEmpty());
    assertNull(reading.get(1).link());
    assertEquals("Hyperparameters, not the method, were why earlier DP fine-tuning failed.\n",
        reading.get(1).note().plainText());
    assertEquals("Title line", reading.get(2).title().plainText());
    assertEquals("continues as a note.", reading.get(2).note().plainText());
    assertEquals(1, talk.categories().size(), "Further reading is not a category");
  }

  @Test
  void readingListAliasMayComeFirst() {
    Talk talk = read("# Reading list\n- One\n\n" + NotesFixture.MINIMAL_PAPER).talk();
    assertEquals(1, talk.furtherReading().size());
    assertEquals(1, talk.categories().size());
  }

  @Test
  void mathInAllFourDelimitersBecomesMath() {
    Paper paper = read("""
        # C
        ## P
        Inline \\(h_\\gamma\\) and $\\alpha = 1$ but not $5 and $10.

        \\[ \\min Q(\\theta) \\]

        $$x^2$$

        Code `\\(not math\\)` stays.
        """).talk().papers().get(0);
    List<Block> blocks = paper.summary().blocks();
    List<Inline> first = ((Block.Paragraph) blocks.get(0)).inlines();
    assertEquals(new Inline.Math("h_\\gamma"), first.get(1));
    assertEquals(new Inline.Math("\\alpha = 1"), first.get(3));
    assertEquals(new Inline.Text(" but not $5 and $10."), first.get(4));
    assertEquals(new Block.DisplayMath("\\min Q(\\theta)"), blocks.get(1));
    assertEquals(new Block.DisplayMath("x^2"), blocks.get(2));
    assertEquals(new Inline.Code("\\(not math\\)"), ((Block.Paragraph) blocks.get(3)).inlines().get(1));
  }

  @Test
  void mathSpanningALineBreakStaysOneFormula() {
    Paper paper = read("# C\n## P\nText \\(a +\nb\\) end.\n").talk().papers().get(0);
    List<Inline> inlines = ((Block.Paragraph) paper.summary().blocks().get(0)).inlines();
    assertEquals(new Inline.Math("a +\nb"), inlines.get(1));
    assertEquals(new Inline.Text(" end."), inlines.get(2));
  }

  @Test
  void crlfLineEndingsAndABomReadTheSame() {
    String lf = "---\ntitle: T\n---\n# C\n## P\nAuthors: Ann\n\nText \\(x\\).\n";
    String crlf = "\uFEFF" + lf.replace("\n", "\r\n");
    Talk a = read(lf).talk();
    Talk b = read(crlf).talk();
    assertNotNull(b);
    assertEquals(a.info(), b.info());
    assertEquals(a.papers().get(0).summary(), b.papers().get(0).summary());
    assertEquals(a.papers().get(0).authors(), b.papers().get(0).authors());
  }

  @Test
  void tablesAndStrikethroughAreRead() {
    Paper paper = read("# C\n## P\n| a | b |\n|---|---|\n| 1 | ~~2~~ |\n").talk().papers().get(0);
    Block.Table table = (Block.Table) paper.summary().blocks().get(0);
    assertTrue(table.hasHeader());
    assertEquals(2, table.rows().size());
    assertEquals(new Inline.Styled(Inline.Style.STRIKETHROUGH, List.of(new Inline.Text("2"))),
        table.rows().get(1).get(1).get(0));
  }

  @Test
  void warningsDoNotStopTheBuild() {
    ReadResult result = read("# C\n## P\nText with <b>html</b>.\n");
    assertNotNull(result.talk());
    assertFalse(result.hasErrors());
    assertEquals(List.of(), errors(result));
    assertTrue(NotesFixture.headlines(result).contains("talk.md:3:11: warning: raw HTML is not supported"));
  }

  @Test
  void aLoneCarriageReturnEndsALineAsItDoesForTheMarkdownParser() {
    Talk talk = read("# C\r## P\rAuthors: Ann\rLink: https://x.org\r\rBody.\r").talk();
    Paper paper = talk.papers().get(0);
    assertEquals(List.of("Ann"), paper.authors());
    assertEquals("Body.", paper.summary().plainText());
    assertEquals(2, paper.pos().line());
  }
}
