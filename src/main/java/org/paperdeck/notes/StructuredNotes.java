package org.paperdeck.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.files.FileRoots;
import org.paperdeck.model.Category;
import org.paperdeck.model.Inline;
import org.paperdeck.model.Paper;
import org.paperdeck.model.Reading;
import org.paperdeck.model.RichText;
import org.paperdeck.model.Section;
import org.paperdeck.model.Talk;
import org.paperdeck.model.TalkInfo;
import org.paperdeck.refs.Bibliography;
import org.paperdeck.refs.Reference;

/**
 * The YAML and JSON form of notes (format doc, "YAML and JSON form"): the same model as the
 * Markdown form, with text values read as Markdown, for notes that another program writes.
 */
final class StructuredNotes {
  /** The front matter's keys, plus what the Markdown form says with headings. */
  static final Set<String> TOP_KEYS = union(FrontMatter.KEYS, Set.of("intro", "categories", "further-reading"));
  static final Set<String> CATEGORY_KEYS = Set.of("name", "description", "papers");
  static final Set<String> PAPER_KEYS = PaperField.KEYS;
  static final Set<String> SECTION_KEYS = Set.of("label", "text");
  static final Set<String> READING_KEYS = Set.of("title", "link", "note", "cite");

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  private final String file;
  /** The notes file's folder, against which bibliography paths resolve. */
  private final java.nio.file.Path folder;
  /** The notes file's folder, where images are read from. */
  private final FileRoots images;
  private final Diagnostics diagnostics;
  /** For link and image checks, which are the same as in Markdown notes. */
  private final MarkdownConverter checks;

  /** The bibliography's entries, once the top level named it. */
  private Citations citations;

  StructuredNotes(String file, java.nio.file.Path folder, FileRoots images,
      Diagnostics diagnostics) {
    this.file = file;
    this.folder = folder;
    this.images = images;
    this.diagnostics = diagnostics;
    this.checks = MarkdownText.parse("", TextOrigin.wholeFile(file), images, diagnostics).converter();
  }

  /** The bibliography the notes named, once {@link #read} has read them. */
  Bibliography bibliography() {
    return citations == null ? Bibliography.EMPTY : citations.bibliography();
  }

  Talk read(Tree root, String defaultTitle) {
    return read(root, defaultTitle, null);
  }

  /** @param series the series file's defaults for the talk, or {@code null} */
  Talk read(Tree root, String defaultTitle, Tree.MapNode series) {
    if (!(root instanceof Tree.MapNode own)) {
      diagnostics.error(root.pos(), "notes must be a map with keys such as title and categories");
      return null;
    }
    Tree.MapNode map = Series.under(series, own, own.pos());
    TreeFields top = new TreeFields(map, TOP_KEYS, "key", diagnostics);
    TalkInfo info = InfoFields.read(top, defaultTitle);
    citations = new Citations(Citations.load(top.get("bibliography"), folder, file, diagnostics), images,
        diagnostics);
    List<Category> categories = new ArrayList<>();
    for (Tree item : top.list("categories")) {
      Category category = category(item, info);
      if (category != null) {
        categories.add(category);
      }
    }
    List<Reading> readings = new ArrayList<>();
    for (Tree item : top.list("further-reading")) {
      Reading reading = reading(item);
      if (reading != null) {
        readings.add(reading);
      }
    }
    TalkChecks.check(file, categories, diagnostics);
    Talk talk = new Talk(file, info, blocks(top, "intro"), categories, readings);
    Tree duration = top.get("duration");
    TimingCheck.check(talk, duration == null ? null : duration.pos(), diagnostics);
    return diagnostics.hasErrors() ? talk : StyledReferences.apply(talk, top.get("csl"), folder,
        bibliography(), images, diagnostics);
  }

  private Category category(Tree item, TalkInfo info) {
    TreeFields fields = fields(item, CATEGORY_KEYS, "category");
    if (fields == null) {
      return null;
    }
    String name = fields.text("name");
    if (name == null && fields.get("name") == null) {
      diagnostics.error(item.pos(), "a category needs a 'name'");
    }
    List<Paper> papers = new ArrayList<>();
    for (Tree paperItem : fields.list("papers")) {
      Paper paper = paper(paperItem, info);
      if (paper != null) {
        citations.checkDuplicate(paper);
        papers.add(paper);
      }
    }
    return new Category(name == null ? "" : name, item.pos(), blocks(fields, "description"), papers);
  }

  private Paper paper(Tree item, TalkInfo info) {
    TreeFields fields = fields(item, PAPER_KEYS, "paper");
    if (fields == null) {
      return null;
    }
    Paper.Builder paper = Paper.builder(item.pos()).venue(info.venue());
    // The cited entry first, so that the paper's own keys, set after it, win.
    Reference cited = cited(fields);
    if (cited != null) {
      citations.fill(paper, cited, fields.get("cite").pos());
    }
    for (PaperField field : PaperField.values()) {
      if (field == PaperField.TITLE && cited != null && fields.get("title") == null) {
        paper.title(citations.title(cited, fields.get("cite").pos(), "the paper"));
        continue;
      }
      field.set(paper, value(field, fields, item));
    }
    return paper.build();
  }

  /** The entry {@code cite} names, or {@code null} when there is none or it is unknown. */
  private Reference cited(TreeFields fields) {
    String key = fields.text("cite");
    return key == null ? null
        : citations.find(key.replaceFirst("^@", ""), fields.get("cite").pos()).orElse(null);
  }

  /** A paper field's value, read as its kind asks; {@code null} when absent or reported. */
  private Object value(PaperField field, TreeFields fields, Tree item) {
    String key = field.key();
    return switch (field.kind()) {
      case TITLE -> title(fields, item);
      case TEXT -> fields.text(key);
      case NAMES -> fields.names(key, field::split);
      case LINK -> checkedLink(fields, key);
      case IMAGE -> {
        String imageText = fields.text(key);
        yield imageText == null ? null : checks.checkedImage(imageText, fields.get(key).pos());
      }
      case COUNT -> fields.positiveInt(key, "", field.example(key));
      case BLOCKS -> blocks(fields, key);
      case ITEMS -> items(fields, key);
      case SECTIONS -> sections(fields, key);
    };
  }

  private RichText title(TreeFields fields, Tree item) {
    Tree.Scalar titleValue = fields.scalar("title");
    List<Inline> title = titleValue == null ? List.of()
        : MarkdownText.inlines(titleValue, "a paper title", images, diagnostics);
    if (title.isEmpty()) {
      diagnostics.error(item.pos(), "a paper needs a 'title'");
    }
    return RichText.ofInlines(title);
  }

  private List<PaperField.Item> items(TreeFields fields, String key) {
    List<PaperField.Item> items = new ArrayList<>();
    for (Tree entry : fields.list(key)) {
      RichText text = textItem(entry, key);
      if (text != null) {
        items.add(new PaperField.Item(text, entry.pos()));
      }
    }
    return items;
  }

  private List<Section> sections(TreeFields fields, String key) {
    List<Section> sections = new ArrayList<>();
    for (Tree sectionItem : fields.list(key)) {
      TreeFields section = fields(sectionItem, SECTION_KEYS, "section");
      if (section != null) {
        String label = section.text("label");
        if (label == null) {
          diagnostics.error(sectionItem.pos(), "a section needs a 'label'");
        }
        sections.add(new Section(label == null ? "" : label, blocks(section, "text"), sectionItem.pos()));
      }
    }
    return sections;
  }

  private Reading reading(Tree item) {
    TreeFields fields = fields(item, READING_KEYS, "further-reading");
    if (fields == null) {
      return null;
    }
    Reference cited = cited(fields);
    if (cited != null) {
      SourcePos at = fields.get("cite").pos();
      String link = checkedLink(fields, "link");
      return new Reading(fields.get("title") == null ? citations.title(cited, at, "the entry")
          : readingTitle(fields, item), link != null ? link : citations.link(cited, at),
          blocks(fields, "note"), item.pos(), cited.key(), citations.authors(cited),
          cited.venue(), cited.year(), RichText.EMPTY);
    }
    return new Reading(readingTitle(fields, item), checkedLink(fields, "link"),
        blocks(fields, "note"), item.pos());
  }

  private RichText readingTitle(TreeFields fields, Tree item) {
    Tree.Scalar titleValue = fields.scalar("title");
    List<Inline> title = titleValue == null ? List.of()
        : MarkdownText.inlines(titleValue, "a further-reading title", images, diagnostics);
    if (title.isEmpty()) {
      diagnostics.error(item.pos(), "a further-reading entry needs a 'title'");
    }
    return RichText.ofInlines(title);
  }

  /** A map entry of a list, or a report that it is not one. */
  private TreeFields fields(Tree item, Set<String> keys, String what) {
    if (item instanceof Tree.MapNode map) {
      return new TreeFields(map, keys, what + " key", diagnostics);
    }
    diagnostics.error(item.pos(), "each " + what + " must be a map of keys, not " + Tree.describe(item));
    return null;
  }

  private RichText textItem(Tree item, String key) {
    if (item instanceof Tree.Scalar scalar && scalar.kind() != Tree.Kind.NULL && !scalar.text().isBlank()) {
      return MarkdownText.blocks(scalar, images, diagnostics);
    }
    diagnostics.error(item.pos(), "each entry of '" + key + "' must be text, not " + Tree.describe(item));
    return null;
  }

  private RichText blocks(TreeFields fields, String key) {
    Tree.Scalar value = fields.scalar(key);
    return value == null ? RichText.EMPTY : MarkdownText.blocks(value, images, diagnostics);
  }

  private String checkedLink(TreeFields fields, String key) {
    String value = fields.text(key);
    return value == null ? null : checks.checkedLink(value, fields.get(key).pos());
  }
}
