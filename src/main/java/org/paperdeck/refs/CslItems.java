package org.paperdeck.refs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.diagnostics.SourcePos;

/**
 * One CSL-JSON item into a reference, by the CSL-JSON schema's variable names: {@code id},
 * {@code type}, {@code title}, {@code author}, {@code container-title}, {@code issued}, {@code
 * DOI}, {@code URL}, and an arXiv ID where Zotero puts it ({@code number: "arXiv:…"}).
 */
final class CslItems {
  /** CSL's rich-text tags in titles, and what Markdown writes for each (null: text only). */
  private static final Pattern TAG = Pattern.compile("</?(i|b|sup|sub|span)(\\s[^>]*)?>");
  private static final Pattern YEAR = Pattern.compile("\\b(\\d{4})\\b");

  private CslItems() {}

  static Reference reference(Map<String, Object> item, SourcePos pos, Diagnostics diagnostics) {
    Object id = item.get("id");
    if (!(id instanceof String key) || key.isBlank()) {
      diagnostics.error(pos, "a CSL-JSON item needs an \"id\" (its citation key)");
      return null;
    }
    List<String> problems = new ArrayList<>();
    String title = text(item.get("title"));
    if (title != null) {
      title = title(title, problems);
    }
    List<Name> authors = new ArrayList<>();
    if (item.get("author") instanceof List<?> list) {
      for (Object entry : list) {
        if (entry instanceof Map<?, ?> name) {
          Name read = name(name);
          if (read != null) {
            authors.add(read);
          }
        }
      }
    }
    String doi = text(item.get("DOI"));
    doi = doi == null ? null : Identifiers.doi(doi).orElse(null);
    String url = text(item.get("URL"));
    String arxiv = null;
    String number = text(item.get("number"));
    if (number != null && number.regionMatches(true, 0, "arxiv:", 0, 6)) {
      arxiv = Identifiers.arxiv(number).orElse(null);
    }
    if (arxiv == null && url != null) {
      arxiv = Identifiers.arxiv(url).orElse(null);
    }
    if (arxiv == null && doi != null) {
      arxiv = Identifiers.arxivOfDoi(doi).orElse(null);
    }
    String type = text(item.get("type"));
    String venue = text(item.get("container-title"));
    if (venue == null) {
      venue = text(item.get("event-title"));
    }
    return new Reference(key.strip(), type == null ? "document" : type, title, authors, false,
        venue, year(item.get("issued")), doi, arxiv, url, problems, pos);
  }

  /** A title's CSL rich text ({@code <i>}, {@code <b>}, spans) as Markdown. */
  static String title(String rich, List<String> problems) {
    StringBuilder out = new StringBuilder();
    Matcher m = TAG.matcher(rich);
    int last = 0;
    while (m.find()) {
      out.append(escape(rich.substring(last, m.start())));
      String tag = m.group(1);
      if (tag.equals("i")) {
        out.append('*');
      } else if (tag.equals("b")) {
        out.append("**");
      } else if (tag.equals("sup") || tag.equals("sub")) {
        if (!m.group().startsWith("</")) {
          problems.add("<" + tag + "> in the title is shown as ordinary text");
        }
      }
      last = m.end();
    }
    out.append(escape(rich.substring(last)));
    return out.toString().replaceAll("\\s+", " ").strip();
  }

  private static String escape(String text) {
    return MarkdownEscape.escape(
        text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
  }

  private static Name name(Map<?, ?> name) {
    String literal = text(name.get("literal"));
    String family = text(name.get("family"));
    if (family == null) {
      return literal == null ? null : new Name(literal, null);
    }
    String particle = text(name.get("non-dropping-particle"));
    String dropping = text(name.get("dropping-particle"));
    String prefix = (dropping == null ? "" : dropping + " ") + (particle == null ? "" : particle + " ");
    return new Name(prefix + family, text(name.get("given")));
  }

  /** {@code issued}: {@code {"date-parts": [[2016, 6]]}}, or a raw or literal date. */
  private static String year(Object issued) {
    if (!(issued instanceof Map<?, ?> date)) {
      return null;
    }
    if (date.get("date-parts") instanceof List<?> parts && !parts.isEmpty()
        && parts.get(0) instanceof List<?> first && !first.isEmpty() && first.get(0) != null) {
      return first.get(0).toString();
    }
    for (String key : List.of("raw", "literal")) {
      String text = text(date.get(key));
      if (text != null) {
        Matcher m = YEAR.matcher(text);
        if (m.find()) {
          return m.group(1);
        }
      }
    }
    return null;
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    return text.isEmpty() || value instanceof Map || value instanceof List ? null : text;
  }
}
