package org.paperdeck.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import java.io.ByteArrayOutputStream;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.ITextRenderer;

class StandardFontsWhenAskedTest {
  /** A page whose CSS names generic families, standard fonts and a font nobody has. */
  private static final String GENERIC = """
      <html xmlns="http://www.w3.org/1999/xhtml"><head><style>
        body { font-family: serif; }
        h1 { font-family: Helvetica, "Liberation Sans"; }
        code { font-family: monospace; }
        .odd { font-family: "Nonesuch Grotesk"; font-weight: bold; }
        .ours { font-family: "Liberation Sans"; font-style: italic; }
      </style></head><body>
        <h1>Title</h1><p>Text <code>code</code> <span class="odd">odd</span>
        <span class="ours">ours</span></p>
      </body></html>
      """;

  @Test
  void aHandoutSetInPaperdecksFontsNeverReadsTheStandardFonts() throws Exception {
    StandardFontsWhenAsked resolver = new StandardFontsWhenAsked();
    Set<String> fonts = fontsOf(render(PdfRendererTest.SAMPLE, resolver));
    assertFalse(resolver.standardRead(), "the standard fonts were read");
    assertTrue(fonts.stream().allMatch(name -> name.contains("Liberation")), fonts::toString);
  }

  @Test
  void cssNamingOtherFamiliesGetsTheFontsFlyingSaucerGaveIt() throws Exception {
    StandardFontsWhenAsked resolver = new StandardFontsWhenAsked();
    Set<String> ours = fontsOf(render(GENERIC, resolver));
    Set<String> stock = fontsOf(render(GENERIC, new ITextFontResolver()));
    assertTrue(resolver.standardRead());
    assertEquals(stock, ours);
    assertTrue(ours.containsAll(Set.of("Times-Roman", "Helvetica-Bold", "Courier")),
        ours::toString);
  }

  @Test
  void thePaperdeckSampleGetsTheFontsFlyingSaucerGaveIt() throws Exception {
    assertEquals(fontsOf(render(PdfRendererTest.SAMPLE, new ITextFontResolver())),
        fontsOf(render(PdfRendererTest.SAMPLE, new StandardFontsWhenAsked())));
  }

  private static byte[] render(String xhtml, ITextFontResolver resolver) throws Exception {
    ITextRenderer renderer = new ITextRenderer(resolver);
    HandoutFonts.register(resolver);
    renderer.setDocumentFromString(xhtml);
    renderer.layout();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.createPDF(out);
    return out.toByteArray();
  }

  /** The fonts the PDF's pages use, without a subset's prefix ("QOTJI+"). */
  private static Set<String> fontsOf(byte[] pdf) throws Exception {
    Set<String> names = new TreeSet<>();
    PdfReader reader = new PdfReader(pdf);
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      PdfDictionary fonts = reader.getPageN(page).getAsDict(PdfName.RESOURCES)
          .getAsDict(PdfName.FONT);
      for (PdfName key : fonts.getKeys()) {
        String name = PdfName.decodeName(fonts.getAsDict(key).getAsName(PdfName.BASEFONT)
            .toString());
        names.add(name.replaceFirst("^[A-Z]+\\+", ""));
      }
    }
    reader.close();
    return names;
  }
}
