package org.paperdeck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;
import java.util.Map;
import java.util.concurrent.Callable;
import org.paperdeck.templates.TemplateSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code paperdeck templates list}: the built-in template sets; {@code paperdeck templates
 * export DIR}: a copy of one to start from.
 */
@Command(name = "templates", mixinStandardHelpOptions = true,
    description = "Work with template sets.",
    subcommands = {TemplatesCommand.ListSets.class, TemplatesCommand.Export.class})
final class TemplatesCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(),
        "a templates command is needed: list or export");
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "List the built-in template sets: what each is for, and its own files.")
  static final class ListSets implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      BuiltInSets.print(spec.commandLine().getOut());
      return ExitCode.OK;
    }
  }

  @Command(name = "export", mixinStandardHelpOptions = true,
      description = "Write a built-in template set (deck.ftlx, handout.ftlh, handout.css,"
          + " theme.pptx) and a README.md for template authors into DIR; then build with"
          + " --templates DIR.")
  static final class Export implements Callable<Integer> {
    /** The files of a complete set, in the order a template author meets them. */
    /** The set's files, and the pages of the group's site, which every set shares. */
    static final List<String> FILES = Stream.concat(TemplateSet.FILES.stream(),
        Stream.of("site-index.ftlh", "site-session.ftlh", "site-reading.ftlh", "site-feed.ftlx",
            "site.css")).toList();
    static final String README = "README.md";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The folder to write into (made if missing).")
    Path dir;

    @Option(names = "--set", paramLabel = "NAME",
        description = "The built-in set to export (default: default); files it lacks come from"
            + " the default set, so the copy is complete.")
    String set = TemplateSet.DEFAULT;

    @Option(names = "--force", description = "Overwrite files that are already there.")
    boolean force;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (!TemplateSet.BUILT_IN_NAMES.contains(set)) {
        throw new ParameterException(spec.commandLine(), "--set: no built-in set '" + set
            + "'; the built-in sets are " + String.join(", ", TemplateSet.BUILT_IN_NAMES));
      }
      if (Files.exists(dir) && !Files.isDirectory(dir)) {
        err.println("paperdeck: " + dir + " is a file, not a folder; nothing was written");
        return ExitCode.FAILURE;
      }
      Map<Path, byte[]> files = new LinkedHashMap<>();
      TemplateSet builtIn = TemplateSet.builtIn(set);
      for (String name : FILES) {
        files.put(dir.resolve(name), builtIn.resource(name).orElseThrow().bytes());
      }
      files.put(dir.resolve(README), readme());
      List<String> existing = new ArrayList<>();
      files.keySet().stream().filter(Files::exists)
          .forEach(path -> existing.add(path.getFileName().toString()));
      if (!existing.isEmpty() && !force) {
        // All or nothing: a half-exported set over someone's edits would be worse than none.
        err.println("paperdeck: " + dir + " already has " + String.join(", ", existing)
            + "; nothing was written");
        err.println("  hint: use --force to overwrite them, or export into a new folder");
        return ExitCode.FAILURE;
      }
      try {
        OutputFiles.writeAll(files);
      } catch (IOException e) {
        err.println("paperdeck: cannot write to " + dir + ": " + IoReasons.of(e));
        return ExitCode.FAILURE;
      }
      out.println("wrote the '" + set + "' template set to " + dir + ": "
          + String.join(", ", FILES) + " and " + README);
      out.println("build with it: paperdeck build NOTES --templates " + dir);
      return ExitCode.OK;
    }

    /** The authors' README, shipped inside the jar beside the built-in sets. */
    private static byte[] readme() throws IOException {
      try (InputStream in = TemplatesCommand.class.getResourceAsStream(
          "/org/paperdeck/templates/export-README.md")) {
        if (in == null) {
          throw new IOException("the template README is missing from paperdeck's jar");
        }
        return in.readAllBytes();
      }
    }
  }
}
