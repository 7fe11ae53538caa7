package org.paperdeck.plan;

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
import org.paperdeck.files.FileRoots;
import org.paperdeck.math.MathForm;
import org.paperdeck.math.MathText;
import org.paperdeck.math.Script;
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
  private final FileRoots files;
  private final Deque<PlanFrame> open = new ArrayDeque<>();
  private final Deque<RunCollector.Style> styles = new ArrayDeque<>();
  private Locator locator;
  private int skipDepth;
  private DeckPlan plan;

  PlanHandler(PlanSource source, Diagnostics diagnostics, FileRoots files) {
    this.source = source;
    this.diagnostics = diagnostics;
    this.files = files;
    open.push(new PlanFrame(PlanVocabulary.DOCUMENT, SourcePos.startOf("-")));
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

  @Override
  public void startElement(String uri, String localName, String name, Attributes attributes) {
    if (skipDepth > 0) {
      skipDepth++;
      return;
    }
    PlanFrame parent = open.peek();
    SourcePos pos = source.tagStart(locator.getLineNumber(), locator.getColumnNumber());
    List<String> allowed = PlanVocabulary.children(parent.name);
    if (!allowed.contains(name)) {
      unknownElement(name, parent.name, allowed, pos);
      skipDepth = 1;
      return;
    }
    checkAttributes(name, attributes);
    PlanFrame frame = new PlanFrame(name, pos);
    open.push(frame);
    switch (name) {
      case "deck" -> {
        frame.footer = attributes.getValue("footer");
        frame.lang = attributes.getValue("lang");
        frame.continued = attributes.getValue("continued");
      }
      case "layouts" -> parent.layouts =
          once(parent.layouts, PlanLook.layouts(attributes, this::attributePos, diagnostics),
          frame);
      case "slide" -> frame.slide = startSlide(attributes);
      case "p" -> {
        frame.styleClass = paragraphClass(attributes.getValue("class"));
        frame.at = PlanLook.notesPos(attributes.getValue("at"));
      }
      case "li" -> frame.at = PlanLook.notesPos(attributes.getValue("at"));
      case "br" -> collectorFor(parent).lineBreak();
      case "image" -> image(parent.slide.images, attributes);
      case "figure" -> frame.figure = image(new ArrayList<>(), attributes);
      case "math" -> frame.displayMath = "block".equals(attributes.getValue("display"));
      case "qr" -> parent.slide.qrHref = attributes.getValue("href");
      case "body" -> {
        parent.slide.bodySize =
            PlanLook.bodySize(attributes.getValue("size"), this::attributePos, diagnostics);
        parent.slide.bodyFloor = PlanLook.bodyFloor(attributes.getValue("floor"),
            this::attributePos, diagnostics);
      }
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
    PlanFrame frame = open.pop();
    PlanFrame parent = open.peek();
    switch (name) {
      case "deck" -> plan = new DeckPlan(frame.slides, frame.footer,
          frame.layouts == null ? Map.of() : frame.layouts, frame.lang,
          frame.continued);
      case "slide" -> parent.slides.add(endSlide(frame));
      case "title" -> parent.slide.title = once(parent.slide.title, frame.runs.finish(), frame);
      case "subtitle" ->
          parent.slide.subtitle = once(parent.slide.subtitle, frame.runs.finish(), frame);
      case "body" -> parent.slide.body = once(parent.slide.body, frame.blocks, frame);
      case "notes" -> parent.slide.notes = once(parent.slide.notes, frame.blocks, frame);
      case "p" -> endParagraph(frame, parent);
      case "figure" -> endFigure(frame, parent);
      case "ul", "ol" -> addBlock(parent, new PlanBlock.ListBlock(name.equals("ol"), frame.items));
      case "li" -> parent.items.add(new PlanBlock.Item(frame.runs.finish(),
          frame.blocks, frame.at));
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
      case "table" -> addBlock(parent, new PlanBlock.Table(frame.headerRow, frame.rows));
      case "math" -> math(frame, parent);
      case "b", "i", "code", "s", "a", "sub", "sup" -> styles.pop();
      default -> { }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (skipDepth > 0) {
      return;
    }
    PlanFrame top = open.peek();
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
  private RunCollector collectorFor(PlanFrame frame) {
    boolean reached = false;
    for (PlanFrame f : open) {
      reached |= f == frame;
      if (reached && !PlanVocabulary.INLINE.contains(f.name)) {
        return f.runs;
      }
    }
    return frame.runs;
  }

  private PlanFrame.SlideParts startSlide(Attributes attributes) {
    PlanFrame.SlideParts parts = new PlanFrame.SlideParts();
    parts.layout = attributes.getValue("layout");
    parts.look = PlanLook.look(attributes, this::attributePos,
        source.tagStart(locator.getLineNumber(), locator.getColumnNumber()), diagnostics);
    parts.at = PlanLook.notesPos(attributes.getValue("at"));
    String overflow = attributes.getValue("overflow");
    if (overflow != null) {
      switch (overflow.strip().toLowerCase(Locale.ROOT)) {
        case "continue" -> parts.overflow = SlidePlan.Overflow.CONTINUE;
        // "shrink" is the old name of "notes", still read.
        case "notes", "shrink" -> parts.overflow = SlidePlan.Overflow.SHRINK;
        default -> diagnostics.error(attributePos("overflow"),
            "unknown overflow '" + overflow + "' on <slide>", "use continue or notes");
      }
    }
    return parts;
  }

  private SlidePlan endSlide(PlanFrame frame) {
    PlanFrame.SlideParts s = frame.slide;
    return new SlidePlan(s.layout == null ? "" : s.layout, frame.pos.line(), orEmpty(s.title),
        orEmpty(s.subtitle), orEmpty(s.body), orEmpty(s.notes), s.images, s.qrHref, s.overflow,
        s.bodySize, s.look, s.at, s.bodyFloor);
  }

  /** Adds the {@code src}/{@code alt} picture to {@code into}; returns it, or null if invalid. */
  private PlanImage image(List<PlanImage> into, Attributes attributes) {
    String src = attributes.getValue("src");
    if (src == null) {
      return null; // reported as a missing attribute
    }
    if (files.resolve(src) instanceof FileRoots.Refused refused) {
      diagnostics.error(attributePos("src"), "picture " + refused.reason(),
          "put the picture in the notes file's folder or your template folder, and name it"
              + " relative to that folder");
      return null;
    }
    Path path = ((FileRoots.Allowed) files.resolve(src)).path();
    PlanImage image = PlanLook.picture(path, attributes, this::attributePos, diagnostics);
    if (image != null) {
      into.add(image);
    }
    return image;
  }

  private void endFigure(PlanFrame frame, PlanFrame parent) {
    if (frame.figure != null) {
      parent.blocks.add(new PlanBlock.Figure(frame.figure.source(), frame.figure.alt(),
          frame.runs.finish()));
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
  private void endParagraph(PlanFrame frame, PlanFrame parent) {
    List<Run> runs = frame.runs.finish();
    List<PlanBlock> after = frame.displayLatex == null ? List.of()
        : List.of(new PlanBlock.DisplayMath(frame.displayLatex, false));
    if (parent.name.equals("li")) {
      parent.runs.appendParagraph(runs);
      parent.blocks.addAll(after);
      return;
    }
    if (!runs.isEmpty()) {
      parent.blocks.add(new PlanBlock.Paragraph(runs, frame.styleClass, frame.at));
    }
    parent.blocks.addAll(after);
  }

  private static void addBlock(PlanFrame parent, PlanBlock block) {
    parent.blocks.add(block);
  }

  /**
   * Math as text runs. Display math alone in a {@code p} becomes a picture instead; inline math
   * that Unicode can only approximate is one formula run, shown once, in the line: an equation
   * where the reader has them, its approximation elsewhere (docs/format.md, "Math").
   */
  private void math(PlanFrame frame, PlanFrame parent) {
    String source = RunCollector.collapseSpace(frame.tex.toString().strip());
    if (frame.displayMath && parent.name.equals("p") && parent.displayLatex == null) {
      parent.displayLatex = source;
      return;
    }
    RunCollector into = collectorFor(parent);
    if (!MathForm.unicodeShows(source)) {
      into.formula(Run.formula(MathText.toPlain(source).strip(), source));
      return;
    }
    for (MathText.Piece piece : MathText.convert(source)) {
      Script script = piece.script();
      into.text(piece.text(), styles.peek().withScript(script));
    }
  }

  private <T> T once(T already, T value, PlanFrame frame) {
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
