package org.paperdeck.notes;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.model.Insight;
import org.paperdeck.model.Paper;
import org.paperdeck.model.RichText;
import org.paperdeck.model.Section;

/**
 * The fields of a paper, one row each (format doc, "Metadata" and "YAML and JSON form"): the
 * key the notes write, the kind of value it takes, and where that value goes in a
 * {@link Paper}. Both forms read from this table: the Markdown form's metadata paragraph takes
 * the rows whose kind is a {@code Key: value} line, YAML and JSON take every row. A new field
 * is one row here, one component of {@code Paper}, and a case in each reader's switch over
 * {@link Kind} if its kind is new.
 */
enum PaperField {
  TITLE("title", Kind.TITLE, rich(Paper.Builder::title)),
  AUTHORS("authors", Kind.NAMES, names(Paper.Builder::authors), PaperMetadata::authors),
  AFFILIATION("affiliation", Kind.TEXT, text(Paper.Builder::affiliation)),
  VENUE("venue", Kind.TEXT, text(Paper.Builder::venue)),
  YEAR("year", Kind.TEXT, text(Paper.Builder::year)),
  LINK("link", Kind.LINK, text(Paper.Builder::link)),
  CODE("code", Kind.LINK, text(Paper.Builder::code)),
  IMAGE("image", Kind.IMAGE, (paper, value) -> paper.image((Path) value)),
  PRESENTER("presenter", Kind.TEXT, text(Paper.Builder::presenter)),
  MINUTES("minutes", Kind.COUNT, (paper, value) -> paper.minutes((Integer) value)),
  TAGS("tags", Kind.NAMES, names(Paper.Builder::tags), PaperMetadata::tags),
  SUMMARY("summary", Kind.BLOCKS, rich(Paper.Builder::summary)),
  INSIGHTS("insights", Kind.ITEMS, items(
      (paper, items) -> paper.insights(items.stream().map(i -> new Insight(i.text(), i.pos())).toList()))),
  QUESTIONS("questions", Kind.ITEMS, items(
      (paper, items) -> paper.questions(items.stream().map(Item::text).toList()))),
  SECTIONS("sections", Kind.SECTIONS, (paper, value) -> paper.sections(list(value))),
  NOTES("notes", Kind.BLOCKS, rich(Paper.Builder::notes)),
  /**
   * The bibliography entry the paper cites (format doc, "Citing a bibliography"); the readers
   * fill the paper from it before any other row, so that the notes' own fields win.
   */
  CITE("cite", Kind.TEXT, (paper, value) -> paper.cite(((String) value).replaceFirst("^@", "")));

  /**
   * What a field's value is, and so how a reader reads it. The value each kind hands to
   * {@link #set}: {@code TITLE} and {@code BLOCKS} a {@link RichText}; {@code TEXT} and
   * {@code LINK} a {@link String} (a link checked); {@code NAMES} a list of strings;
   * {@code IMAGE} a checked {@link Path}; {@code COUNT} a positive {@link Integer};
   * {@code ITEMS} a list of {@link Item}s; {@code SECTIONS} a list of {@link Section}s.
   */
  enum Kind {
    TITLE(false), TEXT(true), NAMES(true), LINK(true), IMAGE(true), COUNT(true), BLOCKS(false),
    ITEMS(false), SECTIONS(false);

    private final boolean metadata;

    Kind(boolean metadata) {
      this.metadata = metadata;
    }

    /** Whether the Markdown form writes it as a {@code Key: value} line of the metadata paragraph. */
    boolean metadata() {
      return metadata;
    }
  }

  /** One entry of a list of texts (insights, questions), with where it is written. */
  record Item(RichText text, SourcePos pos) {}

  /** Every key of a paper in YAML or JSON notes, in table order. */
  static final Set<String> KEYS = keys(false);
  /** The keys of a Markdown paper's metadata paragraph, in table order. */
  static final Set<String> METADATA_KEYS = keys(true);

  private final String key;
  private final Kind kind;
  private final BiConsumer<Paper.Builder, Object> setter;
  private final Function<String, List<String>> splitter;

  PaperField(String key, Kind kind, BiConsumer<Paper.Builder, Object> setter) {
    this(key, kind, setter, null);
  }

  PaperField(String key, Kind kind, BiConsumer<Paper.Builder, Object> setter,
      Function<String, List<String>> splitter) {
    this.key = key;
    this.kind = kind;
    this.setter = setter;
    this.splitter = splitter;
  }

  /** The key as the notes write it (Markdown metadata keys in any case). */
  String key() {
    return key;
  }

  Kind kind() {
    return kind;
  }

  /** Sets the value a reader read, of the type its {@link Kind} names; {@code null} is left unset. */
  void set(Paper.Builder paper, Object value) {
    if (value != null) {
      setter.accept(paper, value);
    }
  }

  /** A {@code NAMES} value written as one text: "A, B and C" for authors, "a, b" for tags. */
  List<String> split(String value) {
    return splitter.apply(value);
  }

  /** The example a "must be a positive whole number" message gives, as {@code Key: 5}. */
  String example(String writtenKey) {
    return writtenKey + ": 5";
  }

  private static Set<String> keys(boolean metadataOnly) {
    LinkedHashSet<String> keys = new LinkedHashSet<>();
    Arrays.stream(values()).filter(f -> !metadataOnly || f.kind.metadata())
        .forEach(f -> keys.add(f.key));
    return Collections.unmodifiableSet(keys);
  }

  private static BiConsumer<Paper.Builder, Object> text(BiConsumer<Paper.Builder, String> set) {
    return (paper, value) -> set.accept(paper, (String) value);
  }

  private static BiConsumer<Paper.Builder, Object> rich(BiConsumer<Paper.Builder, RichText> set) {
    return (paper, value) -> set.accept(paper, (RichText) value);
  }

  private static BiConsumer<Paper.Builder, Object> names(BiConsumer<Paper.Builder, List<String>> set) {
    return (paper, value) -> set.accept(paper, list(value));
  }

  private static BiConsumer<Paper.Builder, Object> items(BiConsumer<Paper.Builder, List<Item>> set) {
    return (paper, value) -> set.accept(paper, list(value));
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> list(Object value) {
    return (List<T>) value;
  }
}
