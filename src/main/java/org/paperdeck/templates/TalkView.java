package org.paperdeck.templates;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.XMLOutputFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperdeck.model.Category;
import org.paperdeck.model.Insight;
import org.paperdeck.model.Paper;
import org.paperdeck.model.Reading;
import org.paperdeck.model.RichText;
import org.paperdeck.model.Section;
import org.paperdeck.model.Talk;
import org.paperdeck.model.TalkInfo;

/**
 * The talk as templates see it (docs/templates.md, "What the templates see"): plain maps, lists,
 * strings and numbers, with rich text as markup output of the template's format. Templates get
 * data only, never Java objects with methods, which is half of what keeps them safe.
 */
final class TalkView {
  /** {@code --var labels.KEY=…} sets a label rather than a variable. */
  static final String LABEL_PREFIX = "labels.";

  private final MarkupWriter writer;
  private final CommonMarkupOutputFormat<?> format;
  private final Labels labels;

  private TalkView(Dialect dialect, Labels labels) {
    this.writer = new MarkupWriter(dialect);
    this.format = dialect == Dialect.PLAN ? XMLOutputFormat.INSTANCE : HTMLOutputFormat.INSTANCE;
    this.labels = labels;
  }

  static Map<String, Object> of(Talk talk, Dialect dialect, Map<String, String> overrides) {
    return of(talk, dialect, overrides, TemplateSet.builtIn());
  }

  /**
   * The data model for one template: {@code talk} and {@code vars}, the front matter's {@code
   * vars} with {@code overrides} (the command line's {@code --var}) on top, key by key.
   */
  static Map<String, Object> of(
      Talk talk, Dialect dialect, Map<String, String> overrides, TemplateSet set) {
    Map<String, Object> vars = new LinkedHashMap<>(talk.info().vars());
    Map<String, String> ownLabels = new LinkedHashMap<>(talk.info().labels());
    overrides.forEach((key, value) -> {
      if (key.startsWith(LABEL_PREFIX)) {
        ownLabels.put(key.substring(LABEL_PREFIX.length()), value);
      } else {
        vars.put(key, value);
      }
    });
    Labels labels = Labels.of(set, talk.info().lang(), ownLabels);
    TalkView view = new TalkView(dialect, labels);
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("talk", view.talk(talk));
    root.put("vars", vars);
    root.putAll(LabelFunctions.models(labels, view.format));
    return root;
  }

  private Map<String, Object> talk(Talk talk) {
    TalkInfo info = talk.info();
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("title", info.title());
    putIfPresent(map, "subtitle", info.subtitle());
    map.put("presenters", info.presenters());
    putIfPresent(map, "presenter", info.presenters().isEmpty() ? null : joinNames(info.presenters()));
    putIfPresent(map, "date", info.date());
    putIfPresent(map, "event", info.event());
    putIfPresent(map, "venue", info.venue());
    putIfPresent(map, "duration", info.duration());
    map.put("lang", info.lang());
    map.put("intro", blocks(talk.intro()));
    Timing.Plan timing = Timing.of(talk);
    putIfPresent(map, "plannedMinutes", timing.total());
    List<Object> categories = new ArrayList<>();
    List<Object> papers = new ArrayList<>();
    int categoryNumber = 0;
    for (Category category : talk.categories()) {
      categoryNumber++;
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("name", category.name());
      c.put("number", categoryNumber);
      c.put("description", blocks(category.description()));
      c.put("at", category.pos().toString());
      List<Object> categoryPapers = new ArrayList<>();
      for (Paper paper : category.papers()) {
        Map<String, Object> p = paper(paper, papers.size() + 1, category.name(),
            timing.slots().get(papers.size()));
        categoryPapers.add(p);
        papers.add(p);
      }
      c.put("papers", categoryPapers);
      categories.add(c);
    }
    map.put("categories", categories);
    map.put("papers", papers);
    List<Object> readings = new ArrayList<>();
    for (Reading reading : talk.furtherReading()) {
      readings.add(reading(reading, readings.size() + 1));
    }
    map.put("furtherReading", readings);
    List<Object> references = new ArrayList<>();
    for (RichText reference : talk.references()) {
      references.add(inline(reference));
    }
    map.put("references", references);
    return map;
  }

  private Map<String, Object> paper(Paper paper, int number, String categoryName,
      Timing.Slot slot) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("title", inline(paper.title()));
    map.put("titleText", paper.title().plainText());
    map.put("at", paper.pos().toString());
    map.put("number", number);
    map.put("category", categoryName);
    map.put("authors", paper.authors());
    putIfPresent(map, "authorsText", paper.authors().isEmpty() ? null : joinNames(paper.authors()));
    putIfPresent(map, "affiliation", paper.affiliation());
    putIfPresent(map, "venue", paper.venue());
    putIfPresent(map, "year", paper.year());
    putIfPresent(map, "byline", byline(paper));
    putIfPresent(map, "link", paper.link());
    putIfPresent(map, "code", paper.code());
    putIfPresent(map, "image", paper.image() == null ? null : paper.image().toString());
    putIfPresent(map, "presenter", paper.presenter());
    putIfPresent(map, "cite", paper.cite());
    putIfPresent(map, "minutes", slot.minutes());
    putIfPresent(map, "startMinute", slot.startMinute());
    map.put("tags", paper.tags());
    map.put("summary", blocks(paper.summary()));
    map.put("summaryText", paper.summary().plainText());
    map.put("firstSentence", new LazyText(() -> Sentences.first(paper.summary().plainText())));
    List<Object> insights = new ArrayList<>();
    List<Object> insightsAt = new ArrayList<>();
    for (Insight insight : paper.insights()) {
      insights.add(inline(insight.text()));
      insightsAt.add(insight.pos().toString());
    }
    map.put("insights", insights);
    map.put("insightsAt", insightsAt);
    List<Object> questions = new ArrayList<>();
    for (RichText question : paper.questions()) {
      questions.add(inline(question));
    }
    map.put("questions", questions);
    List<Object> sections = new ArrayList<>();
    for (Section section : paper.sections()) {
      sections.add(Map.of("label", section.label(), "body", blocks(section.body()),
          "at", section.pos().toString()));
    }
    map.put("sections", sections);
    map.put("notes", blocks(paper.notes()));
    return map;
  }

  private Map<String, Object> reading(Reading reading, int number) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("title", inline(reading.title()));
    map.put("titleText", reading.title().plainText());
    map.put("at", reading.pos().toString());
    map.put("number", number);
    putIfPresent(map, "link", reading.link());
    map.put("note", blocks(reading.note()));
    putIfPresent(map, "cite", reading.cite());
    putIfPresent(map, "styled", reading.styled().isEmpty() ? null : inline(reading.styled()));
    map.put("authors", reading.authors());
    putIfPresent(map, "authorsText",
        reading.authors().isEmpty() ? null : joinNames(reading.authors()));
    putIfPresent(map, "venue", reading.venue());
    putIfPresent(map, "year", reading.year());
    return map;
  }

  /** "authors · affiliation · venue year", leaving out what the notes leave out. */
  String byline(Paper paper) {
    List<String> parts = new ArrayList<>();
    if (!paper.authors().isEmpty()) {
      parts.add(joinNames(paper.authors()));
    }
    if (paper.affiliation() != null) {
      parts.add(paper.affiliation());
    }
    String venue = paper.venue();
    if (paper.year() != null) {
      venue = venue == null ? paper.year()
          : venue.contains(paper.year()) ? venue : venue + " " + paper.year();
    }
    if (venue != null) {
      parts.add(venue);
    }
    return parts.isEmpty() ? null : String.join(" · ", parts);
  }

  /**
   * "A", "A and B", "A, B and C", or as the talk's language joins names; a list ending in
   * "et al." reads "A, B et al.", never "A and et al.".
   */
  private String joinNames(List<String> names) {
    if (names.size() > 1) {
      String last = names.get(names.size() - 1).strip();
      if (last.equalsIgnoreCase("et al.") || last.equalsIgnoreCase("et al")
          || last.equalsIgnoreCase("and others")) {
        return labels.joinNames(List.of(String.join(", ", names.subList(0, names.size() - 1))))
            + " " + last;
      }
    }
    return labels.joinNames(names);
  }

  private Object blocks(RichText text) {
    return markup(writer.blocks(text));
  }

  private Object inline(RichText text) {
    return markup(writer.inlineOrBlocks(text));
  }

  private Object markup(String markup) {
    try {
      return format.fromMarkup(markup);
    } catch (freemarker.template.TemplateModelException e) {
      throw new IllegalStateException("markup output cannot be built", e);
    }
  }

  private static void putIfPresent(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
