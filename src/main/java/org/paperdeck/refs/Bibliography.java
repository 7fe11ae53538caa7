package org.paperdeck.refs;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.diagnostics.Suggestions;

/**
 * The references a talk may cite, read from the files its {@code bibliography:} names (format
 * doc, "Bibliographies"): {@code .bib} files as BibTeX or BibLaTeX, {@code .json} files as
 * CSL-JSON. Keys are looked up as written; a key two files define is taken from the first.
 */
public final class Bibliography {
  /** No bibliography: every key is unknown. */
  public static final Bibliography EMPTY = new Bibliography(Map.of());
  /** How a message about a bibliography file that cannot be read begins. */
  public static final String UNREADABLE = "cannot read the bibliography ";
  /** A larger file is surely not a bibliography (a whole library of 50,000 entries is less). */
  static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

  /** One file the notes name, where they name it, and how messages name it. */
  public record Source(Path path, String displayName, SourcePos namedAt) {}

  private final Map<String, Reference> byKey;

  private Bibliography(Map<String, Reference> byKey) {
    this.byKey = byKey;
  }

  /** Reads each file, reporting its problems at its own lines, and a missing one where named. */
  public static Bibliography read(List<Source> sources, Diagnostics diagnostics) {
    Map<String, Reference> byKey = new LinkedHashMap<>();
    for (Source source : sources) {
      for (Reference reference : readOne(source, diagnostics)) {
        Reference first = byKey.putIfAbsent(reference.key(), reference);
        if (first != null && !first.pos().file().equals(reference.pos().file())) {
          diagnostics.warning(reference.pos(), "the key '" + reference.key() + "' is also in "
              + first.pos().file() + "; the entry there is used");
        }
      }
    }
    return new Bibliography(byKey);
  }

  /** Reads a bibliography's text: BibTeX, or CSL-JSON when {@code json}. */
  public static Bibliography parse(String text, String displayName, boolean json,
      Diagnostics diagnostics) {
    Map<String, Reference> byKey = new LinkedHashMap<>();
    List<Reference> read = json ? new CslJsonReader(displayName, diagnostics).read(text)
        : new BibTexReader(displayName, diagnostics).read(text);
    read.forEach(reference -> byKey.putIfAbsent(reference.key(), reference));
    return new Bibliography(byKey);
  }

  private static List<Reference> readOne(Source source, Diagnostics diagnostics) {
    String name = source.path().getFileName() == null ? "" : source.path().getFileName().toString();
    String extension = name.contains(".")
        ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
    boolean json = extension.equals("json");
    if (!json && !Set.of("bib", "bibtex", "biblatex").contains(extension)) {
      diagnostics.error(source.namedAt(), "bibliography '" + source.displayName()
          + "' is neither BibTeX nor CSL-JSON", "name a .bib file (BibTeX, BibLaTeX) or a .json"
          + " file (CSL-JSON), as Zotero exports them");
      return List.of();
    }
    byte[] bytes;
    try {
      if (Files.isDirectory(source.path())) {
        diagnostics.error(source.namedAt(), UNREADABLE + source.displayName()
            + ": it is a folder, not a .bib or .json file");
        return List.of();
      }
      if (Files.size(source.path()) > MAX_FILE_BYTES) {
        diagnostics.error(source.namedAt(), "bibliography " + source.displayName()
            + " is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB");
        return List.of();
      }
      bytes = Files.readAllBytes(source.path());
    } catch (NoSuchFileException e) {
      diagnostics.error(source.namedAt(), UNREADABLE + source.displayName() + ": no such file",
          "paths are relative to the notes file's folder");
      return List.of();
    } catch (IOException e) {
      diagnostics.error(source.namedAt(), UNREADABLE + source.displayName() + ": "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
      return List.of();
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      // BibTeX from older tools is often Latin-1; its accents would come out wrong as UTF-8.
      diagnostics.error(SourcePos.startOf(source.displayName()), "the bibliography is not UTF-8",
          "save it as UTF-8 (Zotero: Export Format, Character Encoding)");
      return List.of();
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return json ? new CslJsonReader(source.displayName(), diagnostics).read(text)
        : new BibTexReader(source.displayName(), diagnostics).read(text);
  }

  /** Whether {@code diagnostic} says that a bibliography file could not be read at all. */
  public static boolean isUnreadableFile(Diagnostic diagnostic) {
    return diagnostic.isError() && diagnostic.message().startsWith(UNREADABLE);
  }

  public Optional<Reference> find(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** The key most like {@code typed}, for "did you mean"; empty when none is close. */
  public Optional<String> closest(String typed) {
    return Suggestions.closest(typed, byKey.keySet());
  }

  public boolean isEmpty() {
    return byKey.isEmpty();
  }

  public List<Reference> references() {
    return new ArrayList<>(byKey.values());
  }
}
