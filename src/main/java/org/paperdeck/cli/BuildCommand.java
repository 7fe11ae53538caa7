package org.paperdeck.cli;

import java.io.IOException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.paperdeck.build.BuildOptions;
import org.paperdeck.build.BuildOptions.Format;
import org.paperdeck.build.BuildResult;
import org.paperdeck.build.Builder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code paperdeck build NOTES}: writes NAME.pptx and NAME.pdf (and NAME.html if asked). */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Build the deck (NAME.pptx) and the handout (NAME.pdf, NAME.html) from a notes file.")
final class BuildCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "NOTES", description = "The notes file (Markdown).")
  Path notes;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "Where to write the outputs (default: beside the notes file).")
  Path output;

  @Mixin
  TemplateOptions templateOptions;

  @Mixin
  OutputOptions outputOptions;

  @Mixin
  VarOptions varOptions;

  @Option(names = "--theme", paramLabel = "FILE",
      description = "A PowerPoint theme (.pptx or .potx) for the deck instead of the template"
          + " set's theme.pptx; see 'paperdeck theme inspect FILE'.")
  Path theme;

  @Option(names = {"-q", "--quiet"}, description = "Print errors only.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Print each stage and its time.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    var err = spec.commandLine().getErr();
    var out = spec.commandLine().getOut();
    String name = baseName(notes);
    Path dir = output != null ? output : notes.toAbsolutePath().getParent();
    long start = System.nanoTime();
    if (!quiet && !verbose && System.console() != null) {
      // A build takes seconds; at a terminal, say so before the wait rather than after.
      err.println("paperdeck: building " + notes + " ...");
      err.flush();
    }
    Builder builder = new Builder(templateOptions.set(spec, theme), varOptions.vars(spec));
    BuildOptions options = outputOptions.options();
    BuildResult result = builder.build(notes, notes.toString(), options, stage -> {
      if (verbose) {
        long now = System.nanoTime();
        err.printf("paperdeck: %s (%d ms so far)%n", stage, (now - start) / 1_000_000);
        err.flush();
      }
    });
    DiagnosticPrinter printer = new DiagnosticPrinter(err);
    result.generated().forEach(printer::source);
    printer.print(result.diagnostics(), !quiet);
    if (result.hasErrors()
        || options.formats().stream().anyMatch(format -> result.output(format) == null)) {
      long errors = result.diagnostics().stream().filter(d -> d.isError()).count();
      err.printf("paperdeck: %d error%s; nothing was written%n", errors, errors == 1 ? "" : "s");
      err.flush();
      return Cli.BAD_INPUT;
    }
    Map<Path, byte[]> outputs = new LinkedHashMap<>();
    for (Format format : Format.values()) {
      if (options.wants(format)) {
        outputs.put(dir.resolve(name + "." + format.extension()), result.output(format));
      }
    }
    try {
      OutputFiles.writeAll(outputs);
    } catch (IOException e) {
      err.printf("paperdeck: cannot write to %s: %s; earlier outputs are unchanged%n", dir, describe(e));
      err.flush();
      return Cli.FAILURE;
    }
    if (!quiet) {
      List<String> written = new ArrayList<>();
      outputs.keySet().forEach(path -> written.add(relative(path)
          + (path.toString().endsWith(".pptx") ? " (" + result.slideCount() + " slides)" : "")));
      String last = written.remove(written.size() - 1);
      out.printf("wrote %s in %.1f s%n",
          written.isEmpty() ? last : String.join(", ", written) + " and " + last,
          (System.nanoTime() - start) / 1e9);
    }
    return Cli.OK;
  }

  static String baseName(Path file) {
    String fileName = file.getFileName().toString();
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  private static String relative(Path path) {
    Path cwd = Path.of("").toAbsolutePath();
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
  }

  private static String describe(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

}
