package org.paperdeck.build;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.paperdeck.deck.DeckWriter;
import org.paperdeck.deck.PlanFiles;
import org.paperdeck.deck.PlanParser;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.build.BuildOptions.Format;
import org.paperdeck.handout.HtmlWriter;
import org.paperdeck.handout.LocalResources;
import org.paperdeck.handout.PdfRenderer;
import org.paperdeck.handout.SlideImages;
import org.paperdeck.model.Talk;
import org.paperdeck.notes.NotesReader;
import org.paperdeck.notes.ReadResult;
import org.paperdeck.templates.HandoutOutput;
import org.paperdeck.templates.Rendered;
import org.paperdeck.templates.TemplateEngine;
import org.paperdeck.templates.TemplateSet;

/**
 * Builds a deck and a handout (PDF, HTML or both) from notes, stage by stage, stopping at the
 * first stage with errors.
 */
public final class Builder {
  private static final String THEME = TemplateSet.THEME;

  private final NotesReader reader = new NotesReader();
  private final TemplateEngine templates;
  private final DeckWriter deckWriter = new DeckWriter();
  private final PdfRenderer pdfRenderer = new PdfRenderer();
  private final HtmlWriter htmlWriter = new HtmlWriter();

  public Builder(TemplateSet set) throws IOException {
    this(set, Map.of());
  }

  /** @param vars the command line's {@code --var}s, laid over the front matter's {@code vars} */
  public Builder(TemplateSet set, Map<String, String> vars) throws IOException {
    this.templates = new TemplateEngine(set, vars);
  }

  /** Reads the notes only, for commands that need the talk but not the outputs. */
  public ReadResult read(Path notes, String displayName) {
    return reader.read(notes, displayName);
  }

  /** The deck plan the deck template makes of the notes, for {@code paperdeck plan}. */
  public Rendered plan(Talk talk) {
    return templates.renderDeckPlan(talk);
  }

  /** Builds the deck and the A4 PDF handout in memory. */
  public BuildResult build(Path notes, String displayName, Consumer<String> progress) {
    return build(notes, displayName, BuildOptions.defaults(), progress);
  }

  /**
   * Builds the outputs {@code options} asks for, in memory.
   *
   * @param progress told the name of each stage as it starts
   */
  public BuildResult build(
      Path notes, String displayName, BuildOptions options, Consumer<String> progress) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    progress.accept("reading " + displayName);
    ReadResult read = reader.read(notes, displayName);
    diagnostics.addAll(read.diagnostics());
    if (read.talk() == null) {
      return new BuildResult(null, null, 0, diagnostics, Map.of());
    }
    Talk talk = read.talk();
    Map<String, String> generated = new HashMap<>();

    // The deck is built when asked for, or when the handout template reads deck.slides.
    Supplier<DeckWriter.Result> deck = once(() -> {
      progress.accept("rendering the deck");
      return buildDeck(talk, planFiles(notes), diagnostics, generated);
    });
    if (options.wants(Format.PPTX)) {
      deck.get();
    }
    Supplier<List<HandoutOutput.Slide>> slides = once(() -> {
      progress.accept("drawing the slides for the handout");
      return drawSlides(deck.get(), diagnostics);
    });
    URI base = notes.toAbsolutePath().getParent().toUri();
    // The handout reads files from the notes' folder and the user's template folder only.
    LocalResources readable = LocalResources.under(notes.toAbsolutePath().getParent(),
        templates.templateSet().userFolder());
    HandoutOutput output =
        new HandoutOutput(HandoutOutput.PDF, options.paper().css(), slides);

    byte[] handout = null;
    boolean templateFailed = false;
    if (options.wants(Format.PDF)) {
      progress.accept("rendering the handout");
      Rendered xhtml = templates.renderHandout(talk, output);
      diagnostics.addAll(xhtml.diagnostics());
      templateFailed = xhtml.failed();
      if (!xhtml.failed()) {
        PdfRenderer.Result pdf = pdfRenderer.render(xhtml.text(), base, readable);
        diagnostics.addAll(pdf.diagnostics());
        handout = pdf.hasErrors() ? null : pdf.pdf();
      }
    }
    byte[] html = null;
    if (options.wants(Format.HTML) && !templateFailed) {
      progress.accept("writing the HTML handout");
      Rendered xhtml = templates.renderHandout(talk, output.withFormat(HandoutOutput.HTML));
      diagnostics.addAll(xhtml.diagnostics());
      if (!xhtml.failed()) {
        HtmlWriter.Result written = htmlWriter.write(xhtml.text(), base, readable);
        diagnostics.addAll(written.diagnostics());
        html = written.hasErrors() ? null : written.html();
      }
    }
    DeckWriter.Result built = options.wants(Format.PPTX) ? deck.get() : null;
    Instant stamp = Reproducible.sourceDate(talk.info().date(), System.getenv("SOURCE_DATE_EPOCH"));
    return new BuildResult(
        built == null || built.pptx() == null ? null : stampZip(built.pptx(), stamp, diagnostics),
        handout == null ? null : Reproducible.pdf(handout, stamp), html,
        built == null ? 0 : built.slideCount(), diagnostics, generated);
  }

  private static byte[] stampZip(byte[] pptx, Instant stamp, List<Diagnostic> diagnostics) {
    try {
      return Reproducible.zip(pptx, stamp);
    } catch (IOException e) {
      diagnostics.add(Diagnostic.error(SourcePos.startOf(THEME), "cannot finish the deck: " + e.getMessage()));
      return null;
    }
  }

  /** The deck plan through the deck writer; {@code null} when either reported errors. */
  private DeckWriter.Result buildDeck(Talk talk, PlanFiles files,
      List<Diagnostic> diagnostics, Map<String, String> generated) {
    Rendered planText = templates.renderDeckPlan(talk);
    diagnostics.addAll(planText.diagnostics());
    if (planText.failed()) {
      return null;
    }
    // Problems in the plan are at plan lines, not template lines: name them as the plan.
    String planName = planSourceName(planText.templateName());
    generated.put(planName, planText.text());
    PlanParser.Result plan = PlanParser.parse(planText.text(), planName, files);
    diagnostics.addAll(PlanHints.withPlanHint(plan.diagnostics(), planName));
    return plan.ok() ? writeDeck(plan, planName, diagnostics) : null;
  }

  private static List<HandoutOutput.Slide> drawSlides(
      DeckWriter.Result deck, List<Diagnostic> diagnostics) {
    if (deck == null) {
      return List.of(); // the deck's own errors are reported already
    }
    try {
      return SlideImages.draw(deck.pptx()).stream()
          .map(s -> new HandoutOutput.Slide(s.number(), s.title(), s.dataUri()))
          .toList();
    } catch (IOException | RuntimeException e) {
      diagnostics.add(Diagnostic.error(SourcePos.startOf(TemplateEngine.HANDOUT_TEMPLATE),
          "the deck's slides could not be drawn for the handout: " + e.getMessage()));
      return List.of();
    }
  }

  /** Pictures in the plan come from the notes file's folder or the user's template folder. */
  private PlanFiles planFiles(Path notes) {
    List<Path> roots = new ArrayList<>();
    roots.add(notes.toAbsolutePath().getParent());
    if (templates.templateSet().userFolder() != null) {
      roots.add(templates.templateSet().userFolder());
    }
    return new PlanFiles(roots);
  }

  /** A supplier that computes its value at most once. */
  private static <T> Supplier<T> once(Supplier<T> compute) {
    return new Supplier<>() {
      private boolean done;
      private T value;

      @Override
      public T get() {
        if (!done) {
          value = compute.get();
          done = true;
        }
        return value;
      }
    };
  }

  /** How messages name the deck plan a template produced: "TEMPLATE[plan]". */
  public static String planSourceName(String templateName) {
    return templateName + "[plan]";
  }

  private DeckWriter.Result writeDeck(
      PlanParser.Result plan, String planName, List<Diagnostic> diagnostics) {
    try {
      var theme = templates.templateSet().resource(THEME);
      if (theme.isEmpty()) {
        diagnostics.add(Diagnostic.error(SourcePos.startOf(THEME), "no theme.pptx in the template set"));
        return null;
      }
      DeckWriter.Result written =
          deckWriter.write(plan.plan(), theme.get().bytes(), theme.get().displayName(),
              planName);
      diagnostics.addAll(PlanHints.withPlanHint(written.diagnostics(), planName));
      return written.pptx() == null ? null : written;
    } catch (IOException e) {
      diagnostics.add(Diagnostic.error(SourcePos.startOf(THEME), "cannot read the theme: " + e.getMessage()));
      return null;
    }
  }
}
