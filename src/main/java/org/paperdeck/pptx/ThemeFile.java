package org.paperdeck.pptx;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.util.XMLHelper;
import org.apache.xmlbeans.XmlException;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Says in a user's words what is wrong with a theme file. Before POI reads it: empty, another
 * kind of file, cut short, damaged, or over the limits ({@link ThemeArchive}). POI reads a
 * package entry by entry from the front, so a cut-off file looks to it like a theme with parts
 * missing. After POI failed on it: which part is not well-formed XML.
 */
final class ThemeFile {
  /** Characters of a part's name a message shows. */
  private static final int MAX_SHOWN = 120;
  /** How many files that passed the check are remembered. */
  private static final int KEPT = 4;

  /**
   * The SHA-256 digests of the last files that passed: watch mode and a folder of talks open
   * one theme again and again, and unpacking every part to check it is a fifth of each opening.
   * They are known by their digest, not kept: a theme may be 64 MiB.
   */
  private static final List<byte[]> PASSED = new ArrayList<>();
  /**
   * The themes shipped inside paperdeck met so far, kept whole: they are small, and comparing
   * bytes spares the digest, whose first use (the JDK's security providers) costs a cold start
   * more than the comparison.
   */
  private static final List<byte[]> SHIPPED = new ArrayList<>();

  private ThemeFile() {}

  /** Throws with the reason when {@code bytes} cannot be a theme's zip archive. */
  static void check(byte[] bytes) throws IOException {
    synchronized (PASSED) {
      for (byte[] shipped : SHIPPED) {
        if (Arrays.equals(shipped, bytes)) {
          return;
        }
      }
    }
    byte[] digest = digest(bytes);
    synchronized (PASSED) {
      for (byte[] passed : PASSED) {
        if (MessageDigest.isEqual(passed, digest)) {
          return;
        }
      }
    }
    checkNow(bytes);
    remember(digest);
  }

  /**
   * Whether the zip archive {@link #check} let through lists an entry called {@code name}: for
   * saying why POI could not open it.
   */
  static boolean lists(byte[] bytes, String name) {
    try {
      return directory(bytes).contains(name);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Takes {@code bytes} as a theme that passes {@link #check} without checking it: a theme
   * shipped inside paperdeck, which its tests check ({@code ThemeFileTest}). Unpacking every
   * part to check it is about a fifth of opening a theme on a cold start.
   */
  static void shipped(byte[] bytes) {
    synchronized (PASSED) {
      for (byte[] shipped : SHIPPED) {
        if (Arrays.equals(shipped, bytes)) {
          return;
        }
      }
      SHIPPED.add(bytes.clone());
    }
  }

  private static void remember(byte[] digest) {
    synchronized (PASSED) {
      PASSED.removeIf(known -> MessageDigest.isEqual(known, digest));
      PASSED.add(0, digest);
      while (PASSED.size() > KEPT) {
        PASSED.remove(PASSED.size() - 1);
      }
    }
  }

  private static byte[] digest(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static void checkNow(byte[] bytes) throws IOException {
    if (bytes.length == 0) {
      throw new IOException("the file is empty");
    }
    if (bytes.length > ThemeLimits.MAX_FILE_BYTES) {
      throw new IOException("the file is larger than "
          + ThemeLimits.mib(ThemeLimits.MAX_FILE_BYTES) + ": is it the right file?");
    }
    FileMagic magic = FileMagic.valueOf(bytes);
    if (magic == FileMagic.OLE2) {
      throw new IOException("this is a PowerPoint 97-2003 file (.ppt) or another old Office"
          + " file; open it in PowerPoint or LibreOffice Impress and save it as .pptx");
    }
    // An archive of no entries is only its end record, which starts "PK\5\6".
    if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 5
        && bytes[3] == 6) {
      throw new IOException("not a .pptx or .potx file: it is an empty zip archive");
    }
    if (magic != FileMagic.OOXML) {
      throw new IOException("not a .pptx or .potx file: it is not a zip archive");
    }
    Set<String> listed = directory(bytes);
    Set<String> unpacked = ThemeArchive.unpack(bytes);
    if (!unpacked.equals(listed)) {
      // POI reads the entries, not the directory: both must tell the same story.
      throw damaged("its zip directory does not list the parts the archive holds");
    }
  }

  /** The names in the zip's central directory, which a file cut short has lost. */
  private static Set<String> directory(byte[] bytes) throws IOException {
    try (ZipFile zip = ZipFile.builder()
        .setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
      Set<String> names = new HashSet<>();
      for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
        names.add(entry.getName());
      }
      return names;
    } catch (IOException | RuntimeException e) {
      throw new IOException("the file is cut short or damaged: its zip archive has no"
          + " directory at the end; copy or download it again", e);
    }
  }

  /**
   * What went wrong when POI failed on the package {@code pkg} that {@link #check} let through:
   * the part that is not well-formed XML, with its line and column, where that is the cause.
   */
  static IOException explain(Exception failure, OPCPackage pkg) {
    if (holdsBadValue(failure)) {
      return badValue();
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof XmlException || cause instanceof SAXException) {
        return malformedPart(pkg).orElse(damaged("a part of it is not XML of the kind expected"));
      }
    }
    return damaged("its parts do not fit together");
  }

  /** The first XML part a parser rejects, and where. */
  private static Optional<IOException> malformedPart(OPCPackage pkg) {
    List<PackagePart> parts;
    try {
      parts = pkg.getParts();
    } catch (InvalidFormatException | RuntimeException e) {
      return Optional.empty();
    }
    for (PackagePart part : parts) {
      if (!part.getContentType().endsWith("xml")) {
        continue;
      }
      try (InputStream in = part.getInputStream()) {
        XMLHelper.getSaxParserFactory().newSAXParser().parse(in, new DefaultHandler());
      } catch (SAXParseException e) {
        return Optional.of(damaged("the part " + shown(part.getPartName().getName())
            + " is not well-formed XML (line " + e.getLineNumber() + ", column "
            + e.getColumnNumber() + ")"));
      } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
        // A part POI keeps to itself (the document properties): not the one to name.
      }
    }
    return Optional.empty();
  }

  /**
   * A part's name as a message shows it, in quotes: a zip entry's name is any bytes, and a control
   * character in it would reach the terminal, so each is written as {@code \xNN}, and so is a
   * quote, which would end the name early for a reader; a name longer than any real part's is
   * cut.
   */
  static String shown(String name) {
    StringBuilder shown = new StringBuilder();
    name.codePoints().limit(MAX_SHOWN).forEach(c -> shown.append(
        Character.isISOControl(c) || c == '\''
            ? String.format(Locale.ROOT, "\\x%02x", c) : Character.toString(c)));
    return "'" + shown + (name.codePointCount(0, name.length()) > MAX_SHOWN ? "…'" : "'");
  }

  /**
   * Whether {@code failure} is a value of the file that is not of its kind (a word where a
   * number belongs): XMLBeans checks a value only when it is first read, which for some values
   * is while a deck is being written.
   */
  static boolean holdsBadValue(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof org.apache.xmlbeans.impl.values.XmlValueOutOfRangeException) {
        return true;
      }
    }
    return false;
  }

  static IOException badValue() {
    return damaged("one of its values is not of the kind its format allows there (a word where"
        + " a number belongs, say)");
  }

  static IOException damaged(String why) {
    return new IOException("the file is damaged: " + why
        + "; open it in PowerPoint or LibreOffice Impress and save it again");
  }
}
