package org.paperdeck.notes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.model.Block;
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
 * One pass over the top-level Markdown blocks, sorting them into the talk's structure (format
 * doc, "Structure"): level-1 headings open categories or the further-reading list, level-2
 * headings open papers, level-3 headings open a paper's sections.
 */
final class TalkAssembler {
  private final String file;
  private final String[] sourceLines;
  private final MarkdownConverter converter;
  private final Positions positions;
  private final Diagnostics diagnostics;
  private final PaperMetadata metadata;
  private final TalkInfo info;
  private final HeadingWords headings;
  private final Citations citations;

  private final List<Node> intro = new ArrayList<>();
  private final List<CategoryDraft> categories = new ArrayList<>();
  private List<Reading> furtherReading;
  private SourcePos furtherReadingPos;
  /** Where the next non-heading block goes. */
  private List<Node> current = intro;
  private boolean inFurtherReading;
  /** True from a further-reading heading to the next category heading. */
  private boolean underFurtherReading;

  TalkAssembler(String file, String source, MarkdownConverter converter, Positions positions,
      Diagnostics diagnostics, TalkInfo info, Citations citations) {
    this.file = file;
    this.sourceLines = source.split("\r?\n", -1);
    this.converter = converter;
    this.positions = positions;
    this.diagnostics = diagnostics;
    this.metadata = new PaperMetadata(diagnostics);
    this.info = info;
    this.headings = HeadingWords.of(info);
    this.citations = citations;
  }

  Talk assemble(Node document) {
    for (Node node : MarkdownConverter.children(document)) {
      if (node instanceof Heading heading && heading.getLevel() <= 3) {
        heading(heading);
      } else {
        current.add(node);
      }
    }
    if (inFurtherReading) {
      finishFurtherReading();
    }
    List<Category> built = new ArrayList<>();
    for (CategoryDraft draft : categories) {
      built.add(draft.build());
    }
    TalkChecks.check(file, built, diagnostics);
    return new Talk(file, info, new RichText(converter.blocks(intro)), built,
        furtherReading == null ? List.of() : furtherReading);
  }

  private void heading(Heading heading) {
    SourcePos pos = positions.of(heading);
    List<Inline> inlines = converter.inlines(heading);
    String text = RichText.ofInlines(inlines).plainText().strip();
    if (inFurtherReading) {
      finishFurtherReading();
    }
    if (heading.getLevel() == 1) {
      if (headings.kindOf(text) == HeadingWords.Kind.FURTHER_READING) {
        if (furtherReadingPos != null) {
          diagnostics.error(pos, "a second further-reading section",
              "the first is on line " + furtherReadingPos.line() + "; keep one list");
        }
        furtherReadingPos = pos;
        inFurtherReading = true;
        underFurtherReading = true;
        current = new ArrayList<>();
        return;
      }
      if (text.isEmpty()) {
        diagnostics.error(pos, "a category heading needs a name");
      }
      CategoryDraft category = new CategoryDraft(text, pos);
      categories.add(category);
      current = category.description;
      underFurtherReading = false;
    } else if (heading.getLevel() == 2) {
      CategoryDraft category = categories.isEmpty() ? null : categories.get(categories.size() - 1);
      if (category == null || underFurtherReading) {
        diagnostics.error(pos, "paper '" + text + "' comes "
                + (underFurtherReading ? "inside the further-reading section" : "before any category"),
            "add a level-1 heading (# Category name) above it");
        category = new CategoryDraft("", pos);
        categories.add(category);
      }
      if (text.isEmpty()) {
        diagnostics.error(pos, "a paper heading needs a title");
      }
      PaperDraft paper = new PaperDraft(inlines, pos);
      category.papers.add(paper);
      current = paper.body;
    } else {
      PaperDraft paper = lastPaper();
      if (paper == null) {
        diagnostics.error(pos, "section '" + text + "' is not inside a paper",
            "sections (### …) belong under a paper heading (## …)");
        current = new ArrayList<>();
        return;
      }
      SectionDraft section = new SectionDraft(text, pos);
      paper.sections.add(section);
      current = section.body;
    }
  }

  private PaperDraft lastPaper() {
    if (categories.isEmpty()) {
      return null;
    }
    List<PaperDraft> papers = categories.get(categories.size() - 1).papers;
    return papers.isEmpty() || current == categories.get(categories.size() - 1).description
        ? null : papers.get(papers.size() - 1);
  }

  // ---- further reading ----

  private void finishFurtherReading() {
    inFurtherReading = false;
    List<Reading> entries = new ArrayList<>();
    for (Node node : current) {
      if (!(node instanceof BulletList || node instanceof OrderedList)) {
        diagnostics.error(positions.of(node), "further reading must be a list",
            "write each entry as a list item: 1. Title, or - [Title](https://…)");
        continue;
      }
      for (Node item : MarkdownConverter.children(node)) {
        entries.add(reading(item));
      }
    }
    if (entries.isEmpty() && current.isEmpty()) {
      diagnostics.warning(furtherReadingPos, "the further-reading section is empty");
    }
    furtherReading = furtherReading == null ? entries : furtherReading;
    current = new ArrayList<>();
  }

  /** An entry: its first line is the title (a lone link also sets the link), the rest its note. */
  private Reading reading(Node item) {
    SourcePos pos = positions.of(item);
    List<Node> kids = MarkdownConverter.children(item);
    List<Inline> title = List.of();
    List<Block> note = new ArrayList<>();
    if (!kids.isEmpty() && kids.get(0) instanceof Paragraph first) {
      List<Inline> inlines = converter.inlines(first);
      int cut = indexOfBreak(inlines);
      title = inlines.subList(0, cut);
      if (cut < inlines.size()) {
        note.add(new Block.Paragraph(inlines.subList(cut + 1, inlines.size())));
      }
      kids = kids.subList(1, kids.size());
    }
    Optional<Reading> cited = citedReading(title, note, pos);
    note.addAll(converter.blocks(kids));
    if (cited.isPresent()) {
      Reading r = cited.get();
      return new Reading(r.title(), r.link(), new RichText(note), pos, r.cite(), r.authors(),
          r.venue(), r.year(), RichText.EMPTY);
    }
    String link = null;
    if (title.size() == 1 && title.get(0) instanceof Inline.Link only) {
      link = only.href();
      title = only.children();
    }
    if (title.isEmpty()) {
      diagnostics.error(pos, "a further-reading entry needs a title on its first line");
    }
    return new Reading(RichText.ofInlines(title), link, new RichText(note), pos);
  }

  /**
   * An entry whose first line is {@code @key}, with anything after the key on that line as the
   * start of its note (format doc, "Further reading"): its title, link, authors, venue and year
   * come from the bibliography. {@code note} gets the rest of the line.
   */
  private Optional<Reading> citedReading(List<Inline> title, List<Block> note, SourcePos pos) {
    if (title.isEmpty() || !(title.get(0) instanceof Inline.Text first)) {
      return Optional.empty();
    }
    java.util.regex.Matcher m = Citations.AT_KEY.matcher(first.text().stripLeading());
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String key = m.group(1).replaceFirst("[.:,;]+$", "");
    String rest = first.text().stripLeading().substring(1 + key.length())
        .replaceFirst("^[\\s.:,;—–-]*", "");
    List<Inline> restOfLine = new ArrayList<>();
    if (!rest.isEmpty()) {
      restOfLine.add(new Inline.Text(rest));
    }
    restOfLine.addAll(title.subList(1, title.size()));
    if (!restOfLine.isEmpty()) {
      note.add(0, new Block.Paragraph(restOfLine));
    }
    Optional<org.paperdeck.refs.Reference> found = citations.find(key, pos);
    if (found.isEmpty()) {
      return Optional.of(new Reading(RichText.EMPTY, null, RichText.EMPTY, pos));
    }
    org.paperdeck.refs.Reference reference = found.get();
    return Optional.of(new Reading(citations.title(reference, pos, "the entry"),
        citations.link(reference, pos), RichText.EMPTY, pos, key, citations.authors(reference),
        reference.venue(), reference.year(), RichText.EMPTY));
  }

  private static int indexOfBreak(List<Inline> inlines) {
    for (int i = 0; i < inlines.size(); i++) {
      if (inlines.get(i) instanceof Inline.Break) {
        return i;
      }
    }
    return inlines.size();
  }

  // ---- drafts: mutable while the pass runs, turned into records at the end ----

  private final class CategoryDraft {
    final String name;
    final SourcePos pos;
    final List<Node> description = new ArrayList<>();
    final List<PaperDraft> papers = new ArrayList<>();

    CategoryDraft(String name, SourcePos pos) {
      this.name = name;
      this.pos = pos;
    }

    Category build() {
      List<Paper> built = new ArrayList<>();
      for (PaperDraft paper : papers) {
        Paper made = paper.build();
        citations.checkDuplicate(made);
        built.add(made);
      }
      return new Category(name, pos, new RichText(converter.blocks(description)), built);
    }
  }

  private static final class SectionDraft {
    final String label;
    final SourcePos pos;
    final List<Node> body = new ArrayList<>();

    SectionDraft(String label, SourcePos pos) {
      this.label = label;
      this.pos = pos;
    }
  }

  private final class PaperDraft {
    final List<Inline> title;
    final SourcePos pos;
    final List<Node> body = new ArrayList<>();
    final List<SectionDraft> sections = new ArrayList<>();

    PaperDraft(List<Inline> title, SourcePos pos) {
      this.title = title;
      this.pos = pos;
    }

    Paper build() {
      List<Node> summaryNodes = body;
      PaperMetadata.Values meta = new PaperMetadata.Values(Map.of(), Map.of());
      if (!body.isEmpty() && body.get(0) instanceof Paragraph first) {
        Optional<PaperMetadata.Values> read = readMetadata(first);
        if (read.isPresent()) {
          meta = read.get();
          summaryNodes = body.subList(1, body.size());
        }
      }
      // A title that is one link gives the paper its link, unless Link: gives one.
      List<Inline> titleInlines = title;
      String titleLink = null;
      if (title.size() == 1 && title.get(0) instanceof Inline.Link only) {
        titleInlines = only.children();
        titleLink = only.href();
      }
      Paper.Builder paper = Paper.builder(pos).title(RichText.ofInlines(titleInlines))
          .venue(info.venue());
      cite(paper, meta);
      if (titleLink != null) {
        paper.link(titleLink);
      }
      for (PaperField field : PaperField.values()) {
        String value = meta.get(field.key());
        if (field.kind().metadata() && value != null) {
          field.set(paper, metadataValue(field, value, meta.pos().get(field.key())));
        }
      }

      List<Insight> insights = new ArrayList<>();
      List<RichText> questions = new ArrayList<>();
      List<Section> labelled = new ArrayList<>();
      List<Block> notes = new ArrayList<>();
      Map<String, SourcePos> special = new HashMap<>();
      for (SectionDraft section : sections) {
        HeadingWords.Kind meaning = headings.kindOf(section.label);
        String kind = meaning == HeadingWords.Kind.INSIGHTS ? "Insights"
            : meaning == HeadingWords.Kind.QUESTIONS ? "Questions"
            : meaning == HeadingWords.Kind.NOTES ? "Notes" : null;
        if (kind != null && special.containsKey(kind)) {
          diagnostics.error(section.pos, "a second " + kind + " section for this paper",
              "the first is on line " + special.get(kind).line() + "; merge them");
          continue;
        }
        if (kind != null) {
          special.put(kind, section.pos);
        }
        if ("Insights".equals(kind)) {
          // Each insight at its own item, so a message about it (it continues on the next
          // slide) names its line rather than the heading's.
          for (PaperField.Item item : listItems(section, "Insights")) {
            insights.add(new Insight(item.text(), item.pos()));
          }
        } else if ("Questions".equals(kind)) {
          listItems(section, "Questions").forEach(item -> questions.add(item.text()));
        } else if ("Notes".equals(kind)) {
          notes.addAll(converter.blocks(section.body));
        } else {
          if (section.label.isEmpty()) {
            diagnostics.error(section.pos, "a section heading needs a label");
          }
          labelled.add(new Section(section.label, new RichText(converter.blocks(section.body)),
              section.pos));
        }
      }
      return paper.summary(new RichText(converter.blocks(summaryNodes))).insights(insights)
          .questions(questions).sections(labelled).notes(new RichText(notes)).build();
    }

    /**
     * The entry a paper cites, by its heading ({@code ## @key}) or its {@code Cite:} line
     * (format doc, "Citing a bibliography"): it fills the paper first, so the metadata read
     * after it wins; a heading that is only the key takes the entry's title.
     */
    private void cite(Paper.Builder paper, PaperMetadata.Values meta) {
      String headingKey = null;
      if (title.size() == 1 && title.get(0) instanceof Inline.Text only) {
        java.util.regex.Matcher m = Citations.AT_KEY.matcher(only.text().strip());
        headingKey = m.matches() ? m.group(1) : null;
      }
      String lineKey = meta.get("cite");
      SourcePos at = lineKey == null ? pos : meta.pos().get("cite");
      if (lineKey != null) {
        lineKey = lineKey.strip().replaceFirst("^@", "");
        if (headingKey != null && !headingKey.equals(lineKey)) {
          diagnostics.error(at, "the heading cites '" + headingKey + "' and this line '" + lineKey
              + "'", "cite one entry: remove the Cite: line or write the title in the heading");
          return;
        }
      }
      String key = lineKey != null ? lineKey : headingKey;
      if (key == null) {
        return;
      }
      Optional<org.paperdeck.refs.Reference> found = citations.find(key, at);
      if (found.isEmpty()) {
        return;
      }
      citations.fill(paper, found.get(), at);
      if (headingKey != null) {
        paper.title(citations.title(found.get(), pos, "the paper"));
      }
    }

    /** A metadata line's value, read as its field's kind asks; {@code null} after a report. */
    private Object metadataValue(PaperField field, String value, SourcePos at) {
      return switch (field.kind()) {
        case TEXT -> value;
        case NAMES -> field.split(value);
        case LINK -> converter.checkedLink(value, at);
        case IMAGE -> converter.checkedImage(value, at);
        case COUNT -> metadata.count(field, value, at);
        case TITLE, BLOCKS, ITEMS, SECTIONS -> throw new IllegalArgumentException(
            "not a metadata field: " + field);
      };
    }

    private Optional<PaperMetadata.Values> readMetadata(Paragraph paragraph) {
      List<String> lines = new ArrayList<>();
      int firstLine = -1;
      for (SourceSpan span : paragraph.getSourceSpans()) {
        String line = sourceLines[span.getLineIndex()];
        int from = Math.min(span.getColumnIndex(), line.length());
        lines.add(" ".repeat(from) + line.substring(from, Math.min(line.length(), from + span.getLength())));
        firstLine = firstLine < 0 ? span.getLineIndex() + 1 : firstLine;
      }
      return lines.isEmpty() ? Optional.empty() : metadata.read(lines, firstLine, file);
    }

    /** A section that must be one list: each item becomes one entry, at its marker. */
    private List<PaperField.Item> listItems(SectionDraft section, String kind) {
      List<PaperField.Item> items = new ArrayList<>();
      for (Node node : section.body) {
        if (node instanceof BulletList || node instanceof OrderedList) {
          List<Node> itemNodes = MarkdownConverter.children(node);
          List<Block.ListItem> converted = converter.list(node).items();
          for (int i = 0; i < converted.size(); i++) {
            items.add(new PaperField.Item(new RichText(converted.get(i).blocks()),
                positions.of(itemNodes.get(i))));
          }
        } else {
          diagnostics.error(positions.of(node), "the " + kind + " section must be a list",
              "write each entry as a list item: 1. … or - …");
        }
      }
      return items;
    }
  }
}
