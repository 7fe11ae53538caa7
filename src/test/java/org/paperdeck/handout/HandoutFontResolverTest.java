package org.paperdeck.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The handout's fonts, registered family by family as the layout asks for them: every family a
 * stylesheet names, quoted or not, is found and embedded, and a family the handout never uses
 * stays out of the PDF.
 */
class HandoutFontResolverTest {
  @Test
  void eachFilesOwnFamilyNameIsTheNameCssAsksFor() throws IOException {
    for (Map.Entry<String, List<String>> family : HandoutFonts.byFamily().entrySet()) {
      for (String resource : family.getValue()) {
        BaseFont font = HandoutFonts.load(resource);
        Set<String> names = new TreeSet<>();
        for (String[] name : font.getFamilyFontName()) {
          names.add(name[3]);
        }
        assertTrue(names.contains(family.getKey()), resource + " calls itself " + names);
      }
    }
  }

  @Test
  void familiesNamedWithOrWithoutQuotesAreEmbeddedAndNoOthers() throws IOException {
    String xhtml = """
        <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
        <head><style>
          body { font-family: Liberation Serif; }
          h1 { font-family: 'Liberation Sans'; }
          code { font-family: "Liberation Mono"; }
        </style></head>
        <body><h1>Fonts</h1><p>Text and <code>code</code>.</p></body>
        </html>
        """;
    PdfRenderer.Result result = new PdfRenderer().render(xhtml, URI.create("file:///nowhere/"));
    assertEquals(List.of(), result.diagnostics());
    Set<String> embedded = fontNames(result.pdf());
    assertEquals(Set.of("LiberationSans-Bold", "LiberationSerif", "LiberationMono"), embedded,
        "the fonts the PDF embeds, without their subset prefixes");
  }

  /** The PDF's fonts by their PostScript names, without the six-letter subset tag. */
  private static Set<String> fontNames(byte[] pdf) throws IOException {
    Set<String> names = new TreeSet<>();
    PdfReader reader = new PdfReader(pdf);
    try {
      for (int i = 1; i < reader.getXrefSize(); i++) {
        PdfObject object = reader.getPdfObject(i);
        if (object instanceof PdfDictionary dictionary
            && PdfName.FONT.equals(dictionary.get(PdfName.TYPE))
            && PdfName.TYPE0.equals(dictionary.get(PdfName.SUBTYPE))) {
          String name = PdfName.decodeName(dictionary.get(PdfName.BASEFONT).toString());
          names.add(name.replaceFirst("^[A-Z]{6}\\+", ""));
        }
      }
    } finally {
      reader.close();
    }
    return names;
  }
}
