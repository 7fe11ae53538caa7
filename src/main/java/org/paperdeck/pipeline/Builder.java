package org.paperdeck.pipeline;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.paperdeck.deck.DeckWriter;
import org.paperdeck.deck.PlanFiles;
import org.paperdeck.deck.PlanParser;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.handout.HandoutGlyphs;
import org.paperdeck.handout.HtmlWriter;
import org.paperdeck.handout.LocalResources;
import org.paperdeck.handout.PdfRenderer;
import org.paperdeck.handout.SlideImages;
import org.paperdeck.model.Talk;
import org.paperdeck.notes.NotesReader;
import org.paperdeck.notes.ReadResult;
import org.paperdeck.pipeline.BuildOptions.Format;
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
  private volatile boolean warmedUp;

  public Builder(TemplateSet set) throws IOException {
    this(set, Map.of());
  }

  /** @param vars the command line's {@code --var}s, laid over the front matter's {@code vars} */
  public Builder(TemplateSet set, Map<String, String> vars) throws IOException {
    this.templates = new TemplateEngine(set, vars);
  }

  /** The template set outputs are made with. */
  public TemplateSet templateSet() {
    return templates.templateSet();
  }

  /** Makes the next build read the template files again (watch mode: a template changed). */
  public void forgetTemplates() {
    templates.forgetTemplates();
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
   * Builds the outputs {@code options} asks for, in memory. The deck and the handout are
   * independent stages (unless the handout template shows the deck's slides), so on a machine
   * with more than one core the deck is made on a thread of its own while this one makes the
   * handout: a cold build spends most of its time loading and warming up two disjoint sets of
   * classes (POI's and Flying Saucer's), which then happens side by side.
   *
   * @param progress told the name of each stage as it starts, from either thread
   */
  public BuildResult build(
      Path notes, String displayName, BuildOptions options, Consumer<String> progress) {
    Consumer<String> told = stage -> {
      synchronized (progress) {
        progress.accept(stage);
      }
    };
    if (options.wants(Format.PPTX)) {
      warmUpDeck();
    }
    told.accept("reading " + displayName);
    ReadResult read = reader.read(notes, displayName);
    if (read.talk() == null) {
      return new BuildResult(null, null, 0, read.diagnostics(), Map.of());
    }
    Talk talk = read.talk();
    // Each stage reports into lists of its own, joined in a fixed order at the end, so the
    // messages come out the same whichever thread finishes first.
    List<Diagnostic> deckDiagnostics = new ArrayList<>();
    List<Diagnostic> slideDiagnostics = new ArrayList<>();
    List<Diagnostic> handoutDiagnostics = new ArrayList<>();
    Map<String, String> generated = new HashMap<>();
    Instant stamp = Reproducible.sourceDate(talk.info().date(), System.getenv("SOURCE_DATE_EPOCH"));
    FutureTask<DeckWriter.Result> deck = new FutureTask<>(() -> {
      told.accept("rendering the deck");
      DeckWriter.Result written = buildDeck(talk, planFiles(notes), deckDiagnostics, generated);
      // Stamped here, on the deck's thread: rewriting the zip is a tenth of a warm build.
      return written == null ? null : new DeckWriter.Result(
          stampZip(written.pptx(), stamp, deckDiagnostics), written.slideCount(),
          written.diagnostics());
    });
    if (options.wants(Format.PPTX)) {
      startDeck(deck);
    }
    // Run here when nobody started it (the deck is wanted only for the handout's slides);
    // FutureTask.run does nothing when the task is running or done, and get() waits for it.
    Supplier<List<HandoutOutput.Slide>> slides = once(() -> {
      told.accept("drawing the slides for the handout");
      deck.run();
      return drawSlides(await(deck), slideDiagnostics);
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
      told.accept("rendering the handout");
      Rendered xhtml = templates.renderHandout(talk, output);
      handoutDiagnostics.addAll(xhtml.diagnostics());
      templateFailed = xhtml.failed();
      if (!xhtml.failed()) {
        PdfRenderer.Result pdf = pdfRenderer.render(xhtml.text(), base, readable,
            HandoutGlyphs.of(talk, notes));
        handoutDiagnostics.addAll(pdf.diagnostics());
        handout = pdf.hasErrors() ? null : pdf.pdf();
      }
    }
    byte[] html = null;
    if (options.wants(Format.HTML) && !templateFailed) {
      told.accept("writing the HTML handout");
      Rendered xhtml = templates.renderHandout(talk, output.withFormat(HandoutOutput.HTML));
      handoutDiagnostics.addAll(xhtml.diagnostics());
      if (!xhtml.failed()) {
        HtmlWriter.Result written = htmlWriter.write(xhtml.text(), base, readable);
        handoutDiagnostics.addAll(written.diagnostics());
        html = written.hasErrors() ? null : written.html();
      }
    }
    DeckWriter.Result built = options.wants(Format.PPTX) ? await(deck) : null;
    List<Diagnostic> diagnostics = new ArrayList<>(read.diagnostics());
    if (deck.isDone()) {
      diagnostics.addAll(deckDiagnostics);
    }
    diagnostics.addAll(slideDiagnostics);
    diagnostics.addAll(handoutDiagnostics);
    return new BuildResult(
        built == null ? null : built.pptx(),
        handout == null ? null : Reproducible.pdf(handout, stamp), html,
        built == null ? 0 : built.slideCount(), diagnostics, generated, TalkImages.of(talk));
  }

  /**
   * The first build of a JVM spends a third of a second loading POI before it writes a slide;
   * with a spare core that happens while this thread reads the notes. Once per builder: later
   * builds (watch mode) find everything loaded.
   */
  private void warmUpDeck() {
    if (warmedUp || Runtime.getRuntime().availableProcessors() < 2) {
      return;
    }
    warmedUp = true;
    Thread thread = new Thread(() -> {
      try {
        templates.templateSet().resource(THEME)
            .ifPresent(theme -> DeckWriter.warmUp(theme.bytes()));
      } catch (IOException | RuntimeException e) {
        // The build reads the theme again and reports what is wrong with it.
      }
    }, "paperdeck-warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  /** Starts the deck on a thread of its own when there is a core for it, else makes it now. */
  private static void startDeck(FutureTask<DeckWriter.Result> deck) {
    if (Runtime.getRuntime().availableProcessors() < 2) {
      deck.run();
      return;
    }
    Thread thread = new Thread(deck, "paperdeck-deck");
    thread.setDaemon(true); // never keeps the JVM alive after the command is done
    thread.start();
  }

  /** The deck's result; its failures surface here as they would have on this thread. */
  private static DeckWriter.Result await(FutureTask<DeckWriter.Result> deck) {
    try {
      return deck.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the deck was being made", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
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
      public synchronized T get() {
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
