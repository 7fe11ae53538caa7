package org.paperdeck.handout;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xhtmlrenderer.css.value.FontSpecification;
import org.xhtmlrenderer.layout.SharedContext;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.render.FSFont;

/**
 * Flying Saucer's font resolver, with the handout's own fonts ({@link HandoutFonts}) registered
 * family by family, the first time the layout asks for a family, rather than all fourteen files
 * before the layout starts. OpenPDF parses a font file as it is registered, and a handout asks
 * for some of the families (the worked example: Liberation Sans and Liberation Serif, eight of
 * the fourteen files; Liberation Mono only with code, DejaVu Sans only for symbols Liberation
 * lacks). A family is registered whole, all its faces, before the layout chooses a face of it,
 * so it chooses among the same faces as when every family was registered first.
 */
final class HandoutFontResolver extends ITextFontResolver {
  /** The resources of each family not registered yet, by the family name CSS gives it. */
  private final Map<String, List<String>> waiting = new HashMap<>(HandoutFonts.byFamily());

  @Override
  public FSFont resolveFont(SharedContext context, FontSpecification spec) {
    if (spec.families != null && !waiting.isEmpty()) {
      for (String family : spec.families) {
        List<String> resources = waiting.remove(family);
        if (resources != null) {
          register(resources);
        }
      }
    }
    return super.resolveFont(context, spec);
  }

  /**
   * Identity-H encoding is what lets characters outside Latin-1 (α, ≥) reach the page;
   * embedding is what lets the handout print the same everywhere, and OpenPDF embeds only the
   * glyphs used (a subset), so the 600 KB DejaVu file adds a few kilobytes to a handout.
   */
  private void register(List<String> resources) {
    try {
      for (String resource : resources) {
        addFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
