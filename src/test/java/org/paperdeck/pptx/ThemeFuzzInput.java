package org.paperdeck.pptx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * How the theme fuzz test turns its input into a theme file. Input starting with "PK" is the
 * file itself, so the fuzzer reaches the zip layer (cut-off archives, broken headers). Any
 * other input is a theme's parts written out plainly, each as a line {@code @@ NAME} followed
 * by the part's bytes, and is zipped before use: a fuzzer changing a byte of deflated data
 * only breaks the archive, while a byte of plain XML reaches POI's reading of masters, layouts
 * and shapes.
 */
final class ThemeFuzzInput {
  private static final byte[] MARK = "\n@@ ".getBytes(StandardCharsets.US_ASCII);
  /** Zip entry names are at most 65,535 bytes; the fuzzer has no use for long ones. */
  private static final int MAX_NAME = 256;

  private ThemeFuzzInput() {}

  /** The theme file {@code input} stands for. */
  static byte[] theme(byte[] input) {
    if (input.length >= 2 && input[0] == 'P' && input[1] == 'K') {
      return input;
    }
    byte[] text = new byte[input.length + 1];
    text[0] = '\n';
    System.arraycopy(input, 0, text, 1, input.length);
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    Set<String> names = new HashSet<>();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      int at = indexOf(text, 0);
      while (at >= 0) {
        int start = at + MARK.length;
        int next = indexOf(text, start);
        int end = next < 0 ? text.length : next;
        int newline = start;
        while (newline < end && text[newline] != '\n') {
          newline++;
        }
        String name = new String(text, start, Math.min(newline - start, MAX_NAME),
            StandardCharsets.UTF_8);
        if (names.add(name)) { // a zip cannot hold two entries of one name
          out.putNextEntry(new ZipEntry(name));
          out.write(text, Math.min(newline + 1, end), Math.max(0, end - newline - 1));
          out.closeEntry();
        }
        at = next;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return zip.toByteArray();
  }

  /** The plain form of the theme file {@code zip}, for seeds. */
  static byte[] plain(byte[] zip) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        if (out.size() > 0) {
          out.write('\n');
        }
        out.write(("@@ " + entry.getName() + "\n").getBytes(StandardCharsets.UTF_8));
        in.transferTo(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] text, int from) {
    for (int i = from; i <= text.length - MARK.length; i++) {
      if (Arrays.equals(text, i, i + MARK.length, MARK, 0, MARK.length)) {
        return i;
      }
    }
    return -1;
  }
}
