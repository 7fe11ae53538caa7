package org.paperdeck.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.paperdeck.notes.NotesReader;
import org.paperdeck.notes.NotesSource;
import org.paperdeck.pipeline.BuildOptions;
import org.paperdeck.templates.RenderLimits;
import org.paperdeck.templates.TemplateSet;

/**
 * paperdeck for Java programs: turns a notes file into the deck and handouts, in memory.
 * Configured once through {@link #builder()}, then used for any number of builds, one at a time:
 * the templates, theme and fonts are loaded once, so later builds are fast.
 *
 * <pre>{@code
 * Paperdeck paperdeck = Paperdeck.builder().templates("compact").paper(Paper.LETTER).build();
 * Result result = paperdeck.build(Path.of("talks/iclr-2022.md"));
 * result.diagnostics().forEach(System.err::println);   // talk.md:12:1: warning: ...
 * if (result.ok()) {
 *   byte[] deck = result.output(Format.PPTX).orElseThrow();
 * }
 * }</pre>
 *
 * <p>Problems with the notes or the templates never throw: they come back as diagnostics in the
 * {@link Result}, and an output is missing when an error stopped it. Exceptions are for mistakes
 * in the configuration ({@link IllegalArgumentException}) and for files that cannot be read when
 * the templates are loaded ({@link IOException}).
 */
public final class Paperdeck {
  private final org.paperdeck.pipeline.Builder pipeline;
  private final BuildOptions options;
  private final List<Format> formats;

  private Paperdeck(
      org.paperdeck.pipeline.Builder pipeline, BuildOptions options, List<Format> formats) {
    this.pipeline = pipeline;
    this.options = options;
    this.formats = formats;
  }

  /** A new configuration: the default template set, its theme, the deck and an A4 PDF. */
  public static Builder builder() {
    return new Builder();
  }

  /** The names of the built-in template sets, the default first. */
  public static List<String> builtInTemplateSets() {
    return TemplateSet.BUILT_IN_NAMES;
  }

  /**
   * Builds the outputs of one notes file (Markdown, or YAML or JSON by extension) in memory.
   * Images and other files the notes name are read relative to the notes' folder, and only from
   * there; diagnostics name the notes by {@code notes} as given.
   */
  public Result build(Path notes) {
    return build(notes, stage -> {});
  }

  /**
   * Builds like {@link #build(Path)}, telling {@code progress} the name of each stage as it
   * starts ("reading talk.md", "rendering the deck"). The deck may be made on a thread of its
   * own: {@code progress} is called from either thread, never from two at once.
   */
  public Result build(Path notes, Consumer<String> progress) {
    return build(Notes.file(notes), progress);
  }

  /**
   * Builds like {@link #build(Path, Consumer)}, from {@link Notes}: notes in memory, or a file
   * read in a named format. Notes in memory give a {@link Result#baseName()} of {@code null}.
   */
  public Result build(Notes notes, Consumer<String> progress) {
    Objects.requireNonNull(progress, "progress");
    NotesSource source = notes.source();
    String baseName = source.file() == null ? null : NotesReader.baseName(source.file());
    return new Result(baseName, formats, pipeline.build(source, options, progress));
  }

  /** The formats each build makes, in the order they are made and reported. */
  public List<Format> formats() {
    return formats;
  }

  /**
   * Makes the next build read the template folder's files again. Templates are read once and
   * kept; a program that lets its user edit them (as {@code paperdeck watch} does) calls this
   * after a change.
   */
  public void reloadTemplates() {
    pipeline.forgetTemplates();
  }

  /**
   * The settings of a {@link Paperdeck}, each with a default, and {@link #build()} to make it.
   * Not thread-safe; one builder can make several {@link Paperdeck}s.
   */
  public static final class Builder {
    private String templates = TemplateSet.DEFAULT;
    private Path templateFolder;
    private Path theme;
    private final Map<String, String> vars = new LinkedHashMap<>();
    private RenderLimits limits = RenderLimits.defaults();
    private List<Format> formats = Format.defaults();
    private Paper paper = Paper.A4;
    private int dpi = BuildOptions.DEFAULT_DPI;

    private Builder() {}

    /**
     * A built-in template set by name ({@link Paperdeck#builtInTemplateSets()}): {@code
     * default}, {@code compact}, {@code slides} or {@code lightning}. Under a {@link
     * #templateFolder}, the set the folder's missing files come from.
     *
     * @throws IllegalArgumentException when there is no built-in set of that name
     */
    public Builder templates(String builtInName) {
      if (!TemplateSet.BUILT_IN_NAMES.contains(builtInName)) {
        throw new IllegalArgumentException("no built-in template set '" + builtInName
            + "'; the built-in sets are " + String.join(", ", TemplateSet.BUILT_IN_NAMES));
      }
      this.templates = builtInName;
      return this;
    }

    /**
     * A folder of your own templates ({@code deck.ftlx}, {@code handout.ftlh}, {@code
     * handout.css}, {@code theme.pptx}, any of them); files it lacks come from the built-in set.
     * Templates may read files from this folder and the notes' folder only.
     *
     * @param folder the folder, or {@code null} for the built-in set alone
     */
    public Builder templateFolder(Path folder) {
      this.templateFolder = folder == null ? null : folder.toAbsolutePath();
      return this;
    }

    /**
     * A PowerPoint theme ({@code .pptx} or {@code .potx}) for the deck, instead of the template
     * set's {@code theme.pptx}.
     *
     * @param file the theme, or {@code null} for the template set's
     */
    public Builder theme(Path file) {
      this.theme = file;
      return this;
    }

    /**
     * A template variable, seen by the templates as {@code vars.KEY}, a string. It wins over the
     * notes' front-matter {@code vars}; {@code labels.KEY} sets one of the templates' fixed words.
     */
    public Builder var(String key, String value) {
      vars.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Every variable of {@code vars}, as {@link #var} sets one. */
    public Builder vars(Map<String, String> vars) {
      vars.forEach(this::var);
      return this;
    }

    /**
     * Which outputs to make (at least one; order does not matter, they are made in {@link
     * Format#all()} order).
     */
    public Builder formats(Format... formats) {
      return formats(Arrays.asList(formats));
    }

    /** Which outputs to make, as {@link #formats(Format...)}. */
    public Builder formats(Collection<Format> formats) {
      if (formats.isEmpty()) {
        throw new IllegalArgumentException("no output format; use any of " + Format.all());
      }
      this.formats = Format.all().stream().filter(formats::contains).toList();
      return this;
    }

    /**
     * How long each template may run before the build stops it with an error at the template's
     * line (default 5 s); raise it for a very large talk.
     */
    public Builder templateTimeLimit(Duration limit) {
      if (limit.isNegative() || limit.isZero()) {
        throw new IllegalArgumentException("the template time limit must be positive");
      }
      this.limits = limits.withTime(limit);
      return this;
    }

    /** The PDF handout's page size (default {@link Paper#A4}). */
    public Builder paper(Paper paper) {
      this.paper = Objects.requireNonNull(paper, "paper");
      return this;
    }

    /**
     * The resolution of the slides' pictures ({@link Format#PNG}), in dots per inch (default
     * {@value org.paperdeck.pipeline.BuildOptions#DEFAULT_DPI}; a 13.33-inch wide slide is then
     * 2,000 pixels wide).
     *
     * @throws IllegalArgumentException outside {@value org.paperdeck.pipeline.BuildOptions#MIN_DPI}
     *     to {@value org.paperdeck.pipeline.BuildOptions#MAX_DPI}
     */
    public Builder dpi(int dpi) {
      if (dpi < BuildOptions.MIN_DPI || dpi > BuildOptions.MAX_DPI) {
        throw new IllegalArgumentException("the resolution must be " + BuildOptions.MIN_DPI
            + " to " + BuildOptions.MAX_DPI + " dpi, not " + dpi);
      }
      this.dpi = dpi;
      return this;
    }

    /**
     * Loads the templates and makes the {@link Paperdeck}.
     *
     * @throws IllegalArgumentException when the template folder is not a folder or the theme
     *     not a file
     * @throws IOException when the template folder cannot be read
     */
    public Paperdeck build() throws IOException {
      if (templateFolder != null && !Files.isDirectory(templateFolder)) {
        throw new IllegalArgumentException("no template folder " + templateFolder);
      }
      if (theme != null && !Files.isRegularFile(theme)) {
        throw new IllegalArgumentException("no theme file " + theme);
      }
      TemplateSet set = new TemplateSet(templateFolder, templates, theme);
      BuildOptions options = new BuildOptions(
          formats.stream().map(Format::output).toList(), paper.size(), dpi);
      return new Paperdeck(new org.paperdeck.pipeline.Builder(set, vars, limits), options,
          formats);
    }
  }
}
