package org.paperdeck.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import java.io.File;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Renders the built-in {@code handout.ftlh} over a hand-made data model shaped as
 * docs/templates.md describes, then lays it out and reads the PDF back with pdftotext.
 *
 * <p>Set {@code -Dpaperdeck.handout.sample=/some/file.pdf} to keep the sample PDF for a look.
 */
class HandoutTemplateIT {
  private static Configuration freemarker;
  private static PdfRenderer.Result sample;
  private static String sampleXhtml;
  private static String sampleText;

  @BeforeAll
  static void renderSample() throws Exception {
    freemarker = new Configuration(Configuration.VERSION_2_3_34);
    freemarker.setRecognizeStandardFileExtensions(true);
    freemarker.setTemplateLoader(new FileTemplateLoader(new File("templates/default")));
    freemarker.setDefaultEncoding("UTF-8");
    freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    freemarker.setLogTemplateExceptions(false);
    freemarker.setFallbackOnNullLoopVariable(false);

    sampleXhtml = render(sampleTalk());
    sample = new PdfRenderer().render(sampleXhtml, URI.create("file:///nonexistent/"));
    String keep = System.getProperty("paperdeck.handout.sample");
    if (keep != null && !sample.hasErrors()) {
      Files.write(Path.of(keep), sample.pdf());
      Files.writeString(Path.of(keep + ".xhtml"), sampleXhtml);
    }
    sampleText = sample.hasErrors() ? "" : Poppler.text(sample.pdf());
  }

  private static String render(Map<String, Object> talk) throws Exception {
    StringWriter out = new StringWriter();
    Map<String, Object> model = new java.util.HashMap<>(Map.of("talk", talk, "vars", Map.of(),
        "output", Map.of("format", "pdf", "paper", "A4"), "deck", Map.of("slides", List.of())));
    model.putAll(org.paperdeck.templates.Labels.builtIn("en")
        .templateModel(HTMLOutputFormat.INSTANCE));
    freemarker.getTemplate("handout.ftlh").process(model, out);
    return out.toString();
  }

  /** Whitespace collapsed, so a phrase is found even where the layout wrapped or spaced it. */
  private static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }

  private static TemplateHTMLOutputModel html(String markup) throws Exception {
    return HTMLOutputFormat.INSTANCE.fromMarkup(markup);
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  static Map<String, Object> sampleTalk() throws Exception {
    Map<String, Object> warmup = map(
        "title", html("Warm-up <i>really</i> matters"),
        "titleText", "Warm-up really matters",
        "number", 1,
        "category", "Training Strategy",
        "authors", List.of("Ada Lovelace", "Alan Turing"),
        "authorsText", "Ada Lovelace and Alan Turing",
        "affiliation", "Analytical Engines Ltd",
        "venue", "ICLR",
        "year", "2022",
        "byline", "Ada Lovelace and Alan Turing · Analytical Engines Ltd · ICLR 2022",
        "link", "https://openreview.net/forum?id=abc123",
        "code", "https://github.com/example/warmup",
        "tags", List.of("optimisation"),
        "summary", html("<p>A linear warm-up of the learning rate <span class=\"math\">η</span>"
            + " keeps Adam stable when <span class=\"math\">β<sub>2</sub> ≥ 0.99</span>.</p>"),
        "insights", List.of(
            html("Warm-up length scales with <span class=\"math\">1/(1 − β<sub>2</sub>)</span>"),
            html("Without warm-up, loss spikes for <b>α</b> ≥ 0.5"),
            html("The effect vanishes with <code>RAdam</code>")),
        "questions", List.of(html("Does it hold for <s>SGD</s> momentum?")),
        "sections", List.of(
            map("label", "Method", "body", html("<p>They sweep γ = 0.9 or 0.99 and θ ≤ 10<sup>3</sup>.</p>")),
            map("label", "Results", "body", html(
                "<table><tr><th>run</th><th>loss</th></tr><tr><td>warm</td><td>0.41</td></tr></table>"))),
        "notes", html("<p>SPEAKER-NOTES-ONLY: remember to mention the ablation.</p>"));
    Map<String, Object> symbolic = map(
        "title", html("Neural symbolic regression"),
        "titleText", "Neural symbolic regression",
        "number", 2,
        "category", "Symbolic Learning",
        "authors", List.of(),
        "byline", "Grace Hopper <b>&\" Co",
        "tags", List.of(),
        "summary", html(""),
        "insights", List.of(html("Transformers recover <span class=\"math\">x<sup>2</sup> + 1</span> exactly")),
        "questions", List.of(),
        "sections", List.of(),
        "notes", html("<p>SPEAKER-NOTES-ONLY too</p>"));
    Map<String, Object> third = map(
        "title", html("Programs as priors"),
        "titleText", "Programs as priors",
        "number", 3,
        "category", "Symbolic Learning",
        "authors", List.of(),
        "tags", List.of(),
        "summary", html("<p>Short.</p>"),
        "insights", List.of(html("Priors compose → search shrinks")),
        "questions", List.of(),
        "sections", List.of(),
        "notes", html(""));
    return map(
        "title", "ICLR 2022 — posters I read",
        "subtitle", "Training strategy & symbolic learning",
        "presenters", List.of("Jane Doe"),
        "presenter", "Jane Doe",
        "date", "2022-05-06",
        "event", "NLP reading group",
        "venue", "ICLR",
        "lang", "en",
        "intro", html("<p>Three papers, one theme: what to do <i>before</i> training.</p>"),
        "categories", List.of(
            map("name", "Training Strategy", "number", 1,
                "description", html("<p>How schedules shape training.</p>"),
                "papers", List.of(warmup)),
            map("name", "Symbolic Learning", "number", 2, "description", html(""),
                "papers", List.of(symbolic, third))),
        "papers", List.of(warmup, symbolic, third),
        "furtherReading", List.of(
            map("title", html("On the variance of the adaptive learning rate"),
                "titleText", "On the variance of the adaptive learning rate",
                "link", "https://arxiv.org/abs/1908.03265",
                "note", html("<p>The RAdam paper.</p>"), "number", 1),
            map("title", html("Deep symbolic regression"),
                "titleText", "Deep symbolic regression",
                "note", html(""), "number", 2)),
        "references", List.of());
  }

  @Test
  void sampleRendersWithoutDiagnostics() {
    assertEquals(List.of(), sample.diagnostics());
  }

  @Test
  void paperTitlesInsightsAndReadingsAppearInOrder() {
    // Labels are set in capitals by the CSS (text-transform), and pdftotext extracts them so.
    String text = flat(sampleText).toLowerCase(java.util.Locale.ROOT);
    int at = 0;
    for (String expected : List.of(
        "ICLR 2022 — posters I read", "Training strategy & symbolic learning", "Jane Doe",
        "NLP reading group · ICLR · 2022-05-06", "what to do before training",
        "Training Strategy", "How schedules shape training",
        "Warm-up really matters", "Ada Lovelace and Alan Turing · Analytical Engines Ltd · ICLR 2022",
        "https://openreview.net/forum?id=abc123", "https://github.com/example/warmup",
        "β2 ≥ 0.99", "Method", "γ = 0.9 or 0.99 and θ ≤ 103", "Results", "warm", "0.41",
        "Warm-up length scales with", "loss spikes for α ≥ 0.5", "The effect vanishes with RAdam",
        "Does it hold for SGD momentum?",
        "Symbolic Learning", "Neural symbolic regression", "Transformers recover",
        "Programs as priors", "Priors compose → search shrinks",
        "Further reading", "On the variance of the adaptive learning rate", "The RAdam paper.",
        "Deep symbolic regression")) {
      int found = text.indexOf(expected.toLowerCase(java.util.Locale.ROOT), at);
      assertTrue(found >= 0, "missing or out of order after offset " + at + ": " + expected
          + "\n" + text);
      at = found + expected.length();
    }
  }

  @Test
  void speakerNotesNeverReachTheHandout() {
    assertFalse(sampleXhtml.contains("SPEAKER-NOTES-ONLY"));
    assertFalse(sampleText.contains("SPEAKER-NOTES-ONLY"));
  }

  @Test
  void plainStringsAreEscapedNotTreatedAsMarkup() {
    assertTrue(sampleXhtml.contains("Grace Hopper &lt;b&gt;&amp;&quot; Co"), sampleXhtml);
    assertTrue(sampleText.contains("Grace Hopper <b>&\" Co"), sampleText);
  }

  @Test
  void footerNumbersEveryPage() {
    String[] pages = sampleText.split("\f");
    int count = (int) java.util.Arrays.stream(pages).filter(p -> !p.isBlank()).count();
    for (int i = 1; i <= count; i++) {
      assertTrue(pages[i - 1].contains("Page " + i + " of " + count), pages[i - 1]);
    }
  }

  @Test
  void noPageIsLeftBlankWhateverTheLengthOfTheHandout() throws Exception {
    // Content ending near the foot of a page once made Flying Saucer add an empty last page;
    // growing the reading list moves the end of the content down the page, past one boundary.
    for (int extra = 0; extra <= 24; extra += 2) {
      Map<String, Object> talk = sampleTalk();
      @SuppressWarnings("unchecked")
      List<Object> readings = new java.util.ArrayList<>((List<Object>) talk.get("furtherReading"));
      for (int i = 0; i < extra; i++) {
        readings.add(map("title", html("Extra reading " + i), "titleText", "Extra reading " + i,
            "note", html("<p>Why it matters, in one line.</p>"), "number", 3 + i));
      }
      talk.put("furtherReading", readings);
      PdfRenderer.Result result =
          new PdfRenderer().render(render(talk), URI.create("file:///nonexistent/"));
      String[] pages = Poppler.text(result.pdf()).split("\f");
      for (int i = 0; i < pages.length; i++) {
        String body = pages[i].replaceAll("Page \\d+ of \\d+", "")
            .replace("ICLR 2022 — posters I read", "").strip();
        assertFalse(body.isEmpty(), "page " + (i + 1) + " is blank with " + extra + " extra");
      }
    }
  }

  @Test
  void pagesAfterTheFirstCarryTheTalkTitleInTheirHeader() throws Exception {
    Map<String, Object> talk = sampleTalk();
    List<Object> readings = new java.util.ArrayList<>();
    for (int i = 0; i < 30; i++) {
      readings.add(map("title", html("Reading " + i), "titleText", "Reading " + i,
          "note", html(""), "number", i + 1));
    }
    talk.put("furtherReading", readings);
    PdfRenderer.Result result =
        new PdfRenderer().render(render(talk), URI.create("file:///nonexistent/"));
    String[] pages = Poppler.text(result.pdf()).split("\f");
    assertTrue(pages.length >= 2);
    assertTrue(pages[1].contains("ICLR 2022 — posters I read"), pages[1]);
    assertEquals(1, pages[0].split("ICLR 2022 — posters I read", -1).length - 1, pages[0]);
  }

  @Test
  void everyFontInTheHandoutIsEmbedded() throws Exception {
    for (Poppler.FontRow font : Poppler.fonts(sample.pdf())) {
      assertTrue(font.embedded(), "not embedded: " + font);
    }
  }

  @Test
  void talkTitleAndPresenterBecomePdfMetadata() throws Exception {
    String info = Poppler.info(sample.pdf());
    assertTrue(info.contains("Title:           ICLR 2022 — posters I read"), info);
    assertTrue(info.contains("Author:          Jane Doe"), info);
  }

  @Test
  void optionalValuesLeftOutLeaveNoTrace() throws Exception {
    Map<String, Object> talk = map(
        "title", "Bare talk", "presenters", List.of(), "lang", "en", "intro", html(""),
        "categories", List.of(), "papers", List.of(map(
            "title", html("Only a title"), "titleText", "Only a title", "number", 1,
            "category", "", "authors", List.of(), "tags", List.of(), "summary", html(""),
            "insights", List.of(), "questions", List.of(), "sections", List.of(),
            "notes", html(""))),
        "furtherReading", List.of(), "references", List.of());
    String xhtml = render(talk);
    PdfRenderer.Result result = new PdfRenderer().render(xhtml, URI.create("file:///nonexistent/"));
    assertEquals(List.of(), result.diagnostics());
    String text = flat(Poppler.text(result.pdf()));
    assertTrue(text.contains("Bare talk"), text);
    assertTrue(text.contains("Only a title"), text);
    assertFalse(text.contains("Further reading"), text);
    assertFalse(text.contains("Key insights"), text);
    assertFalse(xhtml.contains("<meta name=\"author\""), xhtml);
    assertFalse(xhtml.contains("class=\"occasion\""), xhtml);
  }
}
