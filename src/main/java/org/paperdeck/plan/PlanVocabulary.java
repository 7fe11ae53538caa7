package org.paperdeck.plan;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The deck-plan vocabulary of docs/templates.md ("The deck plan") as data: which element may
 * appear inside which, and which attributes each takes. The parser checks every element and
 * attribute against it, so anything else is an error and nothing is silently dropped.
 */
final class PlanVocabulary {
  /** The parent name used for the document itself, above {@code <deck>}. */
  static final String DOCUMENT = "#document";

  static final List<String> INLINE = List.of("b", "i", "code", "s", "a", "sub", "sup", "br", "math");
  static final List<String> BLOCKS = List.of("p", "ul", "ol", "table", "figure");
  static final List<String> PARAGRAPH_CLASSES = List.of("byline", "label", "math", "caption", "code");

  private static final Map<String, List<String>> CHILDREN = Map.ofEntries(
      Map.entry(DOCUMENT, List.of("deck")),
      Map.entry("deck", List.of("layouts", "slide")),
      Map.entry("slide", List.of("title", "subtitle", "body", "image", "qr", "notes")),
      Map.entry("title", INLINE),
      Map.entry("subtitle", INLINE),
      Map.entry("body", BLOCKS),
      Map.entry("notes", BLOCKS),
      Map.entry("p", INLINE),
      Map.entry("figure", INLINE),
      Map.entry("ul", List.of("li")),
      Map.entry("ol", List.of("li")),
      Map.entry("li", concat(INLINE, List.of("p", "ul", "ol"))),
      Map.entry("table", List.of("tr")),
      Map.entry("tr", List.of("th", "td")),
      Map.entry("th", INLINE),
      Map.entry("td", INLINE),
      Map.entry("b", INLINE),
      Map.entry("i", INLINE),
      Map.entry("code", INLINE),
      Map.entry("s", INLINE),
      Map.entry("a", INLINE),
      Map.entry("sub", INLINE),
      Map.entry("sup", INLINE));

  private static final Map<String, List<String>> ATTRIBUTES = Map.ofEntries(
      Map.entry("deck", List.of("footer", "lang", "continued")),
      Map.entry("layouts", SlideRole.planNames()),
      Map.entry("slide", List.of("role", "layout", "overflow", "accent", "footer", "at")),
      Map.entry("image", List.of("src", "alt", "corner", "size")),
      Map.entry("figure", List.of("src", "alt")),
      Map.entry("qr", List.of("href")),
      Map.entry("body", List.of("size", "floor")),
      Map.entry("p", List.of("class", "at")),
      Map.entry("li", List.of("at")),
      Map.entry("a", List.of("href")),
      Map.entry("math", List.of("display")));

  /**
   * Attributes an element cannot do without. ({@code <slide>} needs a role or a layout, which
   * the handler checks itself.)
   */
  static final Map<String, String> REQUIRED = Map.of(
      "image", "src", "figure", "src", "qr", "href", "a", "href");

  private PlanVocabulary() {}

  /** The elements allowed directly inside {@code parent}; empty for leaves such as {@code br}. */
  static List<String> children(String parent) {
    return CHILDREN.getOrDefault(parent, List.of());
  }

  static List<String> attributes(String element) {
    return ATTRIBUTES.getOrDefault(element, List.of());
  }

  /** Whether text (other than indentation) may stand directly inside {@code element}. */
  static boolean takesText(String element) {
    return children(element).contains("b") || element.equals("math");
  }

  /** "&lt;p&gt;, &lt;ul&gt;" for hints. */
  static String tags(List<String> names) {
    Set<String> tags = new LinkedHashSet<>();
    names.forEach(n -> tags.add("<" + n + ">"));
    return String.join(", ", tags);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
