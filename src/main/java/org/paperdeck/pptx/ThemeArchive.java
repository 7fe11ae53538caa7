package org.paperdeck.pptx;

import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.internal.ContentType;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Unpacks a theme's zip archive front to back, as POI will read it, and holds what comes out
 * to {@link ThemeLimits}, stopping at the first limit passed: the bytes unpacked (a zip bomb),
 * and how deep each XML part nests its elements. POI builds a group shape's children inside the
 * group's constructor, so a few thousand groups nested in one another overflow its stack. On
 * the way it refuses a colour that is not one. The unpacked bytes themselves are not kept.
 */
final class ThemeArchive {
  private static final int BUFFER = 64 * 1024;
  private static final String CONTENT_TYPES = "[Content_Types].xml";
  /**
   * A colour as PowerPoint writes one, {@code 2563EB}. POI reads a colour only when a slide
   * shows it, and one it cannot read ends the deck half written, so every colour of every part
   * is looked at here, while the theme can still be refused.
   */
  private static final Pattern COLOUR = Pattern.compile("\\s*\\p{XDigit}{6}\\s*");
  /** The slots of a theme's colour scheme, and the kinds of colour one may hold. */
  private static final Set<String> SCHEME_SLOTS = Set.of("dk1", "lt1", "dk2", "lt2", "accent1",
      "accent2", "accent3", "accent4", "accent5", "accent6", "hlink", "folHlink");
  private static final Set<String> COLOUR_KINDS = Set.of("srgbClr", "sysClr", "schemeClr",
      "prstClr", "hslClr", "scrgbClr");

  private final ZipArchiveInputStream zip;
  private long total;
  private long xml;

  private ThemeArchive(byte[] bytes) {
    this.zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes));
  }

  /** The names of the archive's entries; throws, saying why, at the first limit passed. */
  static Set<String> unpack(byte[] bytes) throws IOException {
    ThemeArchive archive = new ThemeArchive(bytes);
    try (ZipArchiveInputStream zip = archive.zip) {
      Set<String> names = new HashSet<>();
      // A part's name is the same name in any case, to PowerPoint and to POI.
      Set<String> folded = new HashSet<>();
      for (ZipArchiveEntry entry = archive.next(); entry != null; entry = archive.next()) {
        String name = entry.getName();
        names.add(name);
        if (!folded.add(name.toLowerCase(Locale.ROOT))) {
          throw ThemeFile.damaged("it holds the part " + ThemeFile.shown(name) + " twice");
        }
        checkLinkListName(name);
        if (names.size() > ThemeLimits.MAX_PARTS) {
          throw new IOException("the file has more than " + ThemeLimits.MAX_PARTS
              + " parts, where a theme has a few dozen: is it the right file?");
        }
        InputStream part = archive.new Part(name, isXml(name));
        if (isXml(name)) {
          checkNesting(part, name);
        }
        byte[] rest = new byte[BUFFER];
        while (part.read(rest, 0, rest.length) >= 0) {
          continue; // counted as it is read
        }
      }
      return names;
    }
  }

  private ZipArchiveEntry next() throws IOException {
    try {
      return zip.getNextEntry();
    } catch (IOException | RuntimeException e) {
      throw ThemeFile.damaged("a part cannot be unpacked");
    } catch (LinkageError e) {
      // A part packed with a method whose decoder is not on the classpath (Zstandard, XZ):
      // commons-compress reaches for the decoder's classes only when it meets such a part.
      throw unknownMethod();
    }
  }

  private static IOException unknownMethod() {
    return new IOException("a part of the file is compressed in a way PowerPoint does not use;"
        + " open it in PowerPoint or LibreOffice Impress and save it again");
  }

  /**
   * Refuses a list of links whose name is not written as PowerPoint writes it, lower case
   * ({@code _rels/NAME.rels}): POI reads it whatever its case, but writes the list back under the
   * lower-case name beside the original, and the deck would hold one part twice.
   */
  private static void checkLinkListName(String name) throws IOException {
    String lower = name.toLowerCase(Locale.ROOT);
    boolean lowerCase = name.endsWith(".rels")
        && name.contains("_rels/") == lower.contains("_rels/");
    if (lower.endsWith(".rels") && !lowerCase) {
      throw ThemeFile.damaged("its list of links " + ThemeFile.shown(name)
          + " is not named in lower case, as PowerPoint names one");
    }
  }

  private static boolean isContentType(String type) {
    try {
      new ContentType(type);
      return true;
    } catch (InvalidFormatException e) {
      return false;
    }
  }

  /**
   * Whether {@code text} is an xsd:unsignedInt as XMLBeans reads one. A placeholder's number is
   * read only when a layout's placeholders are listed, which a build may do late or not at all.
   */
  static boolean isUnsignedInt(String text) {
    String digits = text.strip();
    digits = digits.startsWith("+") ? digits.substring(1) : digits;
    if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    digits = digits.replaceFirst("^0+(?=.)", "");
    return digits.length() < 10 || digits.length() == 10 && digits.compareTo("4294967295") <= 0;
  }

  private static boolean isXml(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".xml") || lower.endsWith(".rels");
  }

  /**
   * Reads the XML part far enough to see how deep it nests. A part that is not well-formed is
   * left to POI, which says so if it reads the part at all.
   */
  private static void checkNesting(InputStream part, String name) throws IOException {
    try {
      XMLHelper.getSaxParserFactory().newSAXParser().parse(part, new DefaultHandler() {
        private int depth;
        /** The names of the elements the parser is inside, innermost last. */
        private final java.util.ArrayDeque<String> open = new java.util.ArrayDeque<>();

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts)
            throws SAXException {
          if (++depth > ThemeLimits.MAX_XML_DEPTH) {
            throw new SAXException(new IOException("the file is not a theme or is built to break"
                + " readers: its part " + ThemeFile.shown(name) + " nests elements more than "
                + ThemeLimits.MAX_XML_DEPTH + " deep, where a theme needs a few dozen"));
          }
          checkName(qName, "an element");
          for (int i = 0; i < atts.getLength(); i++) {
            checkName(atts.getQName(i), "an attribute");
          }
          String element = local.isEmpty() ? qName.substring(qName.indexOf(':') + 1) : local;
          String colour = element.equals("srgbClr") ? atts.getValue("val")
              : element.equals("sysClr") ? atts.getValue("lastClr") : null;
          if (colour != null && !COLOUR.matcher(colour).matches()) {
            throw new SAXException(ThemeFile.damaged("its part " + ThemeFile.shown(name)
                + " gives the colour " + ThemeFile.shown(colour)
                + ", which is not six hexadecimal digits"));
          }
          // POI reads a scheme colour only when text is set in it, and an element that is no
          // colour then ends the build in an error of POI's.
          String slot = open.peekLast();
          if (slot != null && SCHEME_SLOTS.contains(slot) && open.size() >= 2
              && "clrScheme".equals(open.toArray()[open.size() - 2])
              && !COLOUR_KINDS.contains(element)) {
            throw new SAXException(ThemeFile.damaged("its part " + ThemeFile.shown(name)
                + " gives the scheme colour " + slot + " as " + ThemeFile.shown(element)
                + ", which is no kind of colour"));
          }
          open.addLast(element);
          String number = element.equals("ph") ? atts.getValue("idx") : null;
          if (number != null && !isUnsignedInt(number)) {
            throw new SAXException(ThemeFile.damaged("its part " + ThemeFile.shown(name)
                + " numbers a placeholder " + ThemeFile.shown(number)
                + ", which is not a whole number"));
          }
          // POI keeps a type it does not check on reading and writes it into the deck, which
          // then no reader opens: each type of the list of parts is checked as POI will.
          String type = (element.equals("Default") || element.equals("Override"))
              && name.equals(CONTENT_TYPES) ? atts.getValue("ContentType") : null;
          if (type != null && !isContentType(type)) {
            throw new SAXException(ThemeFile.damaged("its list of parts (" + CONTENT_TYPES
                + ") gives the type " + ThemeFile.shown(type) + ", which is not a content type"));
          }
        }

        /**
         * Refuses a name that is no name in XML with namespaces (":", "a:", ":b", "a:b:c"): the
         * JDK's parser lets it through, and POI reads it, then fails to write it into the deck.
         */
        private void checkName(String qName, String what) throws SAXException {
          int colon = qName.indexOf(':');
          if (qName.isEmpty() || colon == 0 || colon == qName.length() - 1
              || colon > 0 && qName.indexOf(':', colon + 1) >= 0) {
            throw new SAXException(ThemeFile.damaged("its part " + ThemeFile.shown(name)
                + " has " + what + " named " + ThemeFile.shown(qName)
                + ", which is not a name XML allows"));
          }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
          depth--;
          open.pollLast();
        }
      });
    } catch (SAXParseException | CharConversionException | UnsupportedEncodingException e) {
      // Not well-formed, or in an encoding that is none or that its bytes break: the rest of
      // the part is still unpacked and counted. (The limits' own exceptions are plain
      // IOExceptions, and pass.)
    } catch (SAXException e) {
      if (e.getException() instanceof IOException limit) {
        throw limit;
      }
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
    }
  }

  /**
   * The current entry as it unpacks, each byte counted against the limits. Closing it leaves
   * the archive open: the XML parser closes what it has read.
   */
  private final class Part extends InputStream {
    private final String name;
    private final boolean isXml;

    Part(String name, boolean isXml) {
      this.name = name;
      this.isXml = isXml;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int read;
      try {
        read = zip.read(buffer, offset, length);
      } catch (IOException | RuntimeException e) {
        throw ThemeFile.damaged("the part " + ThemeFile.shown(name) + " cannot be unpacked");
      } catch (LinkageError e) {
        throw unknownMethod();
      }
      if (read > 0) {
        count(read);
      }
      return read;
    }

    private void count(int read) throws IOException {
      total += read;
      xml += isXml ? read : 0;
      if (xml > ThemeLimits.MAX_XML_BYTES) {
        throw tooLarge("its XML parts unpack", ThemeLimits.MAX_XML_BYTES);
      }
      if (total > ThemeLimits.MAX_UNPACKED_BYTES) {
        throw tooLarge("it unpacks", ThemeLimits.MAX_UNPACKED_BYTES);
      }
      long unpacked = zip.getUncompressedCount();
      // POI's own rule against zip bombs, checked here so that it is reported in words: past a
      // grace size, no part unpacks to more than 100 times its packed size (XML packs to a fifth).
      if (unpacked > ZipSecureFile.getGraceEntrySize()
          && (double) zip.getCompressedCount() / unpacked < ZipSecureFile.getMinInflateRatio()) {
        throw new IOException("the file is not a theme or is a zip bomb: its part "
            + ThemeFile.shown(name) + " unpacks to more than "
            + Math.round(1 / ZipSecureFile.getMinInflateRatio()) + " times its packed size");
      }
    }

    @Override
    public void close() {
      // The archive stays open for the entries after this one.
    }
  }

  private static IOException tooLarge(String what, long limit) {
    return new IOException("the file is not a theme or is a zip bomb: " + what + " to more than "
        + ThemeLimits.mib(limit) + ", where a theme needs a few MiB");
  }
}
