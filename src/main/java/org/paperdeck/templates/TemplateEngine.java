package org.paperdeck.templates;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import freemarker.ext.beans.BeansWrapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  static {
    // FreeMarker would otherwise pick a logging library on its own; the terminal is ours.
    System.setProperty("org.freemarker.loggerLibrary", "none");
  }

  private final Configuration configuration;
  private final TemplateSet set;
  private final Map<String, String> vars;

  public TemplateEngine(TemplateSet set) throws IOException {
    this(set, Map.of());
  }

  /**
   * @param vars the command line's {@code --var key=value} pairs: strings, laid over the
   *     front matter's {@code vars} key by key, so one build can change what the notes say
   */
  public TemplateEngine(TemplateSet set, Map<String, String> vars) throws IOException {
    this.set = set;
    this.vars = Map.copyOf(vars);
    this.configuration = configure(set);
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
    configuration.clearTemplateCache();
  }

  public Rendered renderDeckPlan(Talk talk) {
    return render(DECK_TEMPLATE, TalkView.of(talk, Dialect.PLAN, vars, set));
  }

  public Rendered renderHandout(Talk talk) {
    return renderHandout(talk, HandoutOutput.defaults());
  }

  /** The handout for one output: {@code output} and {@code deck} join {@code talk} and {@code vars}. */
  public Rendered renderHandout(Talk talk, HandoutOutput output) {
    Map<String, Object> model = new LinkedHashMap<>(TalkView.of(talk, Dialect.XHTML, vars, set));
    model.put("output", Map.of("format", output.format(), "paper", output.paper()));
    model.put("deck", new LazySlides(output, configuration.getObjectWrapper()));
    return render(HANDOUT_TEMPLATE, model);
  }

  private Rendered render(String name, Object dataModel) {
    String displayName = displayName(name);
    List<Diagnostic> problems = new ArrayList<>();
    try {
      Template template = configuration.getTemplate(name);
      StringWriter out = new StringWriter();
      template.process(dataModel, out);
      return new Rendered(out.toString(), displayName, problems);
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
    }
    return new Rendered(null, displayName, problems);
  }

  /** The path a user would recognise: their folder's file if they have it, else the built-in. */
  String displayName(String name) {
    return set.displayName(name);
  }

  private static Configuration configure(TemplateSet set) throws IOException {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    List<TemplateLoader> loaders = new ArrayList<>();
    if (set.userFolder() != null) {
      // FileTemplateLoader refuses names that resolve outside its folder.
      loaders.add(new FileTemplateLoader(set.userFolder().toFile()));
    }
    for (String folder : set.builtInFolders()) {
      loaders.add(new ClassTemplateLoader(TemplateEngine.class, folder));
    }
    cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
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
    DefaultObjectWrapper built = wrapper.build();
    cfg.setObjectWrapper(built);
    return cfg;
  }
}
