package org.paperdeck.handout;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.diagnostics.SourcePos;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses the XHTML a handout template rendered into a DOM, as XML and safely: a DOCTYPE is
 * allowed (templates copied from the web have one) but no DTD is fetched and no external entity
 * is resolved, so a template cannot make the renderer read files or reach the network.
 */
final class XhtmlParser {
  /**
   * The template that produced the XHTML: where problems without a place in it are reported,
   * and parse problems too when no other name for the XHTML is given.
   */
  static final String SOURCE = "handout.ftlh";

  /** The parsed document, or {@code null} with the diagnostics saying why not. */
  record Parsed(Document document, List<Diagnostic> diagnostics) {
    Parsed {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  private final DocumentBuilderFactory factory;

  XhtmlParser() {
    factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setValidating(false);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
    }
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
  }

  Parsed parse(String xhtml) {
    return parse(xhtml, SOURCE);
  }

  /** @param source how positions in {@code xhtml} name it, e.g. {@code handout.ftlh[xhtml]} */
  Parsed parse(String xhtml, String source) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    try {
      DocumentBuilder builder = factory.newDocumentBuilder();
      // The default handler prints "[Fatal Error] …" to stderr; stages never print.
      builder.setErrorHandler(new Collector(xhtml, source, diagnostics));
      builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
      Document document = builder.parse(new InputSource(new StringReader(xhtml)));
      reportEntityReferences(document, xhtml, source, diagnostics);
      return new Parsed(diagnostics.isEmpty() ? document : null, diagnostics);
    } catch (SAXParseException e) {
      // Already reported through the error handler.
      return new Parsed(null, diagnostics);
    } catch (SAXException | IOException | ParserConfigurationException e) {
      diagnostics.add(Diagnostic.error(SourcePos.startOf(source),
          "the handout template's output could not be read as XHTML: " + e.getMessage()));
      return new Parsed(null, diagnostics);
    }
  }

  /**
   * An entity the parser did not expand stays in the DOM as an {@code EntityReference} and would
   * print as nothing. That happens to HTML-only entities ({@code &nbsp;}) when a DOCTYPE names a
   * DTD (XML lets a parser skip what such a DTD might declare) and to external entities, which
   * are never read. Both are the template author's to fix, so both are errors.
   */
  private static void reportEntityReferences(Node node, String xhtml, String source,
      List<Diagnostic> out) {
    Set<String> seen = new LinkedHashSet<>();
    collectEntityReferences(node, seen);
    for (String name : seen) {
      int at = xhtml.indexOf("&" + name + ";");
      SourcePos pos = at < 0 ? SourcePos.startOf(source) : positionOf(xhtml, at, source);
      out.add(Diagnostic.error(pos, "the handout uses the entity &" + name
              + "; which XML does not define, and no DTD is loaded to define it")
          .withHint("write the character itself or a numeric reference (&#160; for &nbsp;)"));
    }
  }

  private static void collectEntityReferences(Node node, Set<String> names) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.ENTITY_REFERENCE_NODE) {
        names.add(child.getNodeName());
      } else {
        collectEntityReferences(child, names);
      }
    }
  }

  /** The 1-based line and column of a character offset. */
  static SourcePos positionOf(String text, int offset, String source) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    return new SourcePos(source, line, text.codePointCount(lineStart, offset) + 1);
  }

  /** Turns parser complaints into diagnostics that quote the offending XHTML line. */
  private record Collector(String xhtml, String source, List<Diagnostic> diagnostics)
      implements ErrorHandler {
    @Override
    public void warning(SAXParseException e) {
      // Parser warnings (e.g. about an unused DOCTYPE) say nothing a template author can act on.
    }

    @Override
    public void error(SAXParseException e) {
      diagnostics.add(toDiagnostic(e));
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXParseException {
      diagnostics.add(toDiagnostic(e));
      throw e;
    }

    private Diagnostic toDiagnostic(SAXParseException e) {
      int line = Math.max(1, e.getLineNumber());
      int column = Math.max(1, e.getColumnNumber());
      String excerpt = lineOf(xhtml, line).strip();
      if (excerpt.length() > 80) {
        excerpt = excerpt.substring(0, 77) + "...";
      }
      // The position is in the template's output, which only matches the template's own lines
      // where the template prints markup verbatim; the quoted line lets the author find it.
      return Diagnostic.error(new SourcePos(source, line, column),
              "the handout is not well-formed XHTML: " + e.getMessage())
          .withHint("output line " + line + " reads: " + excerpt);
    }

    private static String lineOf(String text, int line) {
      String[] lines = text.split("\r\n|\r|\n", -1);
      return line <= lines.length ? lines[line - 1] : "";
    }
  }
}
