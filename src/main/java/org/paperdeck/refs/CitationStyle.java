package org.paperdeck.refs;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * References formatted in a Citation Style Language style, through citeproc-java, with the
 * style repository packaged beside it (format doc, "Citation styles"). This is the only class
 * that touches citeproc-java, so its classes load only for notes that set {@code csl:}.
 */
public final class CitationStyle {
  /** The number a numeric style puts in the margin: {@code [1]}. */
  private static final Pattern MARGIN =
      Pattern.compile("<div class=\"csl-left-margin\">(.*?)</div>", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("<(/?)(\\w+)([^>]*)>");
  /** Where a title's math stands while the style formats the title as text. */
  private static final Pattern MATH_MARK = Pattern.compile("\uE000(\\d+)\uE001");

  /**
   * One formatted bibliography.
   *
   * @param ordered every entry in the style's order, as Markdown, with its margin number
   * @param byKey each entry by key, as Markdown, alone (numbered 1 in a numeric style's margin,
   *     which is left out)
   */
  public record Formatted(List<String> ordered, Map<String, String> byKey) {}

  private CitationStyle() {}

  /**
   * Formats {@code references} in {@code style}: a style's name in the repository ({@code
   * ieee}) or a style's XML, as a {@code .csl} file holds it.
   *
   * @throws IllegalArgumentException when the style is unknown or its XML is not a style
   */
  public static Formatted format(String style, List<Reference> references) {
    List<String> maths = new ArrayList<>();
    Map<String, CSLItemData> items = new LinkedHashMap<>();
    for (Reference reference : references) {
      items.putIfAbsent(reference.key(), item(reference, maths));
    }
    if (!style.stripLeading().startsWith("<") && !CSL.supportsStyle(style)) {
      throw new IllegalArgumentException("unknown citation style '" + style + "'");
    }
    try {
      CSL csl = new CSL(new ListItemDataProvider(items.values().toArray(new CSLItemData[0])),
          style, "en-US");
      csl.setOutputFormat("html");
      csl.registerCitationItems(items.keySet());
      List<String> ordered = new ArrayList<>();
      for (String entry : csl.makeBibliography().getEntries()) {
        Matcher margin = MARGIN.matcher(entry);
        String number = margin.find() ? markdown(margin.group(1), maths).strip() : "";
        String body = markdown(MARGIN.matcher(entry).replaceAll(""), maths).strip();
        ordered.add(number.isEmpty() ? body : number + " " + body);
      }
      // citeproc-java does not say which entry is which item: each alone, for the lists that
      // show one entry per item.
      Map<String, String> byKey = new LinkedHashMap<>();
      for (String key : items.keySet()) {
        csl.reset();
        csl.registerCitationItems(key);
        String[] entries = csl.makeBibliography().getEntries();
        if (entries.length == 1) {
          byKey.put(key, markdown(MARGIN.matcher(entries[0]).replaceAll(""), maths).strip());
        }
      }
      return new Formatted(ordered, byKey);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("the citation style cannot be used: "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
    }
  }

  /** The packaged style closest to a mistyped name, for "did you mean". */
  public static Optional<String> closest(String name) {
    try {
      return org.paperdeck.diagnostics.Suggestions.closest(name, CSL.getSupportedStyles());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static CSLItemData item(Reference reference, List<String> maths) {
    CSLItemDataBuilder item = new CSLItemDataBuilder().id(reference.key())
        .type(type(reference.type()));
    if (reference.title() != null) {
      // The style sets the title's type itself; its math waits behind a mark to come back.
      item.title(TitleMarkup.plain(reference.title(), latex -> {
        maths.add(latex);
        return "\uE000" + (maths.size() - 1) + "\uE001";
      }));
    }
    if (!reference.authors().isEmpty()) {
      item.author(reference.authors().stream().map(CitationStyle::name).toArray(CSLName[]::new));
    }
    if (reference.venue() != null) {
      item.containerTitle(reference.venue());
    }
    if (reference.year() != null && reference.year().matches("\\d{1,4}")) {
      item.issued(Integer.parseInt(reference.year()));
    }
    if (reference.doi() != null) {
      item.DOI(reference.doi());
    }
    if (reference.arxiv() != null) {
      item.number("arXiv:" + reference.arxiv());
    }
    String link = reference.link();
    if (link != null && reference.doi() == null) {
      item.URL(link);
    }
    return item.build();
  }

  private static CSLName name(Name name) {
    return name.given() == null ? new CSLNameBuilder().literal(name.family()).build()
        : new CSLNameBuilder().family(name.family()).given(name.given()).build();
  }

  private static CSLType type(String type) {
    try {
      return CSLType.fromString(type);
    } catch (IllegalArgumentException e) {
      return CSLType.DOCUMENT;
    }
  }

  /** citeproc's HTML as Markdown: italics and bold kept, every other tag dropped. */
  static String markdown(String html, List<String> maths) {
    StringBuilder out = new StringBuilder();
    List<String> closing = new ArrayList<>();
    Matcher m = TAG.matcher(html);
    int last = 0;
    while (m.find()) {
      out.append(MarkdownEscape.escape(entities(html.substring(last, m.start()))));
      String name = m.group(2).toLowerCase(Locale.ROOT);
      String attributes = m.group(3);
      if (m.group(1).isEmpty()) {
        String mark = name.equals("i") || attributes.contains("font-style: italic") ? "*"
            : name.equals("b") || attributes.contains("font-weight: bold") ? "**" : "";
        closing.add(mark);
        out.append(mark);
      } else if (!closing.isEmpty()) {
        out.append(closing.remove(closing.size() - 1));
      }
      last = m.end();
    }
    out.append(MarkdownEscape.escape(entities(html.substring(last))));
    return MATH_MARK.matcher(out.toString().replaceAll("\\s+", " ")).replaceAll(
        mark -> Matcher.quoteReplacement("\\(" + maths.get(Integer.parseInt(mark.group(1)))
            + "\\)"));
  }

  private static String entities(String text) {
    return StringEscapeUtils.unescapeHtml4(text);
  }
}
