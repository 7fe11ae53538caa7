package org.paperdeck.handout;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperdeck.diagnostics.SourcePos;

/**
 * Where the handout's XHTML names a file: a {@code src} or {@code href} attribute, or a CSS
 * {@code url(…)} or {@code @import}. Flying Saucer asks for images and stylesheets by their
 * address alone, often already resolved against the notes folder; a warning about one should
 * still point at the line of the XHTML that names it, so that the template line that printed it
 * can be named too ({@code (made by handout.ftlh:34)}).
 */
record References(String xhtml, String source, URI base) {
  private static final Pattern REFERENCE = Pattern.compile(
      "(?:\\b(?:src|href)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'))"
          + "|(?:url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)'\"\\s]+))\\s*\\))"
          + "|(?:@import\\s+(?:\"([^\"]*)\"|'([^']*)'))");

  /**
   * The position of the {@code occurrence}-th reference (0-based) to {@code address}, written as
   * it or as something that resolves to it; the start of the XHTML if none does.
   */
  SourcePos of(String address, int occurrence) {
    String resolvedAddress = resolved(address);
    Matcher m = REFERENCE.matcher(xhtml);
    int seen = 0;
    while (m.find()) {
      int group = firstGroup(m);
      String written = unescape(m.group(group));
      if ((written.equals(address) || resolved(written).equals(resolvedAddress))
          && seen++ == occurrence) {
        return XhtmlParser.positionOf(xhtml, m.start(group), source);
      }
    }
    return SourcePos.startOf(source);
  }

  /** The first reference to {@code address}. */
  SourcePos of(String address) {
    return of(address, 0);
  }

  private static int firstGroup(Matcher m) {
    for (int group = 1; group <= m.groupCount(); group++) {
      if (m.group(group) != null) {
        return group;
      }
    }
    return 0;
  }

  private String resolved(String address) {
    try {
      return base.resolve(address.strip()).normalize().toString();
    } catch (IllegalArgumentException e) {
      return address;
    }
  }

  /** The five entities XML defines, and character references: how an attribute value is written. */
  private static String unescape(String value) {
    if (value.indexOf('&') < 0) {
      return value;
    }
    Matcher m = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);").matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String replacement = switch (name) {
        case "amp" -> "&";
        case "lt" -> "<";
        case "gt" -> ">";
        case "quot" -> "\"";
        case "apos" -> "'";
        default -> character(name, m.group());
      };
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String character(String reference, String written) {
    try {
      return new String(Character.toChars(reference.startsWith("#x")
          ? Integer.parseInt(reference.substring(2), 16) : Integer.parseInt(reference.substring(1))));
    } catch (IllegalArgumentException e) {
      return written; // no character: the parser has refused the XHTML already
    }
  }
}
