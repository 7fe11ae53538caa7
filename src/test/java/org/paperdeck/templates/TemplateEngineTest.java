package org.paperdeck.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.model.Talk;
import org.paperdeck.notes.NotesReader;
import org.paperdeck.plan.DeckPlan;
import org.paperdeck.plan.PlanBlock;
import org.paperdeck.plan.PlanParser;
import org.paperdeck.plan.SlidePlan;

/** The template stage: a talk in, a deck plan (and handout XHTML) out. */
class TemplateEngineTest {
  @TempDir
  Path dir;

  private static Talk talk(String notes) {
    return new NotesReader().read(notes.getBytes(StandardCharsets.UTF_8), "talk.md",
        Path.of("").toAbsolutePath(), "talk").talk();
  }

  private static final String NOTES = """
      ---
      title: Reading group
      presenter: Jane Doe
      date: 2022-05-06
      ---
      # Training
      ## First paper
      Authors: Ann Lee, Bo Chen and Cy Diaz
      Affiliation: MIT
      Venue: ICLR 2022
      Link: https://example.org/first

      Summary with \\(h_\\gamma\\).

      ### Insights
      1. One.
      2. Two.

      ### Method
      Steps.

      ### Questions
      - Would it scale?

      ### Notes
      Only for the speaker.

      ## Second paper
      Text.

      # Further reading
      - [Pyraformer](https://example.org/pyraformer)
      """;

  @Test
  void defaultDeckTemplatePlansTitleAgendaSectionsPapersAndReading() throws IOException {
    String plan = new TemplateEngine(TemplateSet.builtIn()).renderDeckPlan(talk(NOTES)).text();
    DeckPlan parsed = PlanParser.parse(plan, "plan").plan();
    List<String> roles = parsed.slides().stream()
        .map(slide -> slide.look().role().planName() + " " + slide.look().accent()).toList();
    List<String> titles = parsed.slides().stream().map(SlidePlan::titleText).toList();
    assertEquals(List.of("Reading group", "Agenda", "Training", "First paper", "Second paper",
        "Discussion: Training", "Further reading"), titles);
    // The category's slides share its accent; the talk-wide ones keep the theme's own.
    assertEquals(List.of("title 0", "agenda 0", "section 1", "paper 1", "paper 1",
        "discussion 1", "further-reading 0"), roles);
    assertEquals("Reading group", parsed.footer());
    assertTrue(parsed.slides().get(5).body().toString().contains("Would it scale?"));
    assertTrue(!parsed.slides().get(5).body().toString().contains("Second paper"), "only papers with questions");
    assertEquals(SlidePlan.Overflow.CONTINUE, parsed.slides().get(6).overflow());
    assertEquals("https://example.org/first", parsed.slides().get(3).qrHref());
    assertTrue(plan.contains("<p class=\"byline\">Ann Lee, Bo Chen and Cy Diaz · MIT · ICLR 2022 · <a href=\"https://example.org/first\">paper</a></p>"), plan);
    assertTrue(plan.contains("<subtitle>Jane Doe · 2022-05-06</subtitle>"), plan);
    assertTrue(plan.contains("<math>h_\\gamma</math>"), plan);
    assertTrue(plan.contains("<li>One.</li><li>Two.</li>"), plan);
    assertTrue(plan.contains("<p class=\"label\">Method</p>"), plan);
  }

  private static DeckPlan plan(String notes) throws IOException {
    Rendered rendered = new TemplateEngine(TemplateSet.builtIn()).renderDeckPlan(talk(notes));
    assertEquals(List.of(), rendered.diagnostics());
    return PlanParser.parse(rendered.text(), "plan").plan();
  }

  private static SlidePlan slide(DeckPlan plan, String title) {
    return plan.slides().stream().filter(s -> s.titleText().equals(title)).findFirst()
        .orElseThrow(() -> new AssertionError("no slide " + title));
  }

  /** Each paragraph or list item as one line of its runs' text. */
  private static String text(List<PlanBlock> blocks) {
    StringBuilder out = new StringBuilder();
    for (PlanBlock block : blocks) {
      if (block instanceof PlanBlock.Paragraph p) {
        p.runs().forEach(run -> out.append(run.text()));
        out.append('\n');
      } else if (block instanceof PlanBlock.ListBlock list) {
        for (PlanBlock.Item item : list.items()) {
          item.runs().forEach(run -> out.append(run.text()));
          out.append('\n').append(text(item.children()));
        }
      }
    }
    return out.toString();
  }

  private static final String TIMED = """
      ---
      duration: 20
      ---
      # C
      ## Alpha
      Minutes: 7
      Presenter: Ann Lee

      Text.
      ## Beta
      Text.
      ## Gamma
      Text.
      ## Delta
      Text.
      """;

  @Test
  void theDurationLeftIsSharedEvenlyAndTheFirstPapersTakeTheOddMinutes() throws IOException {
    DeckPlan plan = plan(TIMED);
    String agenda = text(slide(plan, "Agenda").body());
    assertTrue(agenda.contains("Alpha · 7 min · Ann Lee"), agenda);
    // 13 minutes left for three papers: 5, 4, 4.
    assertTrue(agenda.contains("Beta · 5 min") && agenda.contains("Gamma · 4 min")
        && agenda.contains("Delta · 4 min"), agenda);
    assertTrue(text(slide(plan, "Alpha").notes()).startsWith("7 min · minutes 0–7 of 20\n"),
        text(slide(plan, "Alpha").notes()));
    assertTrue(text(slide(plan, "Gamma").notes()).startsWith("4 min · minutes 12–16 of 20\n"),
        text(slide(plan, "Gamma").notes()));
  }

  @Test
  void withoutADurationOnlyGivenMinutesShowAndNoPaperIsTimed() throws IOException {
    DeckPlan plan = plan(TIMED.replace("duration: 20", "title: T"));
    String agenda = text(slide(plan, "Agenda").body());
    assertTrue(agenda.contains("Alpha · 7 min · Ann Lee") && !agenda.contains("Beta ·"), agenda);
    assertTrue(text(slide(plan, "Alpha").notes()).startsWith("7 min · minutes 0–7\n"),
        text(slide(plan, "Alpha").notes()));
    assertTrue(!text(slide(plan, "Beta").notes()).contains(" min"), "no time cue without minutes");
  }

  @Test
  void aPapersPresenterIsOnItsByline() throws IOException {
    PlanBlock first = slide(plan(TIMED), "Alpha").body().get(0);
    assertEquals("byline", ((PlanBlock.Paragraph) first).styleClass());
    assertEquals("presented by Ann Lee\n", text(List.of(first)));
  }

  @Test
  void anAuthorListEndingInEtAlReadsWithoutAnAnd() throws IOException {
    String notes = NOTES.replace("Authors: Ann Lee, Bo Chen and Cy Diaz",
        "Authors: Ann Lee, Bo Chen, et al.");
    String byline = text(List.of(slide(plan(notes), "First paper").body().get(0)));
    assertTrue(byline.startsWith("Ann Lee, Bo Chen et al."), byline);
    assertFalse(byline.contains("and et al."), byline);
  }

  @Test
  void discussionSlidesFollowEachPaperWhenTheNotesAskForIt() throws IOException {
    String asked = NOTES.replace("date: 2022-05-06", "date: 2022-05-06\nvars:\n  discussion: paper");
    List<String> titles = plan(asked).slides().stream().map(SlidePlan::titleText).toList();
    assertEquals(List.of("Reading group", "Agenda", "Training", "First paper",
        "Discussion: First paper", "Second paper", "Further reading"), titles);
    String none = NOTES.replace("date: 2022-05-06", "date: 2022-05-06\nvars:\n  discussion: none");
    assertTrue(plan(none).slides().stream().noneMatch(s -> s.titleText().startsWith("Discussion")));
    String wrong = NOTES.replace("date: 2022-05-06", "date: 2022-05-06\nvars:\n  discussion: talk");
    Rendered rendered = new TemplateEngine(TemplateSet.builtIn()).renderDeckPlan(talk(wrong));
    assertNull(rendered.text());
    assertTrue(rendered.diagnostics().get(0).message()
        .contains("vars.discussion must be category, paper or none"), rendered.diagnostics().toString());
  }

  @Test
  void speakerNotesGoToTheNotesNeverTheSlideFace() throws IOException {
    String plan = new TemplateEngine(TemplateSet.builtIn()).renderDeckPlan(talk(NOTES)).text();
    DeckPlan parsed = PlanParser.parse(plan, "plan").plan();
    SlidePlan first = parsed.slides().get(3);
    assertTrue(first.notes().toString().contains("Only for the speaker."));
    assertTrue(!first.body().toString().contains("Only for the speaker."));
  }

  @Test
  void notesTextIsDataNeverMarkupOrTemplateCode() throws IOException {
    Talk talk = talk("# C\n## ${talk.title} <b>bold</b> & \"q\"\nText `<#list x>`.\n");
    TemplateEngine engine = new TemplateEngine(TemplateSet.builtIn());
    String plan = engine.renderDeckPlan(talk).text();
    assertTrue(plan.contains("<title>${talk.title} &lt;b&gt;bold&lt;/b&gt; &amp; &quot;q&quot;</title>"), plan);
    assertTrue(plan.contains("<code>&lt;#list x&gt;</code>"), plan);
    String xhtml = engine.renderHandout(talk).text();
    assertTrue(xhtml.contains("${talk.title} &lt;b&gt;bold&lt;/b&gt; &amp; &quot;q&quot;"), xhtml);
  }

  @Test
  void aUserTemplateOverridesTheBuiltInFileByFile() throws IOException {
    Files.writeString(dir.resolve("deck.ftlx"), "<deck><slide layout=\"Title Only\"><title>${talk.title}</title></slide></deck>");
    TemplateEngine engine = new TemplateEngine(new TemplateSet(dir));
    Rendered plan = engine.renderDeckPlan(talk(NOTES));
    assertEquals("<deck><slide layout=\"Title Only\"><title>Reading group</title></slide></deck>", plan.text());
    assertEquals(dir.resolve("deck.ftlx").toString(), plan.templateName());
    assertTrue(engine.renderHandout(talk(NOTES)).text().contains("Reading group"), "handout falls back to the default");
  }

  @Test
  void aTemplateErrorNamesTheTemplateLineAndColumn() throws IOException {
    Files.writeString(dir.resolve("deck.ftlx"), "<deck>\n  ${talk.nosuch}\n</deck>");
    Rendered plan = new TemplateEngine(new TemplateSet(dir)).renderDeckPlan(talk(NOTES));
    assertNull(plan.text());
    String headline = plan.diagnostics().get(0).headline();
    assertTrue(headline.startsWith(dir.resolve("deck.ftlx") + ":2:5: error: template error: "), headline);
    assertTrue(headline.contains("talk.nosuch"), headline);
  }

  @Test
  void aTemplateSyntaxErrorIsADiagnostic() throws IOException {
    Files.writeString(dir.resolve("deck.ftlx"), "<deck>\n<#if>\n</deck>");
    Rendered plan = new TemplateEngine(new TemplateSet(dir)).renderDeckPlan(talk(NOTES));
    assertNull(plan.text());
    assertTrue(plan.diagnostics().get(0).headline().startsWith(dir.resolve("deck.ftlx") + ":2:"),
        plan.diagnostics().get(0).headline());
  }

  @Test
  void templatesCannotReachIntoJava() throws IOException {
    Files.writeString(dir.resolve("deck.ftlx"),
        "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
    Rendered newed = new TemplateEngine(new TemplateSet(dir)).renderDeckPlan(talk(NOTES));
    assertNull(newed.text());
    Files.writeString(dir.resolve("deck.ftlx"), "${talk?api.getClass()}");
    Rendered api = new TemplateEngine(new TemplateSet(dir)).renderDeckPlan(talk(NOTES));
    assertNull(api.text());
  }

  @Test
  void aBuiltInSetFallsBackToTheDefaultSetFileByFile() throws IOException {
    TemplateEngine engine = new TemplateEngine(TemplateSet.builtIn("compact"));
    Rendered handout = engine.renderHandout(talk(NOTES));
    assertEquals("templates/compact/handout.ftlh", handout.templateName());
    assertTrue(handout.text().contains("class=\"columns\""), handout.text());
    assertEquals("templates/default/deck.ftlx", engine.renderDeckPlan(talk(NOTES)).templateName());
  }

  @Test
  void slidesAreDrawnOnlyForATemplateThatShowsThem() throws IOException {
    HandoutOutput output = new HandoutOutput("pdf", "letter",
        List.of(new HandoutOutput.Slide(1, "Reading group", "data:image/png;base64,AAAA")));
    Optional<Rendered> withoutSlides =
        new TemplateEngine(TemplateSet.builtIn()).renderHandoutWithoutSlides(talk(NOTES), output);
    assertTrue(withoutSlides.isPresent(), "the default handout never asks for slides");
    Rendered plain = withoutSlides.get();
    assertTrue(plain.text().contains("@page { size: letter; }"), plain.text());
    TemplateEngine slidesSet = new TemplateEngine(TemplateSet.builtIn("slides"));
    assertTrue(slidesSet.renderHandoutWithoutSlides(talk(NOTES), output).isEmpty(),
        "the slides handout asks for them");
    Rendered slides = slidesSet.renderHandout(talk(NOTES), output);
    assertTrue(slides.text().contains("<img src=\"data:image/png;base64,AAAA\" alt=\"Slide 1: Reading group\"/>"),
        slides.text());
  }

  @Test
  void theSlidePicturesAHandoutIsGivenHaveRoomBeyondTheOutputLimit() throws IOException {
    String picture = "data:image/png;base64," + "A".repeat(30_000);
    List<HandoutOutput.Slide> slides = List.of(new HandoutOutput.Slide(1, "One", picture),
        new HandoutOutput.Slide(2, "Two", picture), new HandoutOutput.Slide(3, "Three", picture));
    RenderLimits small = new RenderLimits(RenderLimits.DEFAULT_TIME, 100, 50_000);
    HandoutOutput output = HandoutOutput.defaults().withSlides(slides);
    Rendered handout = new TemplateEngine(TemplateSet.builtIn("slides"), Map.of(), small)
        .renderHandout(talk(NOTES), output);
    assertEquals(List.of(), handout.diagnostics());
    assertEquals(3, handout.text().split(picture, -1).length - 1, "every picture is printed");

    // Printed three times over, they are more than the room the template was given.
    Files.writeString(dir.resolve("handout.ftlh"), "<#list 1..3 as n><#list deck.slides as s>"
        + "<img src=\"${s.image}\"/></#list></#list>");
    Rendered repeated = new TemplateEngine(new TemplateSet(dir), Map.of(), small)
        .renderHandout(talk(NOTES), output);
    assertNull(repeated.text());
    String headline = repeated.diagnostics().get(0).headline();
    assertTrue(headline.contains(":1:") && headline.contains("error: template printed more than"),
        headline);
  }
}
