package org.paperdeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.cli.Cli;

/**
 * A math-heavy talk built through the command and opened in LibreOffice, which reads each
 * equation's Fallback: every formula is shown once, in its line, and no LaTeX command is left
 * in the slides' text.
 */
class MathOnceIT {
  private static final Path TALK = Path.of("src/test/resources/org/paperdeck/mathtalk/talk.md");
  /** Inline formulas text cannot show exactly, as their Fallback text (white space removed). */
  private static final List<String> FORMULAS = List.of(
      "𝔼[ℓ(x,y)]", "1/N∑i=1Nxi", "√(a²+b²)", "(a,b;c,d)", "C(n,k)");

  @TempDir
  Path out;

  @Test
  void everyFormulaIsShownOnceAndNoCommandIsLeftInTheText() throws Exception {
    Tools.require("soffice");
    Tools.require("pdftotext");
    Tools.require("pdfimages");
    StringWriter err = new StringWriter();
    int code = Cli.run(new String[] {"build", "-q", "--formats=pptx", TALK.toString(), "-o",
        out.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(0, code, err.toString());
    Path pptx = out.resolve("talk.pptx");
    OoxmlValidation.assertValid(pptx);
    assertEquals(6, count(slidesXml(pptx), "<a14:m><m:oMath>"), "one equation in its line per"
        + " inline formula text cannot show");
    assertEquals(1, count(slidesXml(pptx), "<a14:m><m:oMathPara>"), "the display formula is"
        + " an equation too");

    Path pdf = Tools.libreOfficePdf(pptx, out);
    // LibreOffice shows the display formula's picture, once, and no text for it.
    String images = Tools.run(out, List.of("pdfimages", "-list", pdf.toString()));
    assertEquals(1, images.lines().skip(2).filter(l -> l.trim().split("\\s+")[2].equals("image"))
        .count(), images);
    String text = Tools.squash(Tools.pdfText(pdf));
    assertFalse(text.contains("lim"), "the display formula is a picture only: " + text);
    for (String formula : FORMULAS) {
      assertEquals(1, count(text, formula), formula + " in\n" + text);
    }
    assertFalse(Pattern.compile("\\\\[A-Za-z]+").matcher(text).find(), text);
    assertFalse(text.contains("?"), "no glyph is missing: " + text);
  }

  /** The XML of every slide, one after another. */
  private static String slidesXml(Path pptx) throws IOException {
    StringBuilder xml = new StringBuilder();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(pptx))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (e.getName().startsWith("ppt/slides/") && e.getName().endsWith(".xml")) {
          xml.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return xml.toString();
  }

  private static int count(String text, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
