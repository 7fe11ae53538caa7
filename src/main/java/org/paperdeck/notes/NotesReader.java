package org.paperdeck.notes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.files.FileRoots;
import org.paperdeck.model.Talk;
import org.paperdeck.refs.Bibliography;

/**
 * Reads a notes file (Markdown, or YAML or JSON by extension) into a {@link Talk}, reporting
 * every problem at once. Built once
 * and reusable: it holds no per-file state.
 */
public final class NotesReader {
  /** Larger notes are surely a mistake (a wrong file), and would only waste memory. */
  public static final long MAX_FILE_BYTES = Limits.MAX_FILE_BYTES;

  /** Reads a file; {@code displayName} is how messages name it (usually the path as typed). */
  public ReadResult read(Path file, String displayName) {
    return read(NotesSource.file(file, displayName));
  }

  /** Reads notes from a file or from memory, as {@code source} says. */
  public ReadResult read(NotesSource source) {
    if (source.bytes() != null) {
      return read(source.bytes(), source.displayName(), source.format(), source.folder(),
          source.defaultTitle());
    }
    Path file = source.file();
    String displayName = source.displayName();
    Diagnostics diagnostics = new Diagnostics();
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        diagnostics.error(SourcePos.startOf(displayName), "file is larger than "
            + MAX_FILE_BYTES / (1024 * 1024) + " MiB", "is this really a notes file?");
        return new ReadResult(null, diagnostics.sorted());
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      diagnostics.error(SourcePos.startOf(displayName), "no such file");
      return new ReadResult(null, diagnostics.sorted());
    } catch (IOException e) {
      diagnostics.error(SourcePos.startOf(displayName), "cannot read the file: " + e.getMessage());
      return new ReadResult(null, diagnostics.sorted());
    }
    if (baseName(file).startsWith(".")) {
      // The outputs are named after the notes: ".md" would make ".md.pptx", a hidden file.
      diagnostics.error(SourcePos.startOf(displayName), "the file's name '"
          + file.getFileName() + "' has nothing before its extension to name the outputs after",
          "rename it, e.g. talk" + file.getFileName());
      return new ReadResult(null, diagnostics.sorted());
    }
    // A notes file takes what its folder's series file says its talks share.
    Tree.MapNode series = Series.defaultsFor(file, displayName, diagnostics);
    return read(bytes, displayName, source.format(), source.folder(), source.defaultTitle(),
        series, diagnostics);
  }

  /**
   * Reads notes from bytes.
   *
   * @param folder the notes' folder, against which image paths resolve and outside which
   *     (links followed) no image is read
   * @param defaultTitle the talk's title when the front matter gives none
   */
  public ReadResult read(byte[] bytes, String displayName, Path folder, String defaultTitle) {
    return read(bytes, displayName, NotesFormat.ofFileName(displayName), folder, defaultTitle);
  }

  /**
   * Reads notes from bytes in the given format.
   *
   * @param defaultTitle the talk's title when the notes give none; {@code null} when they must
   *     give one (notes from standard input have no file name to take it from)
   */
  public ReadResult read(byte[] bytes, String displayName, NotesFormat format, Path folder,
      String defaultTitle) {
    return read(bytes, displayName, format, folder, defaultTitle, null, new Diagnostics());
  }

  /** @param series the series file's defaults for the talk, or {@code null} */
  private ReadResult read(byte[] bytes, String displayName, NotesFormat format, Path folder,
      String defaultTitle, Tree.MapNode series, Diagnostics diagnostics) {
    FileRoots images = new FileRoots(List.of(folder));
    if (bytes.length > MAX_FILE_BYTES) {
      diagnostics.error(SourcePos.startOf(displayName), "file is larger than "
          + MAX_FILE_BYTES / (1024 * 1024) + " MiB", "is this really a notes file?");
      return new ReadResult(null, diagnostics.sorted());
    }
    Optional<String> text = SourceText.decode(bytes, displayName, diagnostics);
    if (text.isEmpty()) {
      return new ReadResult(null, diagnostics.sorted());
    }
    if (text.get().isBlank()) {
      diagnostics.error(SourcePos.startOf(displayName), "the file is empty",
          "start with a category (# Name) and a paper under it (## Title)");
      return new ReadResult(null, diagnostics.sorted());
    }
    // Without a fallback the title stays empty here and is reported below, once the notes had
    // their say: an empty title cannot name the outputs either.
    String fallbackTitle = defaultTitle == null ? "" : defaultTitle;
    if (format != NotesFormat.MARKDOWN) {
      Optional<Tree> tree = format == NotesFormat.JSON
          ? new JsonTree(displayName, diagnostics).read(text.get())
          : new YamlTree(displayName, text.get(), 0, diagnostics).read(text.get(), "the file");
      if (tree.isEmpty() && !diagnostics.hasErrors()) {
        // YAML of nothing but comments is valid YAML, and still no notes.
        diagnostics.error(SourcePos.startOf(displayName), "the file holds no notes",
            "start with title: and categories:, as in talks/iclr-2022-structured.yaml");
      }
      StructuredNotes structured = new StructuredNotes(displayName, folder, images, diagnostics);
      Talk talk = tree.map(t -> structured.read(t, fallbackTitle, series)).orElse(null);
      return result(talk, displayName, defaultTitle, diagnostics, structured.bibliography());
    }
    Optional<FrontMatter.Split> split =
        new FrontMatter(displayName, diagnostics).split(text.get(), fallbackTitle, series);
    if (split.isEmpty()) {
      return new ReadResult(null, diagnostics.sorted());
    }
    String body = split.get().body();
    MarkdownText.Parsed parsed =
        MarkdownText.parse(body, TextOrigin.wholeFile(displayName), images, diagnostics);
    Bibliography bibliography =
        Citations.load(split.get().bibliography(), folder, displayName, diagnostics);
    Citations citations = new Citations(bibliography, images, diagnostics);
    Talk talk = new TalkAssembler(displayName, body, parsed.converter(), parsed.positions(),
        diagnostics, split.get().info(), citations).assemble(parsed.document());
    TimingCheck.check(talk, split.get().durationPos(), diagnostics);
    if (!diagnostics.hasErrors()) {
      talk = StyledReferences.apply(talk, split.get().csl(), folder, bibliography, images,
          diagnostics);
    }
    return result(talk, displayName, defaultTitle, diagnostics, bibliography);
  }

  private static ReadResult result(Talk talk, String displayName, String defaultTitle,
      Diagnostics diagnostics, Bibliography bibliography) {
    if (talk != null && defaultTitle == null && talk.info().title().isBlank()) {
      diagnostics.error(SourcePos.startOf(displayName),
          "the talk has no title, and no file name to take one from",
          "give it one: title: … in the front matter (at the top of YAML or JSON notes)");
    }
    return new ReadResult(diagnostics.hasErrors() ? null : talk, diagnostics.sorted(),
        bibliography);
  }

  /**
   * The talk's name as files know it: the notes file's name without its extension. The outputs
   * are named after it.
   */
  public static String baseName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
