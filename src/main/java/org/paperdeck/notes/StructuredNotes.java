package org.paperdeck.notes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.model.Category;
import org.paperdeck.model.Inline;
import org.paperdeck.model.Insight;
import org.paperdeck.model.Paper;
import org.paperdeck.model.Reading;
import org.paperdeck.model.RichText;
import org.paperdeck.model.Section;
import org.paperdeck.model.Talk;
import org.paperdeck.model.TalkInfo;

/**
 * The YAML and JSON form of notes (format doc, "YAML and JSON form"): the same model as the
 * Markdown form, with text values read as Markdown, for notes that another program writes.
 */
final class StructuredNotes {
  /** The front matter's keys, plus what the Markdown form says with headings. */
  static final Set<String> TOP_KEYS = union(FrontMatter.KEYS, Set.of("intro", "categories", "further-reading"));
  static final Set<String> CATEGORY_KEYS = Set.of("name", "description", "papers");
  static final Set<String> PAPER_KEYS = Set.of("title", "authors", "affiliation", "venue", "year",
      "link", "code", "image", "presenter", "minutes", "tags", "summary", "insights",
      "questions", "sections", "notes");
  static final Set<String> SECTION_KEYS = Set.of("label", "text");
  static final Set<String> READING_KEYS = Set.of("title", "link", "note");

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  private final String file;
  private final Path folder;
  private final Diagnostics diagnostics;
  /** For link and image checks, which are the same as in Markdown notes. */
  private final MarkdownConverter checks;

  StructuredNotes(String file, Path folder, Diagnostics diagnostics) {
    this.file = file;
    this.folder = folder;
    this.diagnostics = diagnostics;
    this.checks = MarkdownText.parse("", TextOrigin.wholeFile(file), folder, diagnostics).converter();
  }

  Talk read(Tree root, String defaultTitle) {
    if (!(root instanceof Tree.MapNode map)) {
      diagnostics.error(root.pos(), "notes must be a map with keys such as title and categories");
      return null;
    }
    TreeFields top = new TreeFields(map, TOP_KEYS, "key", diagnostics);
    TalkInfo info = InfoFields.read(top, defaultTitle);
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
    return talk;
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
    Tree.Scalar titleValue = fields.scalar("title");
    List<Inline> title = titleValue == null ? List.of()
        : MarkdownText.inlines(titleValue, "a paper title", folder, diagnostics);
    if (title.isEmpty()) {
      diagnostics.error(item.pos(), "a paper needs a 'title'");
    }
    String link = checkedLink(fields, "link");
    String code = checkedLink(fields, "code");
    String imageText = fields.text("image");
    Path image = imageText == null ? null : checks.checkedImage(imageText, fields.get("image").pos());
    String venue = fields.text("venue");
    List<Insight> insights = new ArrayList<>();
    for (Tree insight : fields.list("insights")) {
      RichText text = textItem(insight, "insights");
      if (text != null) {
        insights.add(new Insight(text, insight.pos()));
      }
    }
    List<RichText> questions = new ArrayList<>();
    for (Tree question : fields.list("questions")) {
      RichText text = textItem(question, "questions");
      if (text != null) {
        questions.add(text);
      }
    }
    List<Section> sections = new ArrayList<>();
    for (Tree sectionItem : fields.list("sections")) {
      TreeFields section = fields(sectionItem, SECTION_KEYS, "section");
      if (section != null) {
        String label = section.text("label");
        if (label == null) {
          diagnostics.error(sectionItem.pos(), "a section needs a 'label'");
        }
        sections.add(new Section(label == null ? "" : label, blocks(section, "text"), sectionItem.pos()));
      }
    }
    return new Paper(RichText.ofInlines(title), item.pos(),
        fields.names("authors", PaperMetadata::authors), fields.text("affiliation"),
        venue != null ? venue : info.venue(), fields.text("year"), link, code, image,
        fields.text("presenter"), fields.positiveInt("minutes", "", "minutes: 5"),
        fields.names("tags", PaperMetadata::tags), blocks(fields, "summary"), insights,
        questions, sections, blocks(fields, "notes"));
  }

  private Reading reading(Tree item) {
    TreeFields fields = fields(item, READING_KEYS, "further-reading");
    if (fields == null) {
      return null;
    }
    Tree.Scalar titleValue = fields.scalar("title");
    List<Inline> title = titleValue == null ? List.of()
        : MarkdownText.inlines(titleValue, "a further-reading title", folder, diagnostics);
    if (title.isEmpty()) {
      diagnostics.error(item.pos(), "a further-reading entry needs a 'title'");
    }
    return new Reading(RichText.ofInlines(title), checkedLink(fields, "link"), blocks(fields, "note"),
        item.pos());
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
      return MarkdownText.blocks(scalar, folder, diagnostics);
    }
    diagnostics.error(item.pos(), "each entry of '" + key + "' must be text, not " + Tree.describe(item));
    return null;
  }

  private RichText blocks(TreeFields fields, String key) {
    Tree.Scalar value = fields.scalar(key);
    return value == null ? RichText.EMPTY : MarkdownText.blocks(value, folder, diagnostics);
  }

  private String checkedLink(TreeFields fields, String key) {
    String value = fields.text(key);
    return value == null ? null : checks.checkedLink(value, fields.get(key).pos());
  }
}
