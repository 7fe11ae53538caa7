package org.paperdeck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperdeck.refs.BibTexWriter;
import org.paperdeck.refs.Lookup;
import org.paperdeck.refs.Reference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code paperdeck add ID…}: a paper block for each arXiv ID or DOI, looked up on the web,
 * printed ready to edit or added to Markdown notes (and its BibTeX to their bibliography).
 */
@Command(name = "add", mixinStandardHelpOptions = true,
    description = "Look up papers by arXiv ID or DOI and print a paper block for each, or add"
        + " them to the notes (--to) and their BibTeX to the notes' .bib bibliography.")
final class AddCommand implements Callable<Integer> {
  /** Where lookups go; the system properties point them at a mirror (or a test's server). */
  static final String ARXIV_API = "paperdeck.arxiv-api";
  static final String DOI_RESOLVER = "paperdeck.doi-resolver";
  static final String CACHE = "paperdeck.lookup-cache";

  private static final Pattern BIB_FILE =
      Pattern.compile("^bibliography:\\s*\\[?\\s*([^\\s,\\]]+\\.bib)\\b", Pattern.MULTILINE);

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "ID", arity = "1..*",
      description = "arXiv IDs (1703.03400, arXiv:hep-th/9901001) or DOIs (10.1145/…, doi:…).")
  List<String> ids;

  @Option(names = "--to", paramLabel = "NOTES",
      description = "Add the papers to these Markdown notes instead of printing them.")
  Path notes;

  @Option(names = "--category", paramLabel = "NAME",
      description = "The category (# NAME) to add them to; made when missing (default: the last).")
  String category;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
      description = "How long each lookup may take (default: 10).")
  int timeout;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (notes != null) {
      CommandFailure.requireReadable(notes, notes.toString(), "a notes file");
      if (!notes.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md")) {
        throw new CommandFailure(ExitCode.USAGE, "add --to writes Markdown notes only",
            "print the papers without --to and paste them into " + notes);
      }
    }
    Lookup lookup = new Lookup(new Lookup.Options(
        URI.create(System.getProperty(ARXIV_API, "https://export.arxiv.org/api/query")),
        URI.create(System.getProperty(DOI_RESOLVER, "https://doi.org")),
        Duration.ofSeconds(Math.max(1, timeout)), cache()));
    List<Reference> found = new ArrayList<>();
    for (String id : ids) {
      try {
        found.add(lookup.find(id));
      } catch (Lookup.NotFound e) {
        throw new CommandFailure(ExitCode.BAD_INPUT, e.getMessage(), null);
      } catch (Lookup.Unreachable e) {
        throw new CommandFailure(ExitCode.FAILURE, e.getMessage(),
            "looked-up papers are kept in " + cache() + "; add them again when online");
      }
    }
    if (notes == null) {
      found.forEach(reference -> out.print(block(reference, false) + "\n"));
      out.flush();
      return ExitCode.OK;
    }
    try {
      String text = Files.readString(notes);
      Matcher bib = BIB_FILE.matcher(text);
      Path bibFile = bib.find() ? notes.toAbsolutePath().getParent().resolve(bib.group(1)) : null;
      StringBuilder blocks = new StringBuilder();
      for (Reference reference : found) {
        blocks.append(block(reference, bibFile != null)).append('\n');
      }
      replace(notes, PaperBlocks.insert(text, blocks.toString(), category));
      if (bibFile != null) {
        String existing = Files.exists(bibFile) ? Files.readString(bibFile) : "";
        List<Reference> fresh = found.stream()
            .filter(r -> !existing.contains("{" + r.key() + ",")).toList();
        replace(bibFile, existing + (existing.isEmpty() || existing.endsWith("\n\n") ? ""
            : existing.endsWith("\n") ? "\n" : "\n\n") + BibTexWriter.write(fresh));
      }
    } catch (IOException e) {
      throw CommandFailure.unreadable(notes, IoReasons.of(e));
    }
    out.printf("added %d paper%s to %s%n", found.size(), found.size() == 1 ? "" : "s", notes);
    out.flush();
    return ExitCode.OK;
  }

  /** A paper as the notes write it: by its key when there is a bibliography, else typed out. */
  static String block(Reference reference, boolean cited) {
    if (cited) {
      return "## @" + reference.key() + "\n\nWhat the paper does.\n";
    }
    StringBuilder out = new StringBuilder("## ").append(reference.title()).append('\n');
    if (!reference.authors().isEmpty()) {
      List<String> names = reference.authorNames();
      out.append("Authors: ").append(names.size() == 1 ? names.get(0)
          : String.join(", ", names.subList(0, names.size() - 1)) + " and "
              + names.get(names.size() - 1)).append('\n');
    }
    if (reference.venue() != null) {
      out.append("Venue: ").append(reference.venue()).append('\n');
    }
    if (reference.year() != null) {
      out.append("Year: ").append(reference.year()).append('\n');
    }
    if (reference.link() != null) {
      out.append("Link: ").append(reference.link()).append('\n');
    }
    return out.append("\nWhat the paper does.\n").toString();
  }

  private static Path cache() {
    String set = System.getProperty(CACHE);
    if (set != null) {
      return Path.of(set);
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
        : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("paperdeck").resolve("lookups");
  }

  private static void replace(Path file, String text) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    Path scratch = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
    try {
      Files.writeString(scratch, text);
      Files.move(scratch, file, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(scratch);
    }
  }
}
