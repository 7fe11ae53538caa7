package org.paperdeck.model;

import java.util.List;

/** Flattens rich text to plain text: math keeps its source, breaks become spaces. */
final class PlainText {
  private PlainText() {}

  static String of(RichText text) {
    StringBuilder out = new StringBuilder();
    for (Block block : text.blocks()) {
      if (out.length() > 0) {
        out.append('\n');
      }
      appendBlock(block, out);
    }
    return out.toString();
  }

  private static void appendBlock(Block block, StringBuilder out) {
    if (block instanceof Block.Paragraph p) {
      appendInlines(p.inlines(), out);
    } else if (block instanceof Block.ListBlock list) {
      for (Block.ListItem item : list.items()) {
        for (Block inner : item.blocks()) {
          appendBlock(inner, out);
          out.append('\n');
        }
      }
    } else if (block instanceof Block.DisplayMath math) {
      out.append(math.latex());
    } else if (block instanceof Block.Figure figure) {
      appendInlines(figure.caption(), out);
    } else if (block instanceof Block.Table table) {
      for (List<List<Inline>> row : table.rows()) {
        for (List<Inline> cell : row) {
          appendInlines(cell, out);
          out.append('\t');
        }
        out.append('\n');
      }
    } else if (block instanceof Block.CodeBlock code) {
      out.append(code.code());
    }
  }

  static void appendInlines(List<Inline> inlines, StringBuilder out) {
    for (Inline inline : inlines) {
      if (inline instanceof Inline.Text t) {
        out.append(t.text());
      } else if (inline instanceof Inline.Code c) {
        out.append(c.text());
      } else if (inline instanceof Inline.Styled s) {
        appendInlines(s.children(), out);
      } else if (inline instanceof Inline.Link l) {
        appendInlines(l.children(), out);
      } else if (inline instanceof Inline.Math m) {
        out.append(m.latex());
      } else if (inline instanceof Inline.Break) {
        out.append(' ');
      }
    }
  }
}
