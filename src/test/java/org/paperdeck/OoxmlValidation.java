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
import org.w3c.dom.Document;

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
        try (InputStream in = part.getInputStream()) {
          validate(name, in, problems);
        }
      }
    } catch (IOException | InvalidFormatException e) {
      problems.add("cannot open the package: " + e.getMessage());
    }
    return problems;
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
