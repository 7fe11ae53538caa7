package org.paperdeck.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.paperdeck.OoxmlValidation;
import org.paperdeck.layout.Typeset;
import org.paperdeck.math.Script;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A slide's text written as XML text says what POI's text objects said, once judged readable
 * and tagged with its languages: the same paragraphs, runs, colours, links and bullets, on the
 * built-in theme and on themes whose colours must be mended.
 */
class SlideTextTest {
  private static final String A = ParagraphXml.DRAWINGML;
  private static final String PRESENTATIONML =
      "http://schemas.openxmlformats.org/presentationml/2006/main";

  private static Typeset.Piece piece(String text) {
    return styled(text, false, false, Script.NORMAL, false, null, false);
  }

  private static Typeset.Piece styled(String text, boolean bold, boolean code, Script script,
      boolean muted, String href, boolean accent) {
    return new Typeset.Piece(text, false, 20, bold, false, false, code, script, muted, href,
        null, accent);
  }

  private static Typeset.Para para(Typeset.Marker marker, int level, Typeset.Piece... pieces) {
    return NotesPagesTest.para(marker, level, pieces);
  }

  /** Every look a placeholder's text takes: bylines with links, labels, lists, scripts. */
  private static final List<Typeset.Para> BODY = List.of(
      para(Typeset.Marker.NONE, 0,
          styled("Ada Lovelace & \"Charles\" <Babbage> · ", false, false, Script.NORMAL, true,
              null, false),
          styled("paper", false, false, Script.NORMAL, true, "https://example.org/p?a=1&b=2",
              false),
          styled(" · ", false, false, Script.NORMAL, true, null, false),
          styled("the code base", false, false, Script.NORMAL, true, "https://example.org/c",
              false)),
      para(Typeset.Marker.NONE, 0, styled("SECTION", true, false, Script.NORMAL, false, null,
          true)),
      para(Typeset.Marker.NONE, 0, piece("Bold "), styled("words", true, false, Script.NORMAL,
          false, null, false), piece(" and "), styled("f(x)", false, true, Script.NORMAL, false,
          null, false), piece(", e"), styled("iπ", false, false, Script.SUPERSCRIPT, false, null,
          false), piece(" and H"), styled("2", false, false, Script.SUBSCRIPT, false, null,
          false), piece("O, then "),
          new Typeset.Piece(" x^2 ", false, 20, false, false, false, false, Script.NORMAL, false,
              null, "x^2", false),
          piece("inline.")),
      para(Typeset.Marker.BULLET, 0, piece("作者用 BERT 模型做实验。")),
      para(Typeset.Marker.BULLET, 1, piece("a second level"),
          new Typeset.Piece("\n", true, 20, false, false, false, false, Script.NORMAL, false,
              null),
          piece("after a break")),
      para(Typeset.Marker.NUMBER, 0, styled("A paper to read next", false, false,
          Script.NORMAL, false, "https://example.org/next", false)),
      para(Typeset.Marker.NUMBER, 0, styled("Another", false, false, Script.NORMAL, false,
          "https://example.org/other", false)),
      para(Typeset.Marker.NONE, 0, piece("بالعربية أولا then English")));

  @Test
  void onTheBuiltInThemeTheTextSaysWhatPoisObjectsSaid() throws IOException {
    byte[] theme = Files.readAllBytes(DeckWriterTest.THEME);
    Written written = bothWays(theme, BODY, "en");
    assertEquals(written.throughPoi(), written.asXml());
    assertEquals(written.poiFindings(), written.xmlFindings());
    assertTrue(written.asXml().contains("hlinkClick"), written.asXml());
    assertEquals(List.of(), OoxmlValidation.problems(written.deck()));
  }

  @Test
  void onThemesWhoseColoursMustBeMendedTheSameColoursAreChosen() throws IOException {
    // A photograph under light text, a dark page with dark links, a yellow page, a gradient.
    for (Map.Entry<String, byte[]> theme : Map.of("picture-light-text",
        LabThemes.pictureWithLightText(), "dark", LabThemes.dark(), "yellow", LabThemes.yellow(),
        "glow", LabThemes.radialGlow(), "night-glow", LabThemes.nightGlow()).entrySet()) {
      Written written = bothWays(theme.getValue(), BODY, null);
      assertEquals(written.throughPoi(), written.asXml(), theme.getKey());
      assertEquals(written.poiFindings(), written.xmlFindings(), theme.getKey());
    }
    // The dark theme's blue links and label do not read: both ways set them in a light colour.
    Written dark = bothWays(LabThemes.dark(), BODY, null);
    assertFalse(dark.xmlFindings().isEmpty());
    assertTrue(dark.asXml().contains("schemeClr [val=lt"), dark.asXml());
  }

  /**
   * Links whose colour does not read on dark blots at the edge of the body's box are judged on
   * their letters, as POI's objects were: when the letters stay clear of the blots, the links
   * keep the theme's colour; when they run over them, they take one that reads.
   */
  @Test
  void linksNearArtworkAreJudgedOnTheirLetters() throws IOException {
    byte[] theme = withBlock(Files.readAllBytes(DeckWriterTest.THEME));
    List<Typeset.Para> clear = List.of(para(Typeset.Marker.NUMBER, 0,
        styled("A short link", false, false, Script.NORMAL, false, "https://example.org/a",
            false)));
    Written clearOfIt = bothWays(theme, clear, "en");
    assertEquals(clearOfIt.throughPoi(), clearOfIt.asXml());
    assertFalse(clearOfIt.asXml().contains("solidFill"), clearOfIt.asXml());

    List<Typeset.Para> over = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      // An address longer than a line, with nowhere to break: it fills the line to its end.
      over.add(para(Typeset.Marker.NUMBER, 0, styled("https://example.org/" + "x".repeat(90) + i,
          false, false, Script.NORMAL, false, "https://example.org/" + i, false)));
    }
    Written overIt = bothWays(theme, over, "en");
    assertEquals(overIt.throughPoi(), overIt.asXml());
    assertEquals(overIt.poiFindings(), overIt.xmlFindings());
    assertTrue(overIt.asXml().contains("hlinkClr"), overIt.asXml());
  }

  /**
   * The same paragraphs written into the body of two slides on the theme's content layout: one
   * through POI's objects as before, one as XML text; each body's XML, read back from the saved
   * parts and put in a canonical form, and what the readable-ink check said of each.
   */
  private record Written(String throughPoi, String asXml, List<String> poiFindings,
      List<String> xmlFindings, byte[] deck) {}

  private static Written bothWays(byte[] themeBytes, List<Typeset.Para> paras, String lang)
      throws IOException {
    List<BackgroundSampler> backdrops = ThemeReader.backdrops(themeBytes);
    try (Theme theme = Theme.open(themeBytes)) {
      int layout = contentLayout(theme);
      XSLFSlideLayout onLayout = theme.layouts().get(layout);
      SlideParts parts = new SlideParts(theme.show());

      XSLFSlide poi = parts.slide(onLayout);
      XSLFTextShape poiBody = body(poi);
      PlaceholderLooks poiLooks = new PlaceholderLooks();
      TextWriter.writeFitted(poiBody, paras, 3, poiLooks.look(layout, poiBody));
      List<String> poiFindings = new ArrayList<>();
      ReadableInk.mend(poi, layout, poiLooks, backdrops.get(layout), poiFindings::add);
      RunLanguages.tag(poi, lang);
      SlideFinisher.save(poi);

      XSLFSlide xml = parts.slide(onLayout);
      XSLFTextShape xmlBody = body(xml);
      SlideText text = SlideText.reserve(xml, xmlBody, 0, paras, 3);
      Map<XSLFTextShape, SlideText> texts = new IdentityHashMap<>();
      texts.put(xmlBody, text);
      Map<SlideText, List<ParagraphXml.Dress>> dresses = new IdentityHashMap<>();
      List<String> xmlFindings = new ArrayList<>();
      ReadableInk.mend(xml, layout, new PlaceholderLooks(), backdrops.get(layout),
          xmlFindings::add, texts, dresses);
      RunLanguages.tag(xml, lang);
      SlideFinisher.save(xml, List.of(text), dresses, lang);

      ByteArrayOutputStream deck = new ByteArrayOutputStream();
      theme.show().write(deck);
      return new Written(canonicalBody(poi), canonicalBody(xml), poiFindings, xmlFindings,
          deck.toByteArray());
    }
  }

  private static int contentLayout(Theme theme) {
    for (int i = 0; i < theme.layouts().size(); i++) {
      if (Placeholders.kinds(theme.layouts().get(i)).contains(Placeholder.TITLE)
          && Placeholders.kinds(theme.layouts().get(i)).contains(Placeholder.CONTENT)) {
        return i;
      }
    }
    for (int i = 0; i < theme.layouts().size(); i++) {
      if (Placeholders.kinds(theme.layouts().get(i)).contains(Placeholder.BODY)) {
        return i;
      }
    }
    throw new AssertionError("no layout with a body");
  }

  private static XSLFTextShape body(XSLFSlide slide) {
    for (XSLFTextShape shape : Placeholders.all(slide)) {
      Placeholder kind = Placeholders.kind(shape);
      if (kind == Placeholder.CONTENT || kind == Placeholder.BODY) {
        return shape;
      }
    }
    throw new AssertionError("no body on the slide");
  }

  /** The theme with black blots across the right edge of the body's box, top to bottom. */
  private static byte[] withBlock(byte[] theme) throws IOException {
    try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(theme))) {
      var master = show.getSlideMasters().get(0);
      // Each less than half inside the body's box: no obstacle the layout keeps text off, but
      // a letter-wide patch of the box the links' colour does not read on.
      for (int y = 130; y < 480; y += 60) {
        DefaultThemeShapes.rectangle(master, "Blot", new Rectangle2D.Double(895, y, 40, 40))
            .setFillColor(Color.BLACK);
      }
      DefaultThemeShapes.toBack(master);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      show.write(out);
      return out.toByteArray();
    }
  }

  /**
   * The body's {@code p:txBody} as saved, in a form where what XML does not tell apart is the
   * same: namespaces by name, not prefix; attributes in order; "true" as "1". Two things are
   * left out on purpose: the properties of a line break other than its size (POI copies the
   * run before it into them, which nothing shows), and the language of an equation's fallback
   * runs (POI's objects left those in POI's "en-US", untagged).
   */
  private static String canonicalBody(XSLFSlide slide) throws IOException {
    try (InputStream in = slide.getPackagePart().getInputStream()) {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Element root = factory.newDocumentBuilder().parse(in).getDocumentElement();
      var names = root.getElementsByTagNameNS(PRESENTATIONML, "cNvPr");
      for (int i = 0; i < names.getLength(); i++) {
        Element name = (Element) names.item(i);
        if (name.getAttribute("id").equals(String.valueOf(body(slide).getShapeId()))) {
          Element shape = (Element) name.getParentNode().getParentNode();
          StringBuilder out = new StringBuilder();
          canonical((Element) shape.getElementsByTagNameNS(PRESENTATIONML, "txBody").item(0),
              out, "", false);
          return out.toString();
        }
      }
      throw new AssertionError("no body in the saved slide");
    } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
      throw new IOException(e);
    }
  }

  private static void canonical(Element element, StringBuilder out, String indent,
      boolean inFallback) {
    String name = "{" + element.getNamespaceURI() + "}" + element.getLocalName();
    List<String> attributes = new ArrayList<>();
    var given = element.getAttributes();
    boolean breakProperties = "rPr".equals(element.getLocalName())
        && element.getParentNode() instanceof Element parent && "br".equals(parent.getLocalName());
    for (int i = 0; i < given.getLength(); i++) {
      Node attribute = given.item(i);
      if ("http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())
          || breakProperties && !"sz".equals(attribute.getLocalName())
          || inFallback && "rPr".equals(element.getLocalName())
              && "lang".equals(attribute.getLocalName())) {
        continue;
      }
      String value = attribute.getNodeValue();
      value = "true".equals(value) ? "1" : "false".equals(value) ? "0" : value;
      attributes.add((attribute.getNamespaceURI() == null ? "" : "{"
          + attribute.getNamespaceURI() + "}") + attribute.getLocalName() + "=" + value);
    }
    attributes.sort(null);
    out.append(indent).append(name).append(' ').append(attributes).append('\n');
    if (breakProperties) {
      return;
    }
    boolean fallback = inFallback || "Fallback".equals(element.getLocalName());
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        canonical(e, out, indent + "  ", fallback);
      } else if (child.getNodeType() == Node.TEXT_NODE && !child.getNodeValue().isBlank()
          || child.getNodeType() == Node.TEXT_NODE && A.equals(element.getNamespaceURI())
              && "t".equals(element.getLocalName())) {
        out.append(indent).append("  \"").append(child.getNodeValue()).append("\"\n");
      }
    }
  }
}
