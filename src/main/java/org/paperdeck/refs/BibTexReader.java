package org.paperdeck.refs;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXParserTokenManager;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.ObjectResolutionException;
import org.jbibtex.ParseException;
import org.jbibtex.SimpleCharStream;
import org.jbibtex.StringProvider;
import org.jbibtex.Token;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.diagnostics.SourcePos;

/**
 * A BibTeX or BibLaTeX file into references, through JBibTeX (format doc, "Bibliographies").
 * A malformed entry is an error at the file's own line and column, and the entries after it
 * are still read. JBibTeX keeps no positions of the entries it reads, so each entry's start is
 * found in the text by its {@code @type{key,} header.
 */
final class BibTexReader {
  /** An entry's header: {@code @inproceedings{key,} (or with a parenthesis). */
  private static final Pattern HEADER =
      Pattern.compile("@\\s*([A-Za-z]+)\\s*[{(]\\s*([^\\s,{}()\"#%'=]+)\\s*,");
  /** JBibTeX's lexer says where it stopped only in its message. */
  private static final Pattern LEXICAL_AT = Pattern.compile("line (\\d+), column (\\d+)");

  private final String file;
  private final Diagnostics diagnostics;
  /** JBibTeX may report where it gave up twice (once kept, once thrown): said once. */
  private final java.util.Set<SourcePos> malformedAt = new java.util.HashSet<>();

  BibTexReader(String file, Diagnostics diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }

  List<Reference> read(String text) {
    List<String> unresolved = new ArrayList<>();
    BibTeXParser parser;
    try {
      parser = new BibTeXParser() {
        @Override
        public void checkStringResolution(Key key, BibTeXString string) {
          // A field that names an @string nobody defined keeps the name as its text.
          if (string == null) {
            unresolved.add(key.getValue());
          }
        }

        @Override
        public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
          // An entry's crossref to a missing entry leaves it with its own fields.
        }
      };
      parser.ReInit(new BoundedLexer(text.length() + 1_000));
    } catch (ParseException | TokenMgrException e) {
      throw new IllegalStateException("JBibTeX could not start", e);
    }
    if (!lexable(text)) {
      return List.of();
    }
    BibTeXDatabase database;
    List<Exception> problems;
    try {
      database = parser.parseFully(new StringReader(text));
      problems = new ArrayList<>(parser.getExceptions());
    } catch (ObjectResolutionException e) {
      diagnostics.error(SourcePos.startOf(file), "cannot read the bibliography: " + e.getMessage());
      return List.of();
    } catch (RuntimeException e) {
      // JBibTeX's recovery gives up when the file ends inside an entry (an unclosed brace
      // near the end): the entries before it are kept, the error is said where it stopped.
      problems = new ArrayList<>(parser.getExceptions());
      Exception cause = e.getCause() instanceof ParseException parse ? parse : e;
      if (!problems.contains(cause)) {
        problems.add(cause);
      }
      database = parser.getDatabase();
    }
    for (Exception e : problems) {
      malformed(e, text);
    }
    Map<String, SourcePos> starts = headers(text);
    for (String name : unresolved) {
      diagnostics.warning(SourcePos.startOf(file), "@string '" + name + "' is not defined; its"
          + " name is used as the text", "define it: @string{" + name + " = {…}}");
    }
    List<Reference> references = new ArrayList<>();
    for (BibTeXEntry entry : database.getEntries().values()) {
      String key = entry.getKey().getValue();
      references.add(reference(entry, starts.getOrDefault(key.toLowerCase(Locale.ROOT),
          SourcePos.startOf(file))));
    }
    return references;
  }

  /**
   * Whether JBibTeX's lexer can take {@code text}; if not, says where, as an error. Its lexer,
   * meeting a control character such as NUL, or an {@code @} outside an entry followed by
   * anything but the entry's type ({@code @~x}, {@code @—}), fails again and again without
   * moving on until memory runs out. No BibTeX export writes either.
   */
  private boolean lexable(String text) {
    int depth = 0;
    boolean comment = false;
    for (int i = 0, line = 1, column = 1; i < text.length(); i++, column++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        column = 0;
        comment = false;
      } else if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7F) {
        diagnostics.error(new SourcePos(file, line, column), String.format(Locale.ROOT,
            "the bibliography holds a control character (U+%04X), which a BibTeX file never"
                + " has; nothing of it was read", (int) c),
            "export the bibliography again, or remove the character");
        return false;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth = Math.max(0, depth - 1);
      } else if (c == '%' && depth == 0) {
        comment = true;
      } else if (c == '@' && depth == 0 && !comment && !startsEntryType(text, i + 1)) {
        diagnostics.error(new SourcePos(file, line, column), "'@' starts an entry here, but no"
            + " entry type follows it (@article, @book, @misc …); nothing of the bibliography"
            + " was read", "write the entry's type after the '@', or remove the '@'");
        return false;
      }
    }
    return true;
  }

  /** Whether an entry's type (a letter, after any spaces) or the end of the text is at {@code i}. */
  private static boolean startsEntryType(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return true;
    }
    char c = text.charAt(i);
    return c < 0x80 && Character.isLetter(c);
  }

  /**
   * JBibTeX's lexer, meeting a character it has no token for where an entry may start, can fail
   * at the same place again and again, each failure kept, until memory runs out; a fuzzer found
   * such files past the checks of {@link #lexable}. This lexer counts its failures and ends the
   * parse once there are more than a file of that length could hold, as if the file ended there:
   * the entries before are kept, the error is said where the lexer stuck.
   */
  private static final class BoundedLexer extends BibTeXParserTokenManager {
    private final int limit;
    private int failures;

    BoundedLexer(int limit) {
      super(new SimpleCharStream(new StringProvider("")));
      this.limit = limit;
    }

    @Override
    public Token getNextToken() {
      try {
        return super.getNextToken();
      } catch (TokenMgrException e) {
        if (++failures > limit) {
          throw new Stuck(e);
        }
        throw e;
      }
    }
  }

  /** The lexer failed more often than the file has characters: it is not moving on. */
  private static final class Stuck extends RuntimeException {
    Stuck(TokenMgrException where) {
      super(where.getMessage(), null, false, false);
    }
  }

  private void malformed(Exception e, String text) {
    SourcePos at = SourcePos.startOf(file);
    String reason = "a malformed entry";
    if (e instanceof ParseException parse && parse.currentToken != null) {
      org.jbibtex.Token where = parse.currentToken.next != null ? parse.currentToken.next
          : parse.currentToken;
      at = new SourcePos(file, Math.max(1, where.beginLine), Math.max(1, where.beginColumn));
      reason = where.image == null || where.image.isEmpty()
          ? "a malformed entry: the file ends inside it"
          : "a malformed entry: '" + where.image + "' was not expected here";
    } else if (String.valueOf(e.getMessage()).contains("EOF")) {
      String[] lines = text.split("\n", -1);
      at = new SourcePos(file, lines.length, lines[lines.length - 1].length() + 1);
      reason = "a malformed entry: the file ends inside it";
    } else {
      Matcher m = LEXICAL_AT.matcher(String.valueOf(e.getMessage()));
      if (m.find()) {
        at = new SourcePos(file, Math.max(1, Integer.parseInt(m.group(1))),
            Math.max(1, Integer.parseInt(m.group(2))));
      }
      reason = m.find(0) ? "a malformed entry: a character that cannot appear here"
          : "a malformed entry";
    }
    if (!malformedAt.add(at)) {
      return;
    }
    diagnostics.error(at, reason, entryBefore(text, at)
        .map(start -> "in the entry that starts on line " + start + "; check its braces,"
            + " quotes and the commas between fields")
        .orElse("an entry is written @type{key, field = {value}, …}"));
  }

  /**
   * The line of the last entry header before {@code at}: the entry the parser was in when it
   * stopped, since an unclosed brace makes it stop only at the next entry's {@code @}.
   */
  private static Optional<Integer> entryBefore(String text, SourcePos at) {
    String[] lines = text.split("\n", -1);
    for (int i = Math.min(at.line(), lines.length) - 1; i >= 0; i--) {
      String line = lines[i];
      int header = line.indexOf('@');
      boolean before = i + 1 < at.line() || header >= 0 && header + 1 < at.column();
      if (before && line.stripLeading().startsWith("@")) {
        return Optional.of(i + 1);
      }
    }
    return Optional.empty();
  }

  /** Where each key's entry starts; a key given twice is reported, the first one kept. */
  private Map<String, SourcePos> headers(String text) {
    Map<String, SourcePos> starts = new HashMap<>();
    Matcher m = HEADER.matcher(text);
    while (m.find()) {
      String type = m.group(1).toLowerCase(Locale.ROOT);
      if (type.equals("string") || type.equals("comment") || type.equals("preamble")) {
        continue;
      }
      SourcePos pos = position(text, m.start());
      String key = m.group(2).toLowerCase(Locale.ROOT);
      SourcePos first = starts.putIfAbsent(key, pos);
      if (first != null) {
        diagnostics.warning(pos, "the key '" + m.group(2) + "' is given twice; the entry on line "
            + first.line() + " is used", "give this entry a key of its own");
      }
    }
    return starts;
  }

  private SourcePos position(String text, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new SourcePos(file, line, text.codePointCount(lineStart, offset) + 1);
  }

  private Reference reference(BibTeXEntry entry, SourcePos pos) {
    List<String> problems = new ArrayList<>();
    String title = null;
    String rawTitle = field(entry, "title");
    if (rawTitle != null) {
      LatexText.Converted converted = LatexText.markdown(rawTitle);
      title = converted.text().isBlank() ? null : converted.text();
      problems.addAll(converted.problems());
    }
    BibNames.Read names = BibNames.read(field(entry, "author"));
    String type = entry.getType().getValue().toLowerCase(Locale.ROOT);
    String eprint = field(entry, "eprint");
    String prefix = firstOf(entry, "archiveprefix", "eprinttype");
    String arxiv = null;
    if (eprint != null && (prefix == null || prefix.equalsIgnoreCase("arxiv"))) {
      arxiv = Identifiers.arxiv(eprint).orElse(null);
    }
    String doi = field(entry, "doi");
    if (doi != null) {
      doi = Identifiers.doi(doi).orElse(null);
    }
    String url = field(entry, "url");
    if (arxiv == null && url != null) {
      arxiv = Identifiers.arxiv(url).orElse(null);
    }
    if (arxiv == null && doi != null) {
      arxiv = Identifiers.arxivOfDoi(doi).orElse(null);
    }
    String venue = firstOf(entry, "booktitle", "journal", "journaltitle", "eventtitle");
    String year = field(entry, "year");
    if (year == null) {
      String date = field(entry, "date");
      year = date != null && date.matches("\\d{4}.*") ? date.substring(0, 4) : null;
    }
    return new Reference(entry.getKey().getValue(), cslType(type, arxiv), title, names.names(),
        names.more(), venue == null ? null : LatexText.plain(venue),
        year == null ? null : LatexText.plain(year), doi, arxiv,
        url == null ? null : url.strip(), problems, pos);
  }

  /** BibTeX's entry types in CSL's words, as citation styles and CSL-JSON know them. */
  private static String cslType(String type, String arxiv) {
    return switch (type) {
      case "inproceedings", "conference" -> "paper-conference";
      case "article" -> "article-journal";
      case "book" -> "book";
      case "incollection", "inbook" -> "chapter";
      case "phdthesis", "mastersthesis", "thesis" -> "thesis";
      case "techreport", "report" -> "report";
      case "online", "electronic", "www" -> "webpage";
      default -> arxiv != null ? "article" : "document";
    };
  }

  private static String firstOf(BibTeXEntry entry, String... names) {
    for (String name : names) {
      String value = field(entry, name);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static String field(BibTeXEntry entry, String name) {
    Value value = entry.getField(new Key(name));
    if (value == null) {
      return null;
    }
    String text = value.toUserString();
    return text == null || text.isBlank() ? null : text.strip();
  }
}
