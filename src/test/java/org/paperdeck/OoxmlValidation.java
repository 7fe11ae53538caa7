package org.paperdeck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.schemas.ooxml.system.ooxml.TypeSystemHolder;
import org.apache.xmlbeans.SchemaType;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Checks every XML part of a .pptx against the OOXML schemas. PowerPoint answers a part that
 * breaks its schema with "PowerPoint found a problem with content … Repair?", while LibreOffice
 * and POI read it without a word, so only a schema check catches what our users would see.
 * Needs {@code poi-ooxml-full} (test scope): the runtime's lite jar lacks most schema types.
 */
public final class OoxmlValidation {
  /** Parts of the package format itself, whose schemas are not part of the OOXML type system. */
  private static final List<String> PACKAGE_TYPES = List.of(
      "application/vnd.openxmlformats-package.relationships+xml",
      "application/vnd.openxmlformats-package.core-properties+xml");

  private static final String A14 = "http://schemas.microsoft.com/office/drawing/2010/main";
  private static final String DRAWINGML = "http://schemas.openxmlformats.org/drawingml/2006/main";

  private OoxmlValidation() {}

  /** Fails with every schema error of every XML part, one per line, naming the part. */
  public static void assertValid(byte[] pptx, String what) {
    assertEquals("", String.join("\n", problems(pptx)), what + " breaks the OOXML schemas");
  }

  public static void assertValid(Path pptx) throws IOException {
    assertValid(Files.readAllBytes(pptx), pptx.getFileName().toString());
  }

  /** "PART: line:col: message" for each schema error; empty when the deck is valid. */
  public static List<String> problems(byte[] pptx) {
    List<String> problems = new ArrayList<>();
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(pptx))) {
      for (PackagePart part : pkg.getParts()) {
        String type = part.getContentType();
        if (part.isRelationshipPart() || PACKAGE_TYPES.contains(type)
            || !(type.endsWith("+xml") || type.endsWith("/xml"))) {
          continue;
        }
        String name = part.getPartName().getName();
        byte[] xml;
        try (InputStream in = part.getInputStream()) {
          xml = in.readAllBytes();
        }
        validate(name, new ByteArrayInputStream(xml), problems);
        validateEquations(name, xml, problems);
      }
    } catch (IOException | InvalidFormatException e) {
      problems.add("cannot open the package: " + e.getMessage());
    }
    return problems;
  }

  /**
   * The equations PowerPoint reads from the {@code mc:Choice} branches, which the check above
   * never sees: each Office Math element inside {@code a14:m} against the OMML schema. PowerPoint
   * writes DrawingML run properties ({@code a:rPr}) in a math run where Word writes its own, and
   * the ECMA schema knows only Word's, so those are left out of the check.
   */
  private static void validateEquations(String name, byte[] xml, List<String> problems)
      throws IOException {
    Document dom;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      dom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    } catch (SAXException | ParserConfigurationException e) {
      return; // reported as not well-formed by the check above
    }
    NodeList equations = dom.getElementsByTagNameNS(A14, "m");
    for (int i = 0; i < equations.getLength(); i++) {
      String where = name + ": equation " + (i + 1) + ": ";
      for (Node n = equations.item(i).getFirstChild(); n != null; n = n.getNextSibling()) {
        if (!(n instanceof Element math)) {
          continue;
        }
        Element copy = (Element) math.cloneNode(true);
        NodeList runProperties = copy.getElementsByTagNameNS(DRAWINGML, "rPr");
        for (int r = runProperties.getLength() - 1; r >= 0; r--) {
          runProperties.item(r).getParentNode().removeChild(runProperties.item(r));
        }
        List<XmlError> errors = new ArrayList<>();
        try {
          XmlObject equation = TypeSystemHolder.typeSystem.parse(copy, null,
              new XmlOptions().setLoadLineNumbers());
          if (equation.schemaType() == null || equation.schemaType().isNoType()) {
            problems.add(where + "no schema knows <"
                + math.getTagName() + ">");
          } else if (!equation.validate(new XmlOptions().setErrorListener(errors))) {
            errors.forEach(e -> problems.add(where + e.getMessage()));
          }
        } catch (XmlException e) {
          problems.add(where + e.getMessage());
        }
      }
    }
  }

  private static void validate(String name, InputStream in, List<String> problems)
      throws IOException {
    XmlObject document;
    try {
      // The full jar's own type system: XmlObject.Factory would look types up by class loader
      // resources that POI's jars do not index.
      Document dom = MarkupCompatibility.process(in);
      document = TypeSystemHolder.typeSystem.parse(dom, null, new XmlOptions().setLoadLineNumbers());
    } catch (XmlException e) {
      problems.add(name + ": not well-formed: " + e.getMessage());
      return;
    }
    SchemaType type = document.schemaType();
    if (type == null || type.isNoType() || type == XmlObject.type) {
      problems.add(name + ": no schema knows its root element");
      return;
    }
    List<XmlError> errors = new ArrayList<>();
    if (!document.validate(new XmlOptions().setErrorListener(errors))) {
      for (XmlError error : errors) {
        problems.add(name + ": " + error.getLine() + ":" + error.getColumn() + ": "
            + error.getMessage());
      }
      if (errors.isEmpty()) {
        problems.add(name + ": invalid");
      }
    }
  }
}
