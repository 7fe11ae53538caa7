package org.paperdeck.templates;

import java.util.List;
import org.paperdeck.math.MathText;
import org.paperdeck.math.MathXhtml;
import org.paperdeck.model.Block;
import org.paperdeck.model.Inline;
import org.paperdeck.model.RichText;

/**
 * Writes rich text as markup. The deck plan and the handout's XHTML share one inline subset
 * ({@code b i s code a sub sup br}), so one writer serves both and they differ only where a
 * dialect must: math, figures and code blocks.
 */
final class MarkupWriter {
  private final Dialect dialect;

  MarkupWriter(Dialect dialect) {
    this.dialect = dialect;
  }

  /** Whole blocks: {@code <p>}, lists, tables … */
  String blocks(RichText text) {
    StringBuilder out = new StringBuilder();
    for (Block block : text.blocks()) {
      block(block, out);
    }
    return out.toString();
  }

  /**
   * Inline runs when the text is one paragraph (a title, most insights), blocks otherwise, so a
   * template can write {@code <li>${insight}</li>} either way.
   */
  String inlineOrBlocks(RichText text) {
    if (text.isSingleParagraph()) {
      StringBuilder out = new StringBuilder();
      inlines(((Block.Paragraph) text.blocks().get(0)).inlines(), out);
      return out.toString();
    }
    return blocks(text);
  }

  private void block(Block block, StringBuilder out) {
    if (block instanceof Block.Paragraph p) {
      out.append("<p>");
      inlines(p.inlines(), out);
      out.append("</p>");
    } else if (block instanceof Block.ListBlock list) {
      String tag = list.ordered() ? "ol" : "ul";
      out.append('<').append(tag);
      if (list.ordered() && list.start() != 1 && dialect == Dialect.XHTML) {
        out.append(" start=\"").append(list.start()).append('"');
      }
      out.append('>');
      for (Block.ListItem item : list.items()) {
        out.append("<li>");
        listItem(item, out);
        out.append("</li>");
      }
      out.append("</").append(tag).append('>');
    } else if (block instanceof Block.DisplayMath math) {
      if (dialect == Dialect.PLAN) {
        out.append("<p class=\"math\"><math display=\"block\">").append(escape(math.latex()))
            .append("</math></p>");
      } else {
        out.append("<p class=\"math display\">").append(MathXhtml.image(math.latex(), true, escape(math.latex())))
            .append("</p>");
      }
    } else if (block instanceof Block.Figure figure) {
      String alt = escape(RichText.ofInlines(figure.caption()).plainText());
      if (dialect == Dialect.XHTML) {
        out.append("<div class=\"figure\"><img src=\"")
            .append(escape(figure.path().toUri().toString())).append("\" alt=\"").append(alt)
            .append("\"/>");
        out.append("<p class=\"caption\">");
        inlines(figure.caption(), out);
        out.append("</p></div>");
      } else {
        out.append("<figure src=\"").append(escape(figure.path().toString()))
            .append("\" alt=\"").append(alt).append("\">");
        inlines(figure.caption(), out);
        out.append("</figure>");
      }
    } else if (block instanceof Block.Table table) {
      table(table, out);
    } else if (block instanceof Block.CodeBlock code) {
      String[] lines = code.code().split("\n", -1);
      out.append(dialect == Dialect.XHTML ? "<pre>" : "<p class=\"code\">");
      for (int i = 0; i < lines.length; i++) {
        if (dialect == Dialect.PLAN) {
          out.append(i > 0 ? "<br/>" : "").append("<code>").append(escape(lines[i])).append("</code>");
        } else {
          out.append(i > 0 ? "\n" : "").append(escape(lines[i]));
        }
      }
      out.append(dialect == Dialect.XHTML ? "</pre>" : "</p>");
    }
  }

  /** A list item: a first paragraph's runs inline, further blocks after it. */
  private void listItem(Block.ListItem item, StringBuilder out) {
    List<Block> blocks = item.blocks();
    int from = 0;
    if (!blocks.isEmpty() && blocks.get(0) instanceof Block.Paragraph first) {
      inlines(first.inlines(), out);
      from = 1;
    }
    for (Block block : blocks.subList(from, blocks.size())) {
      block(block, out);
    }
  }

  private void table(Block.Table table, StringBuilder out) {
    out.append("<table>");
    for (int r = 0; r < table.rows().size(); r++) {
      String cellTag = r == 0 && table.hasHeader() ? "th" : "td";
      out.append("<tr>");
      for (List<Inline> cell : table.rows().get(r)) {
        out.append('<').append(cellTag).append('>');
        inlines(cell, out);
        out.append("</").append(cellTag).append('>');
      }
      out.append("</tr>");
    }
    out.append("</table>");
  }

  void inlines(List<Inline> inlines, StringBuilder out) {
    for (Inline inline : inlines) {
      if (inline instanceof Inline.Text t) {
        out.append(escape(t.text()));
      } else if (inline instanceof Inline.Code c) {
        out.append("<code>").append(escape(c.text())).append("</code>");
      } else if (inline instanceof Inline.Styled s) {
        String tag = switch (s.style()) {
          case EMPHASIS -> "i";
          case STRONG -> "b";
          case STRIKETHROUGH -> "s";
        };
        out.append('<').append(tag).append('>');
        inlines(s.children(), out);
        out.append("</").append(tag).append('>');
      } else if (inline instanceof Inline.Link l) {
        out.append("<a href=\"").append(escape(l.href())).append("\">");
        inlines(l.children(), out);
        out.append("</a>");
      } else if (inline instanceof Inline.Math m) {
        if (dialect == Dialect.PLAN) {
          out.append("<math>").append(escape(m.latex())).append("</math>");
        } else if (MathXhtml.asText(m.latex())) {
          out.append("<span class=\"math\">");
          math(m.latex(), out);
          out.append("</span>");
        } else {
          out.append(MathXhtml.image(m.latex(), false, escape(m.latex())));
        }
      } else if (inline instanceof Inline.Break b) {
        out.append(b.hard() ? "<br/>" : " ");
      }
    }
  }

  private static void math(String latex, StringBuilder out) {
    for (MathText.Piece piece : MathText.convert(latex)) {
      String tag = switch (piece.script()) {
        case SUBSCRIPT -> "sub";
        case SUPERSCRIPT -> "sup";
        case NORMAL -> null;
      };
      if (tag != null) {
        out.append('<').append(tag).append('>');
      }
      out.append(escape(piece.text()));
      if (tag != null) {
        out.append("</").append(tag).append('>');
      }
    }
  }

  /** XML escaping, safe in text and in double-quoted attributes alike. */
  static String escape(String text) {
    String safe = xmlSafe(text);
    StringBuilder out = new StringBuilder(safe.length() + 16);
    for (int i = 0; i < safe.length(); i++) {
      char c = safe.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * {@code text} with each character XML 1.0 forbids (control characters but tab and line
   * ends, U+FFFE, U+FFFF, a surrogate without its pair) replaced by U+FFFD: it would make the
   * plan or the XHTML unreadable. {@code text} itself when it has none.
   */
  static String xmlSafe(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      if (pair) {
        i++;
        continue;
      }
      if (c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0xFFFE || c == 0xFFFF
          || Character.isSurrogate(c)) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        out.setCharAt(i, '\uFFFD');
      }
    }
    return out == null ? text : out.toString();
  }
}
