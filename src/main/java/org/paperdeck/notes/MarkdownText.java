package org.paperdeck.notes;

import java.util.List;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.files.FileRoots;
import org.paperdeck.model.Block;
import org.paperdeck.model.Inline;
import org.paperdeck.model.RichText;

/**
 * Markdown parsing with math hidden first and positions kept in the file's terms: for a whole
 * notes file, and for each text value of YAML or JSON notes (format doc: "Text values are
 * Markdown").
 */
final class MarkdownText {
  private static final Parser PARSER = Parser.builder()
      .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create()))
      .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
      .build();

  /** A parsed text: the commonmark tree and the converter that turns its nodes into rich text. */
  record Parsed(Node document, MarkdownConverter converter, Positions positions) {}

  private MarkdownText() {}

  static Parsed parse(String text, TextOrigin origin, FileRoots images, Diagnostics diagnostics) {
    MathMasker.Masked masked = new MathMasker(origin, diagnostics).mask(text);
    Node document = PARSER.parse(masked.text());
    Positions positions = new Positions(origin);
    return new Parsed(document,
        new MarkdownConverter(masked, positions, diagnostics, images), positions);
  }

  /** Blocks, for summaries, notes and descriptions. */
  static RichText blocks(Tree.Scalar value, FileRoots images, Diagnostics diagnostics) {
    Parsed parsed = parse(value.text(), value.origin(), images, diagnostics);
    return new RichText(parsed.converter().blocks(MarkdownConverter.children(parsed.document())));
  }

  /**
   * One line of inline text, for titles. Markdown that makes more than a paragraph of it (a
   * list marker, a heading mark) is an error rather than a silently mangled title.
   */
  static List<Inline> inlines(Tree.Scalar value, String what, FileRoots images, Diagnostics diagnostics) {
    Parsed parsed = parse(value.text(), value.origin(), images, diagnostics);
    List<Node> blocks = MarkdownConverter.children(parsed.document());
    if (blocks.size() == 1 && blocks.get(0) instanceof Paragraph paragraph) {
      Block block = parsed.converter().paragraph(paragraph);
      if (block instanceof Block.Paragraph p) {
        return p.inlines();
      }
    }
    if (!blocks.isEmpty()) {
      diagnostics.error(value.pos(), what + " must be one paragraph of text");
    }
    return List.of();
  }
}
