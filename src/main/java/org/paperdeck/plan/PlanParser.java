package org.paperdeck.plan;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.files.FileRoots;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;

/**
 * Parses the deck-plan XML that a deck template printed into a {@link DeckPlan}, checking it
 * against the vocabulary of docs/templates.md. The plan is untrusted text, so DTDs and with them
 * every entity trick (external entities, entity expansion bombs) are refused outright.
 * Problems come back as diagnostics at the plan's line and column; nothing is thrown.
 */
public final class PlanParser {
  private PlanParser() {}

  /**
   * What parsing found.
   *
   * @param plan the plan, or {@code null} when there were errors
   * @param diagnostics errors and warnings in plan order
   */
  public record Result(DeckPlan plan, List<Diagnostic> diagnostics) {
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }

    public boolean ok() {
      return plan != null;
    }
  }

  /**
   * Parses {@code xml}; positions in diagnostics name {@code templateName} with the plan's
   * line and column (the plan is what the template printed, so a template author can see it
   * with the {@code plan} command).
   */
  public static Result parse(String xml, String templateName) {
    return parse(xml, templateName, FileRoots.ANYWHERE);
  }

  /** As {@link #parse(String, String)}, with pictures only from the folders {@code files} allows. */
  public static Result parse(String xml, String templateName, FileRoots files) {
    PlanSource source = new PlanSource(xml, templateName);
    Diagnostics diagnostics = new Diagnostics();
    PlanHandler handler = new PlanHandler(source, diagnostics, files);
    try {
      SAXParser parser = safeFactory().newSAXParser();
      parser.parse(new InputSource(new StringReader(xml)), handler);
    } catch (SAXParseException e) {
      diagnostics.error(source.at(e.getLineNumber(), e.getColumnNumber()), message(e),
          "the deck template must print well-formed XML");
    } catch (SAXException | ParserConfigurationException | IOException e) {
      diagnostics.error(SourcePos.startOf(templateName),
          "the deck plan could not be read: " + e.getMessage());
    }
    DeckPlan plan = diagnostics.hasErrors() ? null : handler.plan();
    if (plan == null && !diagnostics.hasErrors()) {
      diagnostics.error(SourcePos.startOf(templateName), "the deck plan has no <deck>");
    }
    return new Result(plan, diagnostics.sorted());
  }

  private static SAXParserFactory safeFactory() throws ParserConfigurationException {
    SAXParserFactory factory = SAXParserFactory.newInstance();
    factory.setNamespaceAware(false);
    factory.setValidating(false);
    factory.setXIncludeAware(false);
    try {
      // The one switch that matters: with no DOCTYPE there are no entities to expand.
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
      throw new ParserConfigurationException("XML parser cannot be made safe: " + e.getMessage());
    }
    return factory;
  }

  /** The parser's message, with the DTD refusal said in our words. */
  private static String message(SAXParseException e) {
    String text = String.valueOf(e.getMessage());
    if (text.contains("DOCTYPE")) {
      return "the deck plan may not contain a DOCTYPE (DTDs and entities are refused)";
    }
    return "the deck plan is not well-formed XML: " + text;
  }
}
