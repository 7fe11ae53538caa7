package org.paperdeck.handout;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.util.List;
import org.xhtmlrenderer.pdf.ITextFontResolver;

/**
 * The fonts a handout can name in its CSS: Liberation Sans, Serif and Mono in four faces each,
 * from the {@code openpdf-fonts-extra} jar. They are metric-compatible with Arial, Times and
 * Courier and cover Greek and the maths symbols readers write (≥, ≤, →), which the PDF base-14
 * fonts do not.
 */
final class HandoutFonts {
  private static final List<String> FAMILIES =
      List.of("LiberationSans", "LiberationSerif", "LiberationMono");
  private static final List<String> FACES = List.of("Regular", "Bold", "Italic", "BoldItalic");

  private HandoutFonts() {}

  /** The classpath resource names of all twelve font files. */
  static List<String> resources() {
    return FAMILIES.stream()
        .flatMap(family -> FACES.stream().map(face -> "liberation/" + family + "-" + face + ".ttf"))
        .toList();
  }

  /**
   * Registers every font with the renderer's resolver under its own family name ("Liberation
   * Serif" …). A classpath resource name works as the path: OpenPDF's {@code
   * RandomAccessFileOrArray} falls back to the classpath when no file has that name, and its
   * {@code BaseFont} cache parses each font once per JVM, not once per render. Identity-H
   * encoding is what lets characters outside Latin-1 (α, ≥) reach the page; embedding is what
   * lets the handout print the same everywhere.
   */
  static void register(ITextFontResolver resolver) throws IOException, DocumentException {
    for (String resource : resources()) {
      resolver.addFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    }
  }
}
