package org.paperdeck.handout;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One face of a font file on the machine (a .ttf or .otf, or one face of a .ttc collection), as
 * far as choosing it needs: its family names, weight and slant from the {@code name} and {@code
 * OS/2} tables, and which characters it has from its {@code cmap}, read on first use. Reading
 * these few tables directly costs a few kilobytes per file, where loading the font through
 * OpenPDF reads all of it (20 MB for a CJK collection); only the faces chosen are loaded so.
 */
final class FontFace {
  final Path file;
  /** The face's index in a collection, or -1 for a single-font file. */
  final int index;
  final String family;
  /** Every family name the font gives, in any language ("Noto Sans CJK SC", "思源黑体" …). */
  final Set<String> families;
  final int weight;
  final boolean italic;
  private final long cmapOffset;
  private int[] ranges; // sorted start,end pairs of the characters the face has; read lazily

  private FontFace(Path file, int index, String family, Set<String> families, int weight,
      boolean italic, long cmapOffset) {
    this.file = file;
    this.index = index;
    this.family = family;
    this.families = families;
    this.weight = weight;
    this.italic = italic;
    this.cmapOffset = cmapOffset;
  }

  /** How OpenPDF names this face: the path, with ",INDEX" for a face of a collection. */
  String spec() {
    return index < 0 ? file.toString() : file + "," + index;
  }

  boolean isBold() {
    return weight >= 600;
  }

  boolean hasFamily(String name) {
    return families.stream().anyMatch(f -> f.equalsIgnoreCase(name));
  }

  /** Whether the face has a glyph for {@code c}. */
  synchronized boolean has(int c) {
    if (ranges == null) {
      ranges = readCmap();
    }
    int lo = 0;
    int hi = ranges.length / 2 - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (c < ranges[2 * mid]) {
        hi = mid - 1;
      } else if (c > ranges[2 * mid + 1]) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /** The faces of a font file; empty when it is no TrueType or OpenType font. */
  static List<FontFace> read(Path file) {
    List<FontFace> faces = new ArrayList<>();
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      int tag = in.readInt();
      if (tag == 0x74746366) { // 'ttcf'
        in.readInt(); // version
        int count = in.readInt();
        long[] offsets = new long[Math.min(count, 256)];
        for (int i = 0; i < offsets.length; i++) {
          offsets[i] = in.readInt() & 0xFFFFFFFFL;
        }
        for (int i = 0; i < offsets.length; i++) {
          FontFace face = readFace(in, file, i, offsets[i]);
          if (face != null) {
            faces.add(face);
          }
        }
      } else {
        FontFace face = readFace(in, file, -1, 0);
        if (face != null) {
          faces.add(face);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not a font we can read: it is simply not a candidate.
    }
    return faces;
  }

  private static FontFace readFace(RandomAccessFile in, Path file, int index, long offset)
      throws IOException {
    in.seek(offset);
    int version = in.readInt();
    if (version != 0x00010000 && version != 0x4F54544F && version != 0x74727565) {
      return null; // neither TrueType ('\0\1\0\0', 'true') nor OpenType ('OTTO')
    }
    int tables = in.readUnsignedShort();
    in.skipBytes(6);
    long name = -1;
    long os2 = -1;
    long cmap = -1;
    for (int i = 0; i < tables; i++) {
      int tag = in.readInt();
      in.readInt(); // checksum
      long at = in.readInt() & 0xFFFFFFFFL;
      in.readInt(); // length
      switch (tag) {
        case 0x6E616D65 -> name = at; // 'name'
        case 0x4F532F32 -> os2 = at; // 'OS/2'
        case 0x636D6170 -> cmap = at; // 'cmap'
        default -> { }
      }
    }
    if (name < 0 || cmap < 0) {
      return null;
    }
    Set<String> families = new LinkedHashSet<>();
    String[] english = new String[2]; // typographic family (16), else family (1)
    boolean italicName = readNames(in, name, families, english);
    String family = english[0] != null ? english[0] : english[1];
    if (family == null) {
      if (families.isEmpty()) {
        return null;
      }
      family = families.iterator().next();
    }
    int weight = 400;
    boolean italic = italicName;
    if (os2 >= 0) {
      in.seek(os2 + 4);
      weight = in.readUnsignedShort();
      in.seek(os2 + 62);
      int selection = in.readUnsignedShort();
      italic = (selection & 1) != 0;
    }
    return new FontFace(file, index, family, families, weight, italic, cmap);
  }

  /** Collects family names (IDs 1 and 16); true when the subfamily (ID 2) says italic. */
  private static boolean readNames(RandomAccessFile in, long table, Set<String> families,
      String[] english) throws IOException {
    in.seek(table + 2);
    int count = in.readUnsignedShort();
    long strings = table + in.readUnsignedShort();
    boolean italic = false;
    long[][] records = new long[count][];
    for (int i = 0; i < count; i++) {
      records[i] = new long[] {in.readUnsignedShort(), in.readUnsignedShort(),
          in.readUnsignedShort(), in.readUnsignedShort(), in.readUnsignedShort(),
          in.readUnsignedShort()};
    }
    for (long[] r : records) {
      int platform = (int) r[0];
      int language = (int) r[2];
      int id = (int) r[3];
      if (id != 1 && id != 2 && id != 16) {
        continue;
      }
      byte[] bytes = new byte[(int) r[4]];
      in.seek(strings + r[5]);
      in.readFully(bytes);
      String text = platform == 3 || platform == 0
          ? new String(bytes, StandardCharsets.UTF_16BE)
          : platform == 1 && (int) r[1] == 0 ? new String(bytes, StandardCharsets.ISO_8859_1) : null;
      if (text == null || text.isBlank()) {
        continue;
      }
      if (id == 2) {
        italic |= text.toLowerCase(Locale.ROOT).contains("italic")
            || text.toLowerCase(Locale.ROOT).contains("oblique");
        continue;
      }
      families.add(text.strip());
      boolean isEnglish = platform == 3 && language == 0x409 || platform == 1 && language == 0;
      if (isEnglish) {
        int slot = id == 16 ? 0 : 1;
        if (english[slot] == null) {
          english[slot] = text.strip();
        }
      }
    }
    return italic;
  }

  /** The Unicode cmap subtable (format 12 preferred, else format 4) as ranges. */
  private int[] readCmap() {
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      in.seek(cmapOffset + 2);
      int count = in.readUnsignedShort();
      long best = -1;
      int bestScore = 0;
      for (int i = 0; i < count; i++) {
        int platform = in.readUnsignedShort();
        int encoding = in.readUnsignedShort();
        long at = cmapOffset + (in.readInt() & 0xFFFFFFFFL);
        int score = platform == 3 && encoding == 10 ? 4 : platform == 0 && encoding >= 4 ? 3
            : platform == 3 && encoding == 1 ? 2 : platform == 0 ? 1 : 0;
        if (score > bestScore) {
          bestScore = score;
          best = at;
        }
      }
      if (best < 0) {
        return new int[0];
      }
      in.seek(best);
      int format = in.readUnsignedShort();
      if (format == 12) {
        in.skipBytes(10);
        int groups = in.readInt();
        int[] out = new int[groups * 2];
        for (int i = 0; i < groups; i++) {
          out[2 * i] = in.readInt();
          out[2 * i + 1] = in.readInt();
          in.readInt();
        }
        return sorted(out);
      }
      if (format == 4) {
        in.skipBytes(4);
        int segments = in.readUnsignedShort() / 2;
        in.skipBytes(6);
        int[] ends = new int[segments];
        for (int i = 0; i < segments; i++) {
          ends[i] = in.readUnsignedShort();
        }
        in.skipBytes(2);
        int[] out = new int[segments * 2];
        for (int i = 0; i < segments; i++) {
          out[2 * i] = in.readUnsignedShort();
          out[2 * i + 1] = ends[i];
        }
        // Ranges may map to glyph 0 in places; close enough for choosing a font, and the font
        // chosen is asked again through OpenPDF before a character is set in it.
        return sorted(out);
      }
    } catch (IOException | RuntimeException e) {
      // Unreadable: the face has nothing.
    }
    return new int[0];
  }

  private static int[] sorted(int[] pairs) {
    int n = pairs.length / 2;
    long[] packed = new long[n];
    for (int i = 0; i < n; i++) {
      packed[i] = ((long) pairs[2 * i] << 32) | (pairs[2 * i + 1] & 0xFFFFFFFFL);
    }
    Arrays.sort(packed);
    int[] out = new int[n * 2];
    for (int i = 0; i < n; i++) {
      out[2 * i] = (int) (packed[i] >>> 32);
      out[2 * i + 1] = (int) packed[i];
    }
    return out;
  }

  @Override
  public String toString() {
    return family + " (" + spec() + ")";
  }
}
