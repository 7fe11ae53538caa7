package org.paperdeck.handout;

import java.util.Optional;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.diagnostics.SourcePos;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * Flying Saucer lays every line out left to right and does not join Arabic letters, so Arabic
 * and Hebrew in the PDF handout come out in the wrong order. Rather than hand out such a page
 * silently, the build says so, at the first such character's place in the notes, and names
 * the output that shows it right.
 */
final class RightToLeftText {
  private RightToLeftText() {}

  static Optional<Diagnostic> check(Document document, String source, HandoutGlyphs glyphs) {
    Node body = document.getElementsByTagNameNS("*", "body").item(0);
    String text = body == null ? "" : body.getTextContent();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      byte direction = Character.getDirectionality(c);
      if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
          || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
        SourcePos pos = glyphs.locator().find(c).orElse(SourcePos.startOf(source));
        return Optional.of(Diagnostic.warning(pos, "the PDF handout sets Arabic and Hebrew left"
                + " to right, without joining letters, so this text reads wrongly there")
            .withHint("the HTML handout (--formats html), which browsers lay out, and the deck"
                + " keep it in order"));
      }
    }
    return Optional.empty();
  }
}
