package org.paperdeck.render;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The PDF fonts for the java.awt faces POI draws the slides' text in: each Liberation face is
 * read from the same file inside the jar the layout measured with (openpdf-fonts-extra) and
 * embedded as a subset, with Unicode text, so the PDF's text can be selected, searched and
 * copied. One instance serves one document.
 */
final class PdfFonts implements FontMapper {
  private final Map<String, BaseFont> loaded = new HashMap<>();

  @Override
  public BaseFont awtToPdf(Font font) {
    // A face read from a file ("Liberation Sans Bold") has the plain style and its weight in its
    // name; one POI derived from the run's attributes has the style.
    String name = font.getFontName(Locale.ROOT);
    int style = (font.isBold() || name.contains("Bold") ? 1 : 0)
        + (font.isItalic() || name.contains("Italic") ? 2 : 0);
    // SlidesPdf draws text as text only when every run is in a shipped family; anything else
    // reaching here is a logical font of java.awt's, which Liberation Sans stands in for.
    String family = MeasuredFontManager.SHIPPED.contains(font.getFamily(Locale.ROOT))
        ? font.getFamily(Locale.ROOT) : "Liberation Sans";
    return loaded.computeIfAbsent(family.replace(" ", "") + "-" + STYLES[style], PdfFonts::read);
  }

  @Override
  public Font pdfToAwt(BaseFont font, int size) {
    return new Font(Font.SANS_SERIF, Font.PLAIN, size);
  }

  private static final String[] STYLES = {"Regular", "Bold", "Italic", "BoldItalic"};

  private static BaseFont read(String file) {
    String resource = "/liberation/" + file + ".ttf";
    try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing: is openpdf-fonts-extra on the"
            + " classpath?");
      }
      return BaseFont.createFont(file + ".ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
          BaseFont.CACHED, in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (DocumentException e) {
      throw new IllegalStateException(resource + ": " + e.getMessage(), e);
    }
  }
}
