package org.paperdeck.pptx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Theme files that are broken in the ways a user's file can be (cut short, another kind of file,
 * parts missing or damaged, far too large once unpacked), each made from the default theme with
 * the message the command must give for it after "cannot use theme: ".
 */
public final class HostileThemes {
  /** A broken theme, its file name (the extension matters to no one) and the expected reason. */
  public record Case(String name, byte[] bytes, String reason) {
    @Override
    public String toString() {
      return name;
    }
  }

  public static final Path DEFAULT_THEME = Path.of("templates/default/theme.pptx");
  private static final String MASTER = "ppt/slideMasters/slideMaster1.xml";
  private static final String LAYOUT = "ppt/slideLayouts/slideLayout1.xml";
  private static final String THEME = "ppt/theme/theme1.xml";
  private static final String MASTER_LINKS = "ppt/slideMasters/_rels/slideMaster1.xml.rels";
  private static final String LAYOUT_LINKS = "ppt/slideLayouts/_rels/slideLayout1.xml.rels";
  private static final String PRESENTATION = "ppt/presentation.xml";
  private static final String TYPES = "[Content_Types].xml";
  private static final String AGAIN =
      "; open it in PowerPoint or LibreOffice Impress and save it again";

  private HostileThemes() {}

  public static Stream<Case> all() {
    byte[] theme = defaultTheme();
    return Stream.of(
        new Case("truncated.pptx", Arrays.copyOf(theme, theme.length / 2),
            "the file is cut short or damaged: its zip archive has no directory at the end;"
                + " copy or download it again"),
        new Case("empty.pptx", new byte[0], "the file is empty"),
        new Case("notes.pptx", "# not a deck\n".getBytes(StandardCharsets.UTF_8),
            "not a .pptx or .potx file: it is not a zip archive"),
        new Case("old.ppt", oldOfficeFile(),
            "this is a PowerPoint 97-2003 file (.ppt) or another old Office file; open it in"
                + " PowerPoint or LibreOffice Impress and save it as .pptx"),
        new Case("photos.zip", zip(Map.of("photo.txt", "not a picture")),
            "not a .pptx or .potx file: the zip archive is not an Office document"),
        new Case("letter.docx", wordDocument(),
            "not a presentation or template but a Word document; a theme is a .pptx or .potx"
                + " file"),
        new Case("macros.pptm", replaced(theme, TYPES, "presentationml.presentation.main+xml",
            "ms-powerpoint.presentation.macroEnabled.main+xml"),
            "a presentation with macros (.pptm or .potm) would pass them on to every deck; save"
                + " it as .pptx or .potx, without macros"),
        new Case("no-master-listed.pptx", replaced(theme, PRESENTATION,
            "<p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/>"
                + "</p:sldMasterIdLst>", ""),
            "the theme has no slide master, so no layouts to make slides on"),
        new Case("master-missing.pptx", edit(theme,
            (name, part) -> name.startsWith("ppt/slideMasters/") ? null : part),
            "the file is damaged: slide master 1 of 1 is missing from the file" + AGAIN),
        new Case("no-layouts.pptx", edit(theme,
            (name, part) -> name.startsWith("ppt/slideLayouts/") ? null : part),
            "the theme has no slide layouts to make slides on"),
        new Case("no-theme-part.pptx", edit(theme,
            (name, part) -> name.startsWith("ppt/theme/") ? null : part),
            "the file is damaged: slide master 1 has no theme part (its colours and fonts)"
                + AGAIN),
        new Case("broken-links.pptx", edit(theme, (name, part) ->
            name.equals("ppt/_rels/presentation.xml.rels") ? bytes("<Relationships") : part),
            "the file is damaged: its list of parts ([Content_Types].xml) or of links between"
                + " parts (.rels) is broken or incomplete" + AGAIN),
        new Case("broken-master.pptx", edit(theme, (name, part) -> name.equals(MASTER)
            ? bytes("<?xml version=\"1.0\"?>\n<p:sldMaster xmlns:p=\"x\"><p:cSld>") : part),
            "the file is damaged: the part '/" + MASTER + "' is not well-formed XML (line 2,"
                + " column 34)" + AGAIN),
        new Case("huge-slide.pptx", replaced(theme, PRESENTATION, "<p:sldSz cx=\"12192000\"",
            "<p:sldSz cx=\"2000000000\""),
            "the slide size, 157480 × 540 pt, is outside what PowerPoint allows: 72 to 4032 pt"
                + " (1 to 56 inches) a side"),
        new Case("nested-groups.pptx", replaced(theme, LAYOUT, "</p:grpSpPr>",
            "</p:grpSpPr>" + nestedGroups(300)),
            "the file is not a theme or is built to break readers: its part '" + LAYOUT + "' nests"
                + " elements more than 256 deep, where a theme needs a few dozen"),
        new Case("bad-link-colour.pptx", replaced(theme, THEME,
            "<a:hlink><a:srgbClr val=\"2563EB\"/>", "<a:hlink><a:srgbClr val=\"2563E;\"/>"),
            "the file is damaged: its part '" + THEME + "' gives the colour '2563E;', which is"
                + " not six hexadecimal digits" + AGAIN),
        new Case("placeholder-number-not-a-number.pptx", replaced(theme, LAYOUT,
            "type=\"subTitle\" idx=\"1\"", "type=\"subTitle\" idx=\"one\""),
            "the file is damaged: its part '" + LAYOUT + "' numbers a placeholder 'one', which is"
                + " not a whole number" + AGAIN),
        new Case("placeholder-of-no-kind.pptx", replaced(theme, LAYOUT, "type=\"ctrTitle\"",
            "type=\"centreTitle\""),
            "the file is damaged: one of its values is not of the kind its format allows there"
                + " (a word where a number belongs, say)" + AGAIN),
        new Case("layout-link-ending-in-a-line-break.pptx", replaced(theme, MASTER_LINKS,
            "slideLayout2.xml\"", "slideLayout2.xml\n\""),
            "the file is damaged: the part '/" + MASTER + "' has a link ('rId2') whose target,"
                + " '/ppt/slideLayouts/slideLayout2.xml%20', is not a part name (a space or line"
                + " break at its end?)" + AGAIN),
        new Case("attribute-named-a-colon.pptx", replaced(theme, LAYOUT,
            "type=\"subTitle\" idx=\"1\"", "type=\"subTitle\" :=\"0\" idx=\"1\""),
            "the file is damaged: its part '" + LAYOUT + "' has an attribute named ':', which is"
                + " not a name XML allows" + AGAIN),
        new Case("links-in-upper-case.pptx", renamed(theme, LAYOUT_LINKS,
            LAYOUT_LINKS.replace(".rels", ".Rels")),
            "the file is damaged: its list of links '" + LAYOUT_LINKS.replace(".rels", ".Rels")
                + "' is not named in lower case, as PowerPoint names one" + AGAIN),
        new Case("part-twice-in-two-cases.pptx", edit(theme, (name, part) -> part,
            Map.of(LAYOUT.replace("slideLayout1", "SlideLayout1"), bytes("<x/>"))),
            "the file is damaged: it holds the part '"
                + LAYOUT.replace("slideLayout1", "SlideLayout1") + "' twice" + AGAIN),
        new Case("broken-content-type.pptx", replaced(theme, TYPES,
            "package.relationships+xml\"", "package.relationships+xm,\""),
            "the file is damaged: its list of parts ([Content_Types].xml) gives the type"
                + " 'application/vnd.openxmlformats-package.relationships+xm,', which is not a"
                + " content type" + AGAIN),
        new Case("zip-bomb.pptx", withPart(theme, "ppt/media/image1.png",
            ThemeLimits.MAX_UNPACKED_BYTES + 1, false),
            "the file is not a theme or is a zip bomb: its part 'ppt/media/image1.png' unpacks to"
                + " more than 100 times its packed size"),
        new Case("xml-bomb.pptx", withPart(theme, "ppt/slideLayouts/slideLayout9.xml",
            ThemeLimits.MAX_XML_BYTES + 1, true),
            "the file is not a theme or is a zip bomb: its XML parts unpack to more than "
                + ThemeLimits.mib(ThemeLimits.MAX_XML_BYTES) + ", where a theme needs a few MiB"));
  }

  /**
   * The theme saved as another kind of presentation, {@code template} (.potx) or {@code
   * slideshow} (.ppsx): a deck made on it must still say "presentation".
   */
  public static byte[] savedAs(byte[] theme, String kind) {
    return replaced(theme, TYPES, "presentationml.presentation.main+xml",
        "presentationml." + kind + ".main+xml");
  }

  public static byte[] defaultTheme() {
    try {
      return Files.readAllBytes(DEFAULT_THEME);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The theme with its entry {@code from} moved to the name {@code to}, at the end. */
  private static byte[] renamed(byte[] theme, String from, String to) {
    Map<String, byte[]> moved = new LinkedHashMap<>();
    byte[] dropped = edit(theme, (name, part) -> {
      if (name.equals(from)) {
        moved.put(to, part);
        return null;
      }
      return part;
    });
    return edit(dropped, (name, part) -> part, moved);
  }

  /** The theme's entries in order, each passed through {@code change}; null drops one. */
  public static byte[] edit(byte[] theme, BiFunction<String, byte[], byte[]> change) {
    return edit(theme, change, Map.of());
  }

  /** The same, with the entries {@code added} at the end. */
  public static byte[] edit(byte[] theme, BiFunction<String, byte[], byte[]> change,
      Map<String, byte[]> added) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(theme))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        byte[] changed = change.apply(entry.getName(), in.readAllBytes());
        if (changed != null) {
          parts.put(entry.getName(), changed);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    parts.putAll(added);
    return zipBytes(parts);
  }

  private static byte[] zip(Map<String, String> texts) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    texts.forEach((name, text) -> parts.put(name, bytes(text)));
    return zipBytes(parts);
  }

  private static byte[] zipBytes(Map<String, byte[]> parts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        out.putNextEntry(new ZipEntry(part.getKey()));
        out.write(part.getValue());
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * The theme with one more entry of {@code size} bytes: spaces, which deflate to almost
   * nothing, or, {@code packable} only as far as real parts are, a random mix of two letters.
   */
  private static byte[] withPart(byte[] theme, String name, long size, boolean packable) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes);
        ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(theme))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        in.transferTo(out);
        out.closeEntry();
      }
      out.putNextEntry(new ZipEntry(name));
      byte[] chunk = new byte[1 << 20];
      Random letters = new Random(1);
      for (long left = size; left > 0; left -= chunk.length) {
        for (int i = 0; i < chunk.length; i++) {
          chunk[i] = packable ? (byte) (letters.nextBoolean() ? 'a' : 'b') : (byte) ' ';
        }
        out.write(chunk, 0, (int) Math.min(chunk.length, left));
      }
      out.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** {@code depth} group shapes, each inside the one before, around one rectangle. */
  private static String nestedGroups(int depth) {
    String group = "<p:grpSp><p:nvGrpSpPr><p:cNvPr id=\"90\" name=\"Group\"/><p:cNvGrpSpPr/>"
        + "<p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>";
    String shape = "<p:sp><p:nvSpPr><p:cNvPr id=\"91\" name=\"Box\"/><p:cNvSpPr/><p:nvPr/>"
        + "</p:nvSpPr><p:spPr><a:prstGeom prst=\"rect\"/></p:spPr></p:sp>";
    return group.repeat(depth) + shape + "</p:grpSp>".repeat(depth);
  }

  /** A Word document as small as POI opens. */
  private static byte[] wordDocument() {
    String main =
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put(TYPES, "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
        + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
        + "vnd.openxmlformats-package.relationships+xml\"/><Override PartName=\"/word/"
        + "document.xml\" ContentType=\"" + main + "\"/></Types>");
    parts.put("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas."
        + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
        + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
        + " Target=\"word/document.xml\"/></Relationships>");
    parts.put("word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://"
        + "schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>");
    return zip(parts);
  }

  /** The signature of the compound files Office 97-2003 saved, and nothing of substance. */
  private static byte[] oldOfficeFile() {
    byte[] bytes = new byte[512];
    byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    System.arraycopy(magic, 0, bytes, 0, magic.length);
    return bytes;
  }

  /** {@code theme} with {@code from} replaced by {@code to} in its entry {@code partName}. */
  static byte[] replaced(byte[] theme, String partName, String from, String to) {
    return edit(theme, (name, part) -> name.equals(partName) ? replace(part, from, to) : part);
  }

  static byte[] replace(byte[] part, String from, String to) {
    String text = new String(part, StandardCharsets.UTF_8);
    if (!text.contains(from)) {
      throw new IllegalStateException("the default theme no longer holds " + from);
    }
    return bytes(text.replace(from, to));
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
