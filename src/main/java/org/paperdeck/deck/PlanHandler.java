package org.paperdeck.deck;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.diagnostics.Suggestions;
import org.paperdeck.model.MathText;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One pass over the plan's SAX events, building the plan records bottom-up on a stack of open
 * elements. An element outside {@link PlanVocabulary} is reported once and its whole subtree
 * skipped, so one typo gives one message.
 */
final class PlanHandler extends DefaultHandler {
  private final PlanSource source;
  private final Diagnostics diagnostics;
  private final Deque<Frame> open = new ArrayDeque<>();
  private final Deque<RunCollector.Style> styles = new ArrayDeque<>();
  private Locator locator;
  private int skipDepth;
  private DeckPlan plan;

  PlanHandler(PlanSource source, Diagnostics diagnostics) {
    this.source = source;
    this.diagnostics = diagnostics;
    open.push(new Frame(PlanVocabulary.DOCUMENT, SourcePos.startOf("-")));
    styles.push(RunCollector.Style.PLAIN);
  }

  /** The plan, or {@code null} when the document had no {@code <deck>}. */
  DeckPlan plan() {
    return plan;
  }

  @Override
  public void setDocumentLocator(Locator locator) {
    this.locator = locator;
  }

  /** An open element and what it has gathered so far; which fields it uses depends on its name. */
  private static final class Frame {
    final String name;
    final SourcePos pos;
    final RunCollector runs = new RunCollector();
    final List<PlanBlock> blocks = new ArrayList<>();
    final List<PlanBlock.Item> items = new ArrayList<>();
    final List<List<Run>> cells = new ArrayList<>();
    final List<List<List<Run>>> rows = new ArrayList<>();
    final List<SlidePlan> slides = new ArrayList<>();
    final StringBuilder tex = new StringBuilder();
    boolean allHeaders = true;
    boolean headerRow;
    String styleClass;
    SlideParts slide;
    String footer;
    Map<SlideRole, String> layouts;

    Frame(String name, SourcePos pos) {
      this.name = name;
      this.pos = pos;
    }
  }

  /** The parts of a {@code <slide>} as they arrive. */
  private static final class SlideParts {
    String layout;
    SlidePlan.Overflow overflow = SlidePlan.Overflow.SHRINK;
    SlidePlan.Look look = SlidePlan.Look.NONE;
    List<Run> title;
    List<Run> subtitle;
    List<PlanBlock> body;
    List<PlanBlock> notes;
    final List<PlanImage> images = new ArrayList<>();
    String qrHref;
  }

  @Override
  public void startElement(String uri, String localName, String name, Attributes attributes) {
    if (skipDepth > 0) {
      skipDepth++;
      return;
    }
    Frame parent = open.peek();
    SourcePos pos = source.tagStart(locator.getLineNumber(), locator.getColumnNumber());
    List<String> allowed = PlanVocabulary.children(parent.name);
    if (!allowed.contains(name)) {
      unknownElement(name, parent.name, allowed, pos);
      skipDepth = 1;
      return;
    }
    checkAttributes(name, attributes);
    Frame frame = new Frame(name, pos);
    open.push(frame);
    switch (name) {
      case "deck" -> frame.footer = attributes.getValue("footer");
      case "layouts" -> parent.layouts =
          once(parent.layouts, PlanLook.layouts(attributes, this::attributePos, diagnostics),
          frame);
      case "slide" -> frame.slide = startSlide(attributes);
      case "p" -> frame.styleClass = paragraphClass(attributes.getValue("class"));
      case "br" -> collectorFor(parent).lineBreak();
      case "image" -> image(parent.slide, attributes);
      case "qr" -> parent.slide.qrHref = attributes.getValue("href");
      case "b", "i", "code", "s", "a", "sub", "sup" ->
          styles.push(styles.peek().inside(name, attributes.getValue("href")));
      default -> { }
    }
  }

  @Override
  public void endElement(String uri, String localName, String name) {
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    Frame frame = open.pop();
    Frame parent = open.peek();
    switch (name) {
      case "deck" -> plan = new DeckPlan(frame.slides, frame.footer,
          frame.layouts == null ? Map.of() : frame.layouts);
      case "slide" -> parent.slides.add(endSlide(frame));
      case "title" -> parent.slide.title = once(parent.slide.title, frame.runs.finish(), frame);
      case "subtitle" ->
          parent.slide.subtitle = once(parent.slide.subtitle, frame.runs.finish(), frame);
      case "body" -> parent.slide.body = once(parent.slide.body, frame.blocks, frame);
      case "notes" -> parent.slide.notes = once(parent.slide.notes, frame.blocks, frame);
      case "p" -> endParagraph(frame, parent);
      case "ul", "ol" -> parent.blocks.add(new PlanBlock.ListBlock(name.equals("ol"), frame.items));
      case "li" -> parent.items.add(new PlanBlock.Item(frame.runs.finish(), frame.blocks));
      case "th", "td" -> {
        parent.cells.add(frame.runs.finish());
        parent.allHeaders &= name.equals("th");
      }
      case "tr" -> {
        if (parent.rows.isEmpty()) {
          parent.headerRow = frame.allHeaders;
        }
        parent.rows.add(List.copyOf(frame.cells));
      }
      case "table" -> parent.blocks.add(new PlanBlock.Table(frame.headerRow, frame.rows));
      case "math" -> math(frame.tex.toString(), collectorFor(parent));
      case "b", "i", "code", "s", "a", "sub", "sup" -> styles.pop();
      default -> { }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (skipDepth > 0) {
      return;
    }
    Frame top = open.peek();
    String text = new String(ch, start, length);
    if (top.name.equals("math")) {
      top.tex.append(text);
    } else if (PlanVocabulary.takesText(top.name)) {
      collectorFor(top).text(text, styles.peek());
    } else if (!text.isBlank()) {
      diagnostics.error(source.at(locator.getLineNumber(), locator.getColumnNumber()),
          "text \"" + abbreviate(text.strip()) + "\" is not allowed directly in <" + top.name + ">",
          top.name.equals("body") || top.name.equals("notes") ? "wrap it in <p>"
              : "allowed in <" + top.name + ">: "
              + PlanVocabulary.tags(PlanVocabulary.children(top.name)));
    }
  }

  /** The runs that text inside {@code frame} belongs to: inline elements write to their block. */
  private RunCollector collectorFor(Frame frame) {
    boolean reached = false;
    for (Frame f : open) {
      reached |= f == frame;
      if (reached && !PlanVocabulary.INLINE.contains(f.name)) {
        return f.runs;
      }
    }
    return frame.runs;
  }

  private SlideParts startSlide(Attributes attributes) {
    SlideParts parts = new SlideParts();
    parts.layout = attributes.getValue("layout");
    parts.look = PlanLook.look(attributes, this::attributePos,
        source.tagStart(locator.getLineNumber(), locator.getColumnNumber()), diagnostics);
    String overflow = attributes.getValue("overflow");
    if (overflow != null) {
      try {
        parts.overflow = SlidePlan.Overflow.valueOf(overflow.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        diagnostics.error(attributePos("overflow"),
            "unknown overflow '" + overflow + "' on <slide>", "use shrink or continue");
      }
    }
    return parts;
  }

  private SlidePlan endSlide(Frame frame) {
    SlideParts s = frame.slide;
    return new SlidePlan(s.layout == null ? "" : s.layout, frame.pos.line(), orEmpty(s.title),
        orEmpty(s.subtitle), orEmpty(s.body), orEmpty(s.notes), s.images, s.qrHref, s.overflow, s.look);
  }

  private void image(SlideParts slide, Attributes attributes) {
    String src = attributes.getValue("src");
    if (src == null) {
      return; // reported as a missing attribute
    }
    try {
      slide.images.add(new PlanImage(Path.of(src), attributes.getValue("alt")));
    } catch (InvalidPathException e) {
      diagnostics.error(attributePos("src"), "image path '" + src + "' is not a valid path");
    }
  }

  private String paragraphClass(String styleClass) {
    if (styleClass != null && !PlanVocabulary.PARAGRAPH_CLASSES.contains(styleClass)) {
      diagnostics.warning(attributePos("class"),
          "unknown paragraph class '" + styleClass + "'; it is laid out as a plain paragraph",
          "known classes: " + String.join(", ", PlanVocabulary.PARAGRAPH_CLASSES));
    }
    return styleClass;
  }

  /** A {@code p} is a block in a body, but inside {@code li} its runs join the item's text. */
  private void endParagraph(Frame frame, Frame parent) {
    List<Run> runs = frame.runs.finish();
    if (parent.name.equals("li")) {
      parent.runs.appendParagraph(runs);
    } else if (!runs.isEmpty()) {
      parent.blocks.add(new PlanBlock.Paragraph(runs, frame.styleClass));
    }
  }

  private void math(String tex, RunCollector into) {
    String source = tex.strip().replaceAll("[ \\t\\r\\n]+", " ");
    for (MathText.Piece piece : MathText.convert(source)) {
      Run.Script script = Run.Script.valueOf(piece.script().name());
      into.text(piece.text(), styles.peek().withScript(script));
    }
  }

  private <T> T once(T already, T value, Frame frame) {
    if (already != null) {
      String owner = frame.name.equals("layouts") ? "a deck" : "a slide";
      diagnostics.error(frame.pos, owner + " takes one <" + frame.name + ">; this is a second",
          "merge their contents into one <" + frame.name + ">");
      return already;
    }
    return value;
  }

  private void checkAttributes(String element, Attributes attributes) {
    List<String> known = PlanVocabulary.attributes(element);
    for (int i = 0; i < attributes.getLength(); i++) {
      String name = attributes.getQName(i);
      if (!known.contains(name)) {
        String hint = known.isEmpty() ? "<" + element + "> takes no attributes"
            : Suggestions.closest(name, known).map(s -> "did you mean '" + s + "'? ").orElse("")
                + "<" + element + "> takes: " + String.join(", ", known);
        diagnostics.error(attributePos(name),
            "unknown attribute '" + name + "' on <" + element + ">", hint);
      }
    }
    String required = PlanVocabulary.REQUIRED.get(element);
    if (required != null && attributes.getValue(required) == null) {
      diagnostics.error(source.tagStart(locator.getLineNumber(), locator.getColumnNumber()),
          "<" + element + "> needs a '" + required + "' attribute");
    }
  }

  private void unknownElement(String name, String parent, List<String> allowed, SourcePos pos) {
    String where = parent.equals(PlanVocabulary.DOCUMENT) ? "at the top of the plan"
        : "in <" + parent + ">";
    String hint = allowed.isEmpty() ? "<" + parent + "> takes no elements"
        : Suggestions.closest(name, allowed).map(s -> "did you mean <" + s + ">? ").orElse("")
            + "allowed " + where + ": " + PlanVocabulary.tags(allowed);
    diagnostics.error(pos, "unknown deck-plan element <" + name + "> " + where, hint);
  }

  private SourcePos attributePos(String attribute) {
    return source.attribute(locator.getLineNumber(), locator.getColumnNumber(), attribute);
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static String abbreviate(String text) {
    return text.length() <= 30 ? text : text.substring(0, 29) + "…";
  }
}
