package org.paperdeck.handout;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.xhtmlrenderer.pdf.ITextFontResolver;

/**
 * The fonts a handout can name in its CSS: Liberation Sans, Serif and Mono in four faces each,
 * from the {@code openpdf-fonts-extra} jar, and DejaVu Sans (regular and bold) from the {@code
 * jasperreports-fonts} jar. Liberation is metric-compatible with Arial, Times and Courier and
 * covers Latin, Greek, Cyrillic and the common operators; DejaVu Sans covers the mathematical
 * symbols Liberation lacks (∈ ∀ ⇒ ℝ ⊂ ∧ …) and is what {@link GlyphFallback} sets them in.
 */
final class HandoutFonts {
  private static final List<String> FAMILIES =
      List.of("LiberationSans", "LiberationSerif", "LiberationMono");
  private static final List<String> FACES = List.of("Regular", "Bold", "Italic", "BoldItalic");

  /** The font that text falls back to, as CSS names it. */
  static final String FALLBACK_FAMILY = "DejaVu Sans";
  private static final String DEJAVU = "net/sf/jasperreports/fonts/dejavu/";
  static final String FALLBACK_REGULAR = DEJAVU + "DejaVuSans.ttf";
  private static final String FALLBACK_BOLD = DEJAVU + "DejaVuSans-Bold.ttf";

  /** All three Liberation families share one character set, so one stands for all. */
  static final String PRIMARY_REFERENCE = "liberation/LiberationSerif-Regular.ttf";

  private HandoutFonts() {}

  /** The classpath resource names of every font file. */
  static List<String> resources() {
    List<String> all = new ArrayList<>(FAMILIES.stream()
        .flatMap(family -> FACES.stream().map(face -> "liberation/" + family + "-" + face + ".ttf"))
        .toList());
    all.add(FALLBACK_REGULAR);
    all.add(FALLBACK_BOLD);
    return all;
  }

  /**
   * Registers every font with the renderer's resolver under its own family name ("Liberation
   * Serif", "DejaVu Sans" …). A classpath resource name works as the path: OpenPDF's {@code
   * RandomAccessFileOrArray} falls back to the classpath when no file has that name, and its
   * {@code BaseFont} cache parses each font once per JVM, not once per render. Identity-H
   * encoding is what lets characters outside Latin-1 (α, ≥) reach the page; embedding is what
   * lets the handout print the same everywhere, and OpenPDF embeds only the glyphs used (a
   * subset), so the 600 KB DejaVu file adds a few kilobytes to a handout.
   */
  static void register(ITextFontResolver resolver) throws IOException, DocumentException {
    for (String resource : resources()) {
      resolver.addFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    }
  }

  /**
   * Registers the fonts {@link ScriptFonts} chose, each under its own CSS family
   * ("paperdeck-font-1" …) with its bold face if there is one, and the first, the one chosen
   * for the talk's language, also as "paperdeck-lang" for text in CSS {@code content}.
   */
  static void register(ITextFontResolver resolver, List<ScriptFonts.Chosen> chosen)
      throws IOException {
    for (int i = 0; i < chosen.size(); i++) {
      ScriptFonts.Chosen font = chosen.get(i);
      List<String> families = i == 0 ? List.of(font.cssFamily(), LANGUAGE_FAMILY)
          : List.of(font.cssFamily());
      for (String family : families) {
        resolver.addFont(font.font(), font.regular().spec(), family);
        if (font.bold() != null) {
          resolver.addFont(load(font.bold().spec()), font.bold().spec(), family);
        }
      }
    }
  }

  /** The CSS family of the font chosen for the talk's language (docs/templates.md, "Fonts"). */
  static final String LANGUAGE_FAMILY = "paperdeck-lang";

  /** A font of the set as OpenPDF reads it, for asking which characters it has. */
  static BaseFont load(String resource) throws IOException {
    return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
  }
}
