package org.paperdeck.pptx;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lists the parts written outside POI's package ({@link OutsidePart}) in the
 * {@code [Content_Types].xml} POI wrote, as POI would have listed them: a part whose extension
 * has a default and whose content type is some extension's default needs nothing; one with
 * neither makes its type its extension's default; any other (one of the two, or no extension)
 * gets an override. Defaults go in the order of
 * their extensions, overrides in the order of the part names, each in POI's form
 * ({@code <Default ContentType=".." Extension=".."/>}, {@code <Override ContentType=".."
 * PartName=".."/>}).
 */
final class ContentTypesXml {
  private static final String DEFAULT = "<Default ";
  private static final String OVERRIDE = "<Override ";
  private static final String CONTENT_TYPE = "ContentType=\"";
  private static final String EXTENSION = "Extension=\"";
  private static final String PART_NAME = "PartName=\"";
  private static final String END = "</Types>";

  private ContentTypesXml() {}

  /**
   * POI's {@code [Content_Types].xml} listing {@code parts} too, given in the order they were
   * made: a part's listing depends on the defaults the parts before it added.
   */
  static byte[] listing(byte[] written, List<OutsidePart> parts) {
    if (parts.isEmpty()) {
      return written;
    }
    String xml = new String(written, StandardCharsets.UTF_8);
    Map<String, String> defaults = new TreeMap<>();
    for (int at = xml.indexOf(DEFAULT); at >= 0; at = xml.indexOf(DEFAULT, at + 1)) {
      defaults.put(value(xml, at, EXTENSION), value(xml, at, CONTENT_TYPE));
    }
    Map<String, String> added = new TreeMap<>();
    List<OutsidePart> overridden = new ArrayList<>();
    for (OutsidePart part : parts) {
      String extension = part.name().getExtension().toLowerCase(Locale.ROOT);
      boolean typeIsDefault = defaults.containsValue(part.contentType())
          || added.containsValue(part.contentType());
      boolean extensionHasDefault = defaults.containsKey(extension)
          || added.containsKey(extension);
      if (extension.isEmpty() || extensionHasDefault != typeIsDefault) {
        overridden.add(part);
      } else if (!typeIsDefault) {
        added.put(extension, part.contentType());
      }
    }
    overridden.sort(OutsidePart.IN_POI_ORDER);
    StringBuilder listed = new StringBuilder(xml.length() + 150 * overridden.size());
    int copied = withDefaults(xml, added, listed);
    int next = 0;
    for (int at = xml.indexOf(OVERRIDE, copied); at >= 0 && next < overridden.size();
        at = xml.indexOf(OVERRIDE, at + 1)) {
      String name = value(xml, at, PART_NAME);
      listed.append(xml, copied, at);
      copied = at;
      while (next < overridden.size() && overridden.get(next).sortsBefore(name)) {
        override(overridden.get(next++), listed);
      }
    }
    int end = xml.lastIndexOf(END);
    if (end < copied) {
      throw new IllegalStateException("POI's list of content types has no end");
    }
    listed.append(xml, copied, end);
    while (next < overridden.size()) {
      override(overridden.get(next++), listed);
    }
    listed.append(xml, end, xml.length());
    return listed.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Copies {@code xml} into {@code listed} up to the end of its defaults, with {@code added}
   * among them in the order of their extensions; returns how far it copied.
   */
  private static int withDefaults(String xml, Map<String, String> added, StringBuilder listed) {
    List<String> extensions = new ArrayList<>(added.keySet());
    int copied = 0;
    int next = 0;
    for (int at = xml.indexOf(DEFAULT); at >= 0 && next < extensions.size();
        at = xml.indexOf(DEFAULT, at + 1)) {
      String extension = value(xml, at, EXTENSION);
      listed.append(xml, copied, at);
      copied = at;
      while (next < extensions.size() && extensions.get(next).compareTo(extension) < 0) {
        String adding = extensions.get(next++);
        defaultType(adding, added.get(adding), listed);
      }
    }
    if (next < extensions.size()) {
      // After the last default: POI writes every default before the first override.
      int overrides = xml.indexOf(OVERRIDE);
      int after = overrides >= 0 ? overrides : xml.lastIndexOf(END);
      listed.append(xml, copied, after);
      copied = after;
      while (next < extensions.size()) {
        String adding = extensions.get(next++);
        defaultType(adding, added.get(adding), listed);
      }
    }
    return copied;
  }

  /** The value of the attribute that starts with {@code attribute} in the element at {@code at}. */
  private static String value(String xml, int at, String attribute) {
    int start = xml.indexOf(attribute, at) + attribute.length();
    return xml.substring(start, xml.indexOf('"', start));
  }

  private static void defaultType(String extension, String contentType, StringBuilder xml) {
    xml.append("<Default ContentType=\"").append(ParagraphXml.escaped(contentType))
        .append("\" Extension=\"").append(ParagraphXml.escaped(extension)).append("\"/>");
  }

  private static void override(OutsidePart part, StringBuilder xml) {
    xml.append("<Override ContentType=\"").append(ParagraphXml.escaped(part.contentType()))
        .append("\" PartName=\"").append(ParagraphXml.escaped(part.name().getName()))
        .append("\"/>");
  }
}
