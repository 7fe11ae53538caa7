package org.paperdeck.templates;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import freemarker.ext.beans.BeansWrapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.model.Talk;

/**
 * Renders a talk through the deck and handout templates with one locked-down FreeMarker
 * configuration. Built once per template set; safe to reuse for many talks.
 */
public final class TemplateEngine {
  public static final String DECK_TEMPLATE = "deck.ftlx";
  public static final String HANDOUT_TEMPLATE = "handout.ftlh";
  /** How the text a template generated is named after the template: the deck plan … */
  public static final String PLAN = "[plan]";
  /** … and the handout's XHTML. */
  public static final String XHTML = "[xhtml]";

  static {
    // FreeMarker would otherwise pick a logging library on its own; the terminal is ours.
    System.setProperty("org.freemarker.loggerLibrary", "none");
  }

  /** Where templates are read from; made at once, so that a bad folder fails the constructor. */
  private final TemplateLoader loader;
  /**
   * Made on first use ({@link #configuration()}): by the thread that parses ahead, when one does,
   * since FreeMarker's start is most of a configuration's cost.
   */
  private Configuration configuration;
  /** Templates being parsed ahead ({@link #parseAhead}), by name. */
  private final Map<String, Thread> parsingAhead = new ConcurrentHashMap<>();
  private final TemplateSet set;
  private final Map<String, String> vars;
  private final RenderLimits limits;

  public TemplateEngine(TemplateSet set) throws IOException {
    this(set, Map.of());
  }

  public TemplateEngine(TemplateSet set, Map<String, String> vars) throws IOException {
    this(set, vars, RenderLimits.defaults());
  }

  /**
   * @param vars the command line's {@code --var key=value} pairs: strings, laid over the
   *     front matter's {@code vars} key by key, so one build can change what the notes say
   * @param limits what each render may use
   */
  public TemplateEngine(TemplateSet set, Map<String, String> vars, RenderLimits limits)
      throws IOException {
    this.set = set;
    this.vars = Map.copyOf(vars);
    this.limits = limits;
    this.loader = loader(set);
  }

  public TemplateSet templateSet() {
    return set;
  }

  /**
   * Drops every parsed template, so the next render reads the files again. FreeMarker checks a
   * cached template's file for changes only every few seconds; watch mode calls this when it
   * saw a template file change, so the rebuild it starts shows the change.
   */
  public void forgetTemplates() {
    awaitParsesAhead();
    configuration().clearTemplateCache();
  }

  /**
   * Starts parsing a template on a thread of its own, so that it is ready when a render asks for
   * it: {@code paperdeck plan} parses the deck template (a fifth of its cold run, most of it
   * FreeMarker's own start) while the notes are read on the other core. Parsed once: the render
   * waits for this parse and takes the template from FreeMarker's cache. A template that fails
   * to parse is dropped from the cache again, so the render meets the failure itself and reports
   * it as it always does.
   */
  public void parseAhead(String name) {
    Thread thread = new Thread(null, () -> {
      try {
        configuration().getTemplate(name);
      } catch (IOException | RuntimeException | Error e) {
        // The render parses it again and reports what went wrong, at the template's line or as
        // the build running out of memory; this thread prints nothing of its own.
        configuration().clearTemplateCache();
      }
    }, "paperdeck-parse-ahead", RenderThread.STACK_BYTES);
    thread.setDaemon(true);
    parsingAhead.put(name, thread);
    thread.start();
  }

  public Rendered renderDeckPlan(Talk talk) {
    awaitParsesAhead();
    return render(DECK_TEMPLATE, PLAN, TalkView.of(talk, Dialect.PLAN, vars, set));
  }

  /**
   * A file of the group's site ({@code site-index.ftlh}, {@code site-feed.ftlx} …) from plain
   * data: maps, lists and strings that the pipeline made of many talks.
   */
  public Rendered renderSitePage(String name, Map<String, Object> model) {
    awaitParsesAhead();
    return render(name, "", model);
  }

  public Rendered renderHandout(Talk talk) {
    return renderHandout(talk, HandoutOutput.defaults());
  }

  /**
   * The handout for one output: {@code output} and {@code deck} join {@code talk} and {@code
   * vars}; {@code deck.slides} are {@code output}'s slides.
   */
  public Rendered renderHandout(Talk talk, HandoutOutput output) {
    awaitParsesAhead();
    if (output.slides().isEmpty()) {
      return render(HANDOUT_TEMPLATE, XHTML, handoutModel(talk, output, output.deckModel()));
    }
    int count = output.slides().size();
    return render(HANDOUT_TEMPLATE, XHTML, handoutModel(talk, output, output.deckModel()),
        new RenderGuard.Given(String.format(Locale.ROOT,
            count == 1 ? "%,d slide picture" : "%,d slide pictures", count),
            output.pictureChars()));
  }

  /**
   * The handout for one output if its template does not show the deck's slides; empty if it
   * does, that is if rendering it read {@code deck.slides}: then draw them and call {@link
   * #renderHandout} with them. Drawing slides takes the deck and a second or two; a handout that
   * does not show them should wait for neither. The template sees no slides here, whatever
   * {@code output} holds.
   */
  public Optional<Rendered> renderHandoutWithoutSlides(Talk talk, HandoutOutput output) {
    awaitParsesAhead();
    SlidesProbe deck = new SlidesProbe(configuration().getObjectWrapper());
    Rendered rendered = render(HANDOUT_TEMPLATE, XHTML, handoutModel(talk, output, deck));
    return deck.asked() ? Optional.empty() : Optional.of(rendered);
  }

  private Map<String, Object> handoutModel(Talk talk, HandoutOutput output, Object deck) {
    Map<String, Object> model = new LinkedHashMap<>(TalkView.of(talk, Dialect.XHTML, vars, set));
    model.put("output", output.outputModel());
    model.put("deck", deck);
    return model;
  }

  /**
   * Renders on a thread of its own ({@link RenderThread}), held to the limits by a {@link
   * RenderGuard}: a render that breaks one fails with a single error at the template's line.
   *
   * @param generated what the output's name adds to the template's: {@link #PLAN}, {@link #XHTML}
   */
  private Rendered render(String name, String generated, Object dataModel) {
    return render(name, generated, dataModel, null);
  }

  /** @param given what the model hands the template to print in bulk, or {@code null} */
  private Rendered render(String name, String generated, Object dataModel,
      RenderGuard.Given given) {
    String displayName = displayName(name);
    String sourceName = displayName + generated;
    // Room for each picture printed twice over (a thumbnail and a link to it, say).
    RenderLimits held = given == null ? limits : limits.withRoomFor(2 * given.chars());
    RenderGuard guard = new RenderGuard(held, displayName, this::displayName, given);
    Rendered rendered = RenderThread.run(
        () -> renderGuarded(name, displayName, sourceName, dataModel, guard), guard).orElse(null);
    Diagnostic breach = guard.breach();
    if (breach != null) {
      return new Rendered(null, displayName, sourceName, List.of(breach), OutputOrigins.NONE);
    }
    return rendered;
  }

  private Rendered renderGuarded(String name, String displayName, String sourceName,
      Object dataModel, RenderGuard guard) {
    List<Diagnostic> problems = new ArrayList<>();
    try {
      Template template = configuration().getTemplate(name);
      return process(template, dataModel, displayName, sourceName, guard);
    } catch (TemplateNotFoundException e) {
      problems.add(Diagnostic.error(SourcePos.startOf(displayName), "template not found"));
    } catch (ParseException e) {
      // The syntax error may be in a file the template includes: name that one.
      problems.add(TemplateProblems.syntax(e, e.getTemplateName() == null ? displayName
          : displayName(e.getTemplateName())));
    } catch (TemplateException e) {
      String source = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
      problems.add(TemplateProblems.error(e, displayName(source)));
    } catch (SecurityException e) {
      // FileTemplateLoader's check that a file (a symbolic link) stays inside the folder.
      problems.add(Diagnostic.error(SourcePos.startOf(displayName), "a template file is a link"
          + " to a file outside the template folder; it was not read")
          .withHint("copy the file into the template folder instead of linking to it"));
    } catch (IOException e) {
      problems.add(Diagnostic.error(SourcePos.startOf(displayName),
          "cannot read the template: " + e.getMessage()));
    } catch (RenderGuard.Stop e) {
      // The guard holds what was broken; render() reports it.
    } catch (StackOverflowError e) {
      guard.stackOverflowed();
    } catch (OutOfMemoryError e) {
      // Caught here, after process() returned by throwing: what it held is garbage by now.
      if (!RenderGuard.madeByTheRender(e)) {
        throw e;
      }
      guard.ranOutOfMemory(e);
    }
    return new Rendered(null, displayName, sourceName, problems, OutputOrigins.NONE);
  }

  /**
   * Waits for the templates being parsed ahead. Every public method that touches FreeMarker, the
   * data models included, calls this first: FreeMarker's classes are then never initialised by
   * two threads at once, which could deadlock on a cycle between their static initialisers.
   */
  private void awaitParsesAhead() {
    for (String name : List.copyOf(parsingAhead.keySet())) {
      Thread thread = parsingAhead.remove(name);
      if (thread == null) {
        continue;
      }
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private synchronized Configuration configuration() {
    if (configuration == null) {
      configuration = configure(loader);
    }
    return configuration;
  }

  /** Runs the template; a method of its own so that an error leaves nothing of it reachable. */
  private Rendered process(Template template, Object dataModel, String displayName,
      String sourceName, RenderGuard guard) throws TemplateException, IOException {
    TracingOutput out = new TracingOutput(guard);
    Environment env = template.createProcessingEnvironment(dataModel, out);
    env.setTemplateProcessingTracer(out);
    env.process();
    String text = out.text();
    return new Rendered(text, displayName, sourceName, List.of(),
        out.origins(text, this::displayName));
  }

  /** The path a user would recognise: their folder's file if they have it, else the built-in. */
  String displayName(String name) {
    return set.displayName(name);
  }

  private static TemplateLoader loader(TemplateSet set) throws IOException {
    List<TemplateLoader> loaders = new ArrayList<>();
    if (set.userFolder() != null) {
      // FileTemplateLoader refuses names that resolve outside its folder.
      loaders.add(new FileTemplateLoader(set.userFolder().toFile()));
    }
    for (String folder : set.builtInFolders()) {
      loaders.add(new ClassTemplateLoader(TemplateEngine.class, folder));
    }
    return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
  }

  private static Configuration configure(TemplateLoader loader) {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setTemplateLoader(loader);
    cfg.setDefaultEncoding("UTF-8");
    cfg.setLocalizedLookup(false);
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    // Templates are data in, text out: no reaching into Java.
    cfg.setAPIBuiltinEnabled(false);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
    wrapper.setExposureLevel(BeansWrapper.EXPOSE_NOTHING);
    wrapper.setForceLegacyNonListCollections(false);
    cfg.setObjectWrapper(new XmlSafeWrapper(wrapper));
    return cfg;
  }
}
