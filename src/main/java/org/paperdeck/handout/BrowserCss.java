package org.paperdeck.handout;

import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The handout's style sheets as the HTML handout carries them: without the declarations only
 * Flying Saucer reads. The PDF needs CSS paged media ({@code position: running(…)}, {@code
 * content: element(…)}, {@code leader(…)}, {@code target-counter(…)}); a browser drops each
 * such declaration as one it cannot parse, so taking them out changes nothing it shows, and
 * leaves a page whose CSS a validator accepts. Comments go too (they may quote such values),
 * and {@code type="text/css"}, which HTML5 says to leave out.
 */
final class BrowserCss {
  private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
  /** A declaration whose value calls a function of paged media alone. */
  private static final Pattern PAGED_ONLY = Pattern.compile(
      "[A-Za-z-]+\\s*:[^;{}]*\\b(?:running|element|leader|target-counters?|target-text|string)"
          + "\\([^;{}]*(?:;|(?=}))");

  private BrowserCss() {}

  /** Rewrites every {@code <style>} of {@code document} in place. */
  static void apply(Document document) {
    NodeList styles = document.getElementsByTagNameNS("*", "style");
    for (int i = 0; i < styles.getLength(); i++) {
      Element style = (Element) styles.item(i);
      if (style.getAttribute("type").strip().equalsIgnoreCase("text/css")) {
        style.removeAttribute("type");
      }
      String css = style.getTextContent();
      String kept = of(css);
      if (!kept.equals(css)) {
        style.setTextContent(kept);
      }
    }
  }

  /** {@code css} without its comments and its paged-media declarations. */
  static String of(String css) {
    return PAGED_ONLY.matcher(COMMENT.matcher(css).replaceAll("")).replaceAll("");
  }
}
