package org.paperdeck.handout;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xhtmlrenderer.pdf.ITextFontResolver;

/**
 * The fonts a handout can name in its CSS: Liberation Sans, Serif and Mono in four faces each,
 * from the {@code openpdf-fonts-extra} jar, and DejaVu Sans (regular and bold) from the {@code
 * jasperreports-fonts} jar. Liberation is metric-compatible with Arial, Times and Courier and
 * covers Latin, Greek, Cyrillic and the common operators; DejaVu Sans covers the mathematical
 * symbols Liberation lacks (∈ ∀ ⇒ ℝ ⊂ ∧ …) and is what {@link GlyphFallback} sets them in.
 */
final class HandoutFonts {
  /** Liberation's families, as CSS names them, and as their files are named. */
  private static final List<List<String>> FAMILIES = List.of(
      List.of("Liberation Sans", "LiberationSans"), List.of("Liberation Serif", "LiberationSerif"),
      List.of("Liberation Mono", "LiberationMono"));
  private static final List<String> FACES = List.of("Regular", "Bold", "Italic", "BoldItalic");

  /** The font that text falls back to, as CSS names it. */
  static final String FALLBACK_FAMILY = "DejaVu Sans";
  private static final String DEJAVU = "net/sf/jasperreports/fonts/dejavu/";
  static final String FALLBACK_REGULAR = DEJAVU + "DejaVuSans.ttf";
  private static final String FALLBACK_BOLD = DEJAVU + "DejaVuSans-Bold.ttf";

  /** All three Liberation families share one character set, so one stands for all. */
  static final String PRIMARY_REFERENCE = "liberation/LiberationSerif-Regular.ttf";

  private HandoutFonts() {}

  /**
   * The classpath resource names of every font file, by the family name each file gives itself
   * and CSS names it by ("Liberation Serif", "DejaVu Sans" …). A classpath resource name works as
   * a path for OpenPDF: its {@code RandomAccessFileOrArray} falls back to the classpath when no
   * file has that name, and its {@code BaseFont} cache parses each font once per JVM, not once
   * per render. {@link HandoutFontResolver} registers each family when the layout first asks for
   * it.
   */
  static Map<String, List<String>> byFamily() {
    Map<String, List<String>> families = new LinkedHashMap<>();
    for (List<String> family : FAMILIES) {
      families.put(family.get(0),
          FACES.stream().map(face -> "liberation/" + family.get(1) + "-" + face + ".ttf").toList());
    }
    families.put(FALLBACK_FAMILY, List.of(FALLBACK_REGULAR, FALLBACK_BOLD));
    return families;
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
