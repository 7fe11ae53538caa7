package org.paperdeck.cli;

import java.util.Locale;

/**
 * Where {@code paperdeck add --to} puts new paper blocks in Markdown notes: at the end of the
 * named category (made, before the further-reading list, when the notes have none), or at the
 * end of the last category.
 */
final class PaperBlocks {
  private PaperBlocks() {}

  static String insert(String notes, String blocks, String category) {
    String[] lines = notes.split("\n", -1);
    int furtherReading = -1;
    int categoryStart = -1;
    int lastCategory = -1;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (!line.startsWith("# ")) {
        continue;
      }
      String name = line.substring(2).strip().toLowerCase(Locale.ROOT);
      if (name.equals("further reading") || name.equals("reading list")) {
        furtherReading = i;
      } else {
        lastCategory = i;
        if (category != null && name.equals(category.strip().toLowerCase(Locale.ROOT))) {
          categoryStart = i;
        }
      }
    }
    String text = blocks;
    int start = categoryStart >= 0 ? categoryStart : category == null ? lastCategory : -1;
    int at;
    if (start >= 0) {
      at = lines.length;
      for (int i = start + 1; i < lines.length; i++) {
        if (lines[i].strip().startsWith("# ")) {
          at = i;
          break;
        }
      }
    } else {
      text = "# " + (category == null ? "Papers" : category.strip()) + "\n\n" + blocks;
      at = furtherReading >= 0 ? furtherReading : lines.length;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < at; i++) {
      out.append(lines[i]).append(i < lines.length - 1 ? "\n" : "");
    }
    if (out.length() > 0 && !out.toString().endsWith("\n\n")) {
      out.append(out.toString().endsWith("\n") ? "\n" : "\n\n");
    }
    out.append(text);
    if (at < lines.length) {
      out.append(text.endsWith("\n\n") ? "" : "\n");
      for (int i = at; i < lines.length; i++) {
        out.append(lines[i]).append(i < lines.length - 1 ? "\n" : "");
      }
    }
    return out.toString();
  }
}
