package org.paperdeck.notes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.model.Talk;

/**
 * Reads a Markdown notes file into a {@link Talk}, reporting every problem at once. Built once
 * and reusable: it holds no per-file state.
 */
public final class NotesReader {
  /** Larger notes are surely a mistake (a wrong file), and would only waste memory. */
  public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

  private final Parser parser = Parser.builder()
      .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create()))
      .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
      .build();

  /** Reads a file; {@code displayName} is how messages name it (usually the path as typed). */
  public ReadResult read(Path file, String displayName) {
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
    Path folder = file.toAbsolutePath().getParent();
    return read(bytes, displayName, folder, baseName(file));
  }

  /**
   * Reads notes from bytes.
   *
   * @param folder the notes' folder, against which image paths resolve
   * @param defaultTitle the talk's title when the front matter gives none
   */
  public ReadResult read(byte[] bytes, String displayName, Path folder, String defaultTitle) {
    Diagnostics diagnostics = new Diagnostics();
    Optional<String> text = SourceText.decode(bytes, displayName, diagnostics);
    if (text.isEmpty()) {
      return new ReadResult(null, diagnostics.sorted());
    }
    if (text.get().isBlank()) {
      diagnostics.error(SourcePos.startOf(displayName), "the file is empty",
          "start with a category (# Name) and a paper under it (## Title)");
      return new ReadResult(null, diagnostics.sorted());
    }
    Optional<FrontMatter.Split> split =
        new FrontMatter(displayName, diagnostics).split(text.get(), defaultTitle);
    if (split.isEmpty()) {
      return new ReadResult(null, diagnostics.sorted());
    }
    String body = split.get().body();
    MathMasker.Masked masked = new MathMasker(displayName, diagnostics).mask(body);
    Node document = parser.parse(masked.text());
    Positions positions = new Positions(displayName);
    MarkdownConverter converter =
        new MarkdownConverter(masked, positions, diagnostics, folder.toAbsolutePath());
    Talk talk = new TalkAssembler(displayName, body, converter, positions, diagnostics,
        split.get().info()).assemble(document);
    TimingCheck.check(talk, split.get().durationPos(), diagnostics);
    return new ReadResult(diagnostics.hasErrors() ? null : talk, diagnostics.sorted());
  }

  private static String baseName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
