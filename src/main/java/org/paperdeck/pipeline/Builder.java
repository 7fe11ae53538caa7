package org.paperdeck.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.files.FileRoots;
import org.paperdeck.handout.HandoutGlyphs;
import org.paperdeck.math.MathCheck;
import org.paperdeck.math.MathRenderer;
import org.paperdeck.model.Talk;
import org.paperdeck.notes.NotesReader;
import org.paperdeck.notes.NotesSource;
import org.paperdeck.notes.ReadResult;
import org.paperdeck.plan.PlanParser;
import org.paperdeck.pptx.DeckWriter;
import org.paperdeck.render.SlideImages;
import org.paperdeck.pptx.ThemeLimits;
import org.paperdeck.templates.Rendered;
import org.paperdeck.templates.RenderLimits;
import org.paperdeck.templates.TemplateEngine;
import org.paperdeck.templates.TemplateSet;

/**
 * Builds the outputs a build asks for ({@link Outputs}) from notes, stage by stage, stopping at
 * the first stage with errors: reads the notes, starts the deck when an output needs it, and has
 * each output make its bytes from what the build computed ({@link BuildContext}).
 */
public final class Builder {
  private static final String THEME = TemplateSet.THEME;
  /**
   * Set by the launcher on the run that records the class-data archive: the warm-up then also
   * loads the formula typesetter, which a talk loads only when a formula needs a picture, so that
   * the archive covers a build of any talk, whichever talk the first build was of.
   */
  static final String RECORDING_CLASSES = "paperdeck.recordingClasses";

  private final NotesReader reader = new NotesReader();
  private final TemplateEngine templates;
  /**
   * The deck's writer and the slides' painter, made by the first build that needs them: {@code
   * paperdeck plan} reads and renders through this class too, and must not load POI or java.awt.
   */
  private DeckWriter deckWriter;
  /** Draws the slides for the png output and the handout; remembers them across builds. */
  private SlideImages pictures;
  private volatile boolean warmedUp;

  public Builder(TemplateSet set) throws IOException {
    this(set, Map.of());
  }

  /** @param vars the command line's {@code --var}s, laid over the front matter's {@code vars} */
  public Builder(TemplateSet set, Map<String, String> vars) throws IOException {
    this(set, vars, RenderLimits.defaults());
  }

  /** @param limits what each render of a template may use */
  public Builder(TemplateSet set, Map<String, String> vars, RenderLimits limits)
      throws IOException {
    this.templates = new TemplateEngine(set, vars, limits);
  }

  /** The template set outputs are made with. */
  public TemplateSet templateSet() {
    return templates.templateSet();
  }

  /** Makes the next build read the template files again (watch mode: a template changed). */
  public void forgetTemplates() {
    templates.forgetTemplates();
  }

  /**
   * Whether the notes' text opens display math ({@code \[} or two dollar signs), which is always
   * typeset as a picture: a guess, made before reading, that the typesetter will be needed. A
   * wrong guess costs only time.
   */
  private static boolean mayHoldDisplayMath(NotesSource notes) {
    if (Runtime.getRuntime().availableProcessors() < 2) {
      return false;
    }
    try {
      byte[] text = notes.read();
      for (int i = 0; i + 1 < text.length; i++) {
        if ((text[i] == '\\' && text[i + 1] == '[') || (text[i] == '$' && text[i + 1] == '$')) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      return false; // reading says why
    }
  }

  /** Reads the notes only, for commands that need the talk but not the outputs. */
  public ReadResult read(Path notes, String displayName) {
    return read(NotesSource.file(notes, displayName));
  }

  /** Reads the notes only, from a file or from memory. */
  public ReadResult read(NotesSource notes) {
    return TooDeep.guard(() -> reader.read(notes), notes.displayName(),
        "the notes nest too deeply to be read", tooDeep -> new ReadResult(null, List.of(tooDeep)));
  }

  /**
   * Reads the notes for a {@link #plan}: as {@link #read(NotesSource)}, but a formula the plain
   * check accepts is not given to the typesetter, which a plan never needs.
   */
  public ReadResult readForPlan(NotesSource notes) {
    return MathCheck.plainFirst(() -> read(notes));
  }

  /**
   * Starts parsing the deck template on a thread of its own, for a {@link #plan} after the notes
   * are read: the two then happen side by side.
   */
  public void planAhead() {
    templates.parseAhead(TemplateEngine.DECK_TEMPLATE);
  }

  /** The deck plan the deck template makes of the notes, for {@code paperdeck plan}. */
  public Rendered plan(Talk talk) {
    return templates.renderDeckPlan(talk);
  }

  /** Builds the default outputs ({@link Outputs#DEFAULT_NAMES}) in memory. */
  public BuildResult build(Path notes, String displayName, Consumer<String> progress) {
    return build(notes, displayName, BuildOptions.defaults(), progress);
  }

  /**
   * Builds the outputs {@code options} asks for, in memory. The deck and the handout are
   * independent stages (unless the handout template shows the deck's slides), so on a machine
   * with more than one core the deck is made on a thread of its own while this one makes the
   * outputs that do not need it: a cold build spends most of its time loading and warming up two
   * disjoint sets of classes (POI's and Flying Saucer's), which then happens side by side.
   *
   * @param progress told the name of each stage as it starts, from either thread
   */
  public BuildResult build(
      Path notes, String displayName, BuildOptions options, Consumer<String> progress) {
    return build(NotesSource.file(notes, displayName), options, progress);
  }

  /** Builds like {@link #build(Path, String, BuildOptions, Consumer)}, from a file or from memory. */
  public BuildResult build(NotesSource notes, BuildOptions options, Consumer<String> progress) {
    String displayName = notes.displayName();
    Consumer<String> told = stage -> {
      synchronized (progress) {
        progress.accept(stage);
      }
    };
    if (options.wantsDeck()) {
      warmUpDeck();
    }
    // Starting the formula typesetter takes a third of a second of a cold build. The reading
    // answers plain formulas without it (MathCheck), so a talk whose formulas are all plain and
    // draws none never starts it; display math is always drawn, so notes that look as if they
    // hold some have it start on a spare core while they are read.
    if (mayHoldDisplayMath(notes)) {
      MathCheck.startAhead();
    }
    told.accept("reading " + displayName);
    ReadResult read = MathCheck.plainFirst(() -> read(notes));
    if (read.talk() == null) {
      return new BuildResult(Map.of(), 0, read.diagnostics(), Map.of(), List.of(), null,
          List.of());
    }
    Talk talk = read.talk();
    // Each stage reports into lists of its own, joined in a fixed order at the end, so the
    // messages come out the same whichever thread finishes first.
    List<Diagnostic> deckDiagnostics = new ArrayList<>();
    // Written by the deck's thread and this one.
    Map<String, String> generated = new ConcurrentHashMap<>();
    Instant stamp = Reproducible.sourceDate(talk.info().date(), System.getenv("SOURCE_DATE_EPOCH"));
    // Pictures, images and stylesheets come from the notes' folder and the user's template
    // folder only, whichever template names them.
    FileRoots readable = FileRoots.of(notes.folder(),
        templates.templateSet().userFolder());
    String planName = planSourceName(templates.templateSet().displayName(TemplateEngine.DECK_TEMPLATE));
    FutureTask<DeckWriter.Result> deck = new FutureTask<>(() -> {
      told.accept("rendering the deck");
      DeckWriter.Result written = TooDeep.guard(
          () -> buildDeck(talk, readable, deckDiagnostics, generated, stamp), planName,
          "the deck plan nests too deeply to be made into slides", tooDeep -> {
            deckDiagnostics.add(tooDeep);
            return null;
          });
      return written;
    });
    if (options.wantsDeck()) {
      startDeck(deck);
    }
    Path folder = notes.folder();
    // The handout reads files from the notes' folder and the user's template folder only.
    BuildContext context = new BuildContext(talk, options.paper(), options.dpi(), pictures(), stamp, folder.toUri(),
        readable, templates, told,
        () -> {
          // Made here when nobody started it (the deck is wanted only for the handout's
          // slides); FutureTask.run does nothing when the task is running or done.
          deck.run();
          return await(deck);
        }, generated, HandoutGlyphs.of(talk, folder, notes::read));
    // What does not need the deck first, on this thread, while the deck's thread makes it.
    Map<Output, Output.Result> made = new HashMap<>();
    for (Output output : options.formats()) {
      if (!output.needsDeck()) {
        made.put(output, make(output, context));
      }
    }
    for (Output output : options.formats()) {
      if (output.needsDeck()) {
        made.put(output, make(output, context));
      }
    }
    // The deck's messages count whenever it was made, for an output or the handout's slides.
    DeckWriter.Result built = options.wantsDeck() || deck.isDone() ? await(deck) : null;
    List<Diagnostic> diagnostics = new ArrayList<>(read.diagnostics());
    if (deck.isDone()) {
      diagnostics.addAll(deckDiagnostics);
    }
    diagnostics.addAll(context.slideDiagnostics());
    Map<Output, List<byte[]>> outputs = new LinkedHashMap<>();
    for (Output output : options.formats()) {
      diagnostics.addAll(made.get(output).diagnostics());
      if (made.get(output).files() != null) {
        outputs.put(output, made.get(output).files());
      }
    }
    return new BuildResult(outputs, built == null ? 0 : built.slideCount(), diagnostics,
        generated, TalkImages.of(talk), talk.info().title(),
        built == null ? List.of() : built.slides());
  }

  private synchronized DeckWriter deckWriter() {
    if (deckWriter == null) {
      deckWriter = new DeckWriter();
    }
    return deckWriter;
  }

  private synchronized SlideImages pictures() {
    if (pictures == null) {
      pictures = new SlideImages();
    }
    return pictures;
  }

  /** One output; Java's stack running out there is the handout's error (the deck has its own). */
  private Output.Result make(Output output, BuildContext context) {
    String handout = templates.templateSet().displayName(TemplateEngine.HANDOUT_TEMPLATE)
        + TemplateEngine.XHTML;
    return TooDeep.guard(() -> output.make(context), handout,
        "the handout nests too deeply to be laid out", tooDeep ->
            new Output.Result((byte[]) null, List.of(tooDeep)));
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
        theme().ifPresent(theme -> DeckWriter.warmUp(theme.bytes()));
        if (Boolean.getBoolean(RECORDING_CLASSES)) {
          MathRenderer.warmUp();
        }
      } catch (IOException | RuntimeException | Error e) {
        // The build reads the theme again and reports what is wrong with it, or that Java ran
        // out of memory, however that reached this thread (an OutOfMemoryError, a class left
        // uninitialised by one, or the InternalError a lambda's linking wraps one in). This
        // thread must not print a stack trace of its own after that message.
      }
    }, "paperdeck-warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * The template set's theme. One shipped with paperdeck is handed to the deck writer as one:
   * the checks a user's theme file gets before it is opened are left out for it.
   */
  private Optional<TemplateSet.Resource> theme() throws IOException {
    var theme = templates.templateSet().resource(THEME, ThemeLimits.MAX_FILE_BYTES);
    theme.filter(TemplateSet.Resource::builtIn)
        .ifPresent(shipped -> DeckWriter.shipped(shipped.bytes()));
    return theme;
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

  /** The deck plan through the deck writer; {@code null} when either reported errors. */
  private DeckWriter.Result buildDeck(Talk talk, FileRoots files,
      List<Diagnostic> diagnostics, Map<String, String> generated, Instant stamp) {
    Rendered planText = templates.renderDeckPlan(talk);
    diagnostics.addAll(planText.diagnostics());
    if (planText.failed()) {
      return null;
    }
    // Problems in the plan are at plan lines, not template lines: name them as the plan.
    String planName = planText.sourceName();
    generated.put(planName, planText.text());
    PlanParser.Result plan = PlanParser.parse(planText.text(), planName, files);
    diagnostics.addAll(PlanHints.withPlanHint(plan.diagnostics(), planText));
    return plan.ok() ? writeDeck(plan, planText, diagnostics, stamp) : null;
  }

  /** How messages name the deck plan a template produced: "TEMPLATE[plan]". */
  public static String planSourceName(String templateName) {
    return templateName + TemplateEngine.PLAN;
  }

  private DeckWriter.Result writeDeck(
      PlanParser.Result plan, Rendered planText, List<Diagnostic> diagnostics, Instant stamp) {
    try {
      var theme = theme();
      if (theme.isEmpty()) {
        diagnostics.add(Diagnostic.error(SourcePos.startOf(THEME), "no theme.pptx in the template set"));
        return null;
      }
      DeckWriter.Result written =
          deckWriter().write(plan.plan(), theme.get().bytes(), theme.get().displayName(),
              planText.sourceName(), Reproducible.zipTime(stamp));
      diagnostics.addAll(PlanHints.withPlanHint(written.diagnostics(), planText));
      return written.pptx() == null ? null : written;
    } catch (IOException e) {
      diagnostics.add(Diagnostic.error(SourcePos.startOf(templates.templateSet().displayName(THEME)),
          "cannot read the theme: " + e.getMessage()));
      return null;
    }
  }
}
