package org.paperdeck;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.Units;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.xmlbeans.XmlException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Markup Compatibility processing (ECMA-376 Part 3), as a consumer that understands only the
 * ECMA namespaces does it. Office writes extensions inside {@code mc:AlternateContent}: a
 * {@code mc:Choice} whose {@code Requires} names the namespaces it needs, then a
 * {@code mc:Fallback}. A consumer takes the first Choice whose namespaces it all understands,
 * else the Fallback, and reads the chosen branch's children in place of the whole element; the
 * rest is never seen. PowerPoint, which understands {@code a14}, reads the equation in a text
 * run's Choice; the ECMA schemas do not know {@code a14}, so the schema check must read the
 * part as such a consumer does, which is also what a reader without equations (LibreOffice,
 * for our decks) shows. Validating the raw part instead would report every AlternateContent as
 * an unexpected element, though Office itself writes them there.
 */
public final class MarkupCompatibility {
  public static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  /** Namespaces of the ECMA-376 schemas; Microsoft's extension namespaces are not among them. */
  private static final String ECMA = "http://schemas.openxmlformats.org/";
  private static final String PRESENTATIONML =
      "http://schemas.openxmlformats.org/presentationml/2006/main";
  private static final String DRAWINGML = "http://schemas.openxmlformats.org/drawingml/2006/main";
  private static final String RELATIONSHIPS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private MarkupCompatibility() {}

  /**
   * A picture as a reader without equations (LibreOffice) sees it on a slide.
   *
   * @param descr its alternative text
   * @param box its box in points
   */
  public record Picture(String descr, Rectangle2D box, XSLFPictureData data) {}

  /** The slide's pictures, in order, as such a reader sees them: Fallback pictures included. */
  public static List<Picture> pictures(XSLFSlide slide) throws IOException, XmlException {
    List<Picture> pictures = new ArrayList<>();
    try (InputStream in = slide.getPackagePart().getInputStream()) {
      NodeList pics = process(in).getElementsByTagNameNS(PRESENTATIONML, "pic");
      for (int i = 0; i < pics.getLength(); i++) {
        Element pic = (Element) pics.item(i);
        Element props = (Element) pic.getElementsByTagNameNS(PRESENTATIONML, "cNvPr").item(0);
        Element off = (Element) pic.getElementsByTagNameNS(DRAWINGML, "off").item(0);
        Element ext = (Element) pic.getElementsByTagNameNS(DRAWINGML, "ext").item(0);
        Element blip = (Element) pic.getElementsByTagNameNS(DRAWINGML, "blip").item(0);
        pictures.add(new Picture(props.getAttribute("descr"), new Rectangle2D.Double(
            points(off, "x"), points(off, "y"), points(ext, "cx"), points(ext, "cy")),
            (XSLFPictureData) slide.getRelationById(blip.getAttributeNS(RELATIONSHIPS, "embed"))));
      }
    }
    return pictures;
  }

  private static double points(Element element, String attribute) {
    return Units.toPoints(Long.parseLong(element.getAttribute(attribute)));
  }

  /** The part with every AlternateContent replaced by its chosen branch's children. */
  public static Document process(InputStream in) throws XmlException, IOException {
    Document document;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      document = factory.newDocumentBuilder().parse(in);
    } catch (SAXException | ParserConfigurationException e) {
      throw new XmlException(e.getMessage(), e);
    }
    replaceAlternates(document.getDocumentElement());
    return document;
  }

  private static void replaceAlternates(Element element) {
    List<Element> children = new ArrayList<>();
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        children.add(child);
      }
    }
    for (Element child : children) {
      if (MC.equals(child.getNamespaceURI()) && child.getLocalName().equals("AlternateContent")) {
        Element chosen = choose(child);
        List<Node> content = new ArrayList<>();
        if (chosen != null) {
          for (Node n = chosen.getFirstChild(); n != null; n = n.getNextSibling()) {
            content.add(n);
          }
        }
        for (Node n : content) {
          element.insertBefore(n, child);
          if (n instanceof Element e) {
            replaceAlternates(e);
          }
        }
        element.removeChild(child);
      } else {
        replaceAlternates(child);
      }
    }
  }

  /** The first Choice whose every required namespace is an ECMA one, else the Fallback. */
  private static Element choose(Element alternate) {
    Element fallback = null;
    for (Node n = alternate.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element branch) || !MC.equals(branch.getNamespaceURI())) {
        continue;
      }
      if (branch.getLocalName().equals("Choice") && understood(branch)) {
        return branch;
      }
      if (branch.getLocalName().equals("Fallback")) {
        fallback = branch;
      }
    }
    return fallback;
  }

  private static boolean understood(Element choice) {
    for (String prefix : choice.getAttribute("Requires").trim().split("\\s+")) {
      String namespace = choice.lookupNamespaceURI(prefix);
      if (namespace == null || !namespace.startsWith(ECMA)) {
        return false;
      }
    }
    return true;
  }
}
