package org.paperdeck.notes;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.files.FileRoots;
import org.paperdeck.model.Block;
import org.paperdeck.model.Inline;
import org.paperdeck.refs.Identifiers;

/**
 * Turns commonmark nodes into the model's rich text, putting math back where the masker hid it
 * and checking what the format doc asks of links, images and raw HTML on the way.
 */
final class MarkdownConverter {
  private final MathMasker.Masked masked;
  private final Positions positions;
  private final Diagnostics diagnostics;
  /** The notes file's folder: images are read from there only. */
  private final FileRoots images;

  MarkdownConverter(
      MathMasker.Masked masked, Positions positions, Diagnostics diagnostics, FileRoots images) {
    this.masked = masked;
    this.positions = positions;
    this.diagnostics = diagnostics;
    this.images = images;
  }

  // ---- blocks ----

  List<Block> blocks(List<Node> nodes) {
    List<Block> out = new ArrayList<>();
    for (Node node : nodes) {
      block(node, out);
    }
    return out;
  }

  private void block(Node node, List<Block> out) {
    if (tooDeep(node)) {
      return;
    }
    if (node instanceof Paragraph paragraph) {
      out.add(paragraph(paragraph));
    } else if (node instanceof BulletList || node instanceof OrderedList) {
      out.add(list(node));
    } else if (node instanceof FencedCodeBlock fenced) {
      out.add(new Block.CodeBlock(stripFinalNewline(fenced.getLiteral())));
    } else if (node instanceof IndentedCodeBlock indented) {
      out.add(new Block.CodeBlock(stripFinalNewline(indented.getLiteral())));
    } else if (node instanceof HtmlBlock html) {
      rawHtml(node);
      out.add(new Block.Paragraph(List.of(new Inline.Text(stripFinalNewline(html.getLiteral())))));
    } else if (node instanceof BlockQuote) {
      out.addAll(blocks(children(node)));
    } else if (node instanceof Heading heading) {
      // Headings deeper than the format's three levels read as bold paragraphs.
      out.add(new Block.Paragraph(List.of(
          new Inline.Styled(Inline.Style.STRONG, inlines(heading)))));
    } else if (node instanceof TableBlock table) {
      out.add(table(table));
    } else if (!(node instanceof ThematicBreak)) {
      diagnostics.warning(positions.of(node),
          "unsupported Markdown block (" + node.getClass().getSimpleName() + ") is left out");
    }
  }

  Block paragraph(Paragraph paragraph) {
    List<Node> kids = children(paragraph);
    if (kids.size() == 1 && kids.get(0) instanceof Image image) {
      return figure(image);
    }
    List<Inline> inlines = inlines(paragraph);
    if (inlines.size() == 1 && inlines.get(0) instanceof Inline.Math
        && isDisplayMath(paragraph)) {
      return new Block.DisplayMath(((Inline.Math) inlines.get(0)).latex());
    }
    return new Block.Paragraph(inlines);
  }

  private boolean isDisplayMath(Paragraph paragraph) {
    Node first = paragraph.getFirstChild();
    if (first instanceof Text text) {
      String literal = text.getLiteral().strip();
      return literal.length() > 1 && literal.charAt(0) == MathMasker.START
          && masked.span(literal.charAt(1)).display();
    }
    return false;
  }

  Block.ListBlock list(Node list) {
    boolean ordered = list instanceof OrderedList;
    int start = 1;
    if (list instanceof OrderedList orderedList && orderedList.getMarkerStartNumber() != null) {
      start = orderedList.getMarkerStartNumber();
    }
    List<Block.ListItem> items = new ArrayList<>();
    for (Node item : children(list)) {
      items.add(new Block.ListItem(blocks(children(item))));
    }
    return new Block.ListBlock(ordered, start, items);
  }

  private Block table(TableBlock table) {
    List<List<List<Inline>>> rows = new ArrayList<>();
    boolean header = false;
    for (Node section : children(table)) {
      header |= section instanceof TableHead;
      for (Node row : children(section)) {
        List<List<Inline>> cells = new ArrayList<>();
        for (Node cell : children(row)) {
          if (cell instanceof TableCell) {
            cells.add(inlines(cell));
          }
        }
        rows.add(cells);
      }
    }
    return new Block.Table(header, rows);
  }

  private Block figure(Image image) {
    List<Inline> caption = inlines(image);
    Path path = checkedImage(image.getDestination(), positions.of(image));
    if (path == null) {
      return new Block.Paragraph(caption);
    }
    return new Block.Figure(caption, path);
  }

  /**
   * An image path checked as the format doc asks: relative to the notes file, inside its folder,
   * present, and a PNG or JPEG by its first bytes (not its name).
   *
   * @return the resolved path, or {@code null} after reporting why not
   */
  Path checkedImage(String written, SourcePos pos) {
    try {
      if (Path.of(written).isAbsolute() || written.contains(":")) {
        diagnostics.error(pos, "image '" + written + "' must be a path relative to the notes file",
            "put the image in the notes file's folder and write, e.g., figures/plot.png");
        return null;
      }
    } catch (InvalidPathException e) {
      diagnostics.error(pos, "image path '" + written + "' is not a valid path");
      return null;
    }
    // Links followed: a link beside the notes that points elsewhere leads outside too.
    FileRoots.Resolved found = images.resolve(written);
    if (found instanceof FileRoots.Refused refused) {
      if (refused.why() == FileRoots.Why.INVALID_PATH) {
        diagnostics.error(pos, "image path '" + written + "' is not a valid path");
      } else {
        diagnostics.error(pos, "image '" + written + "' is outside the notes file's folder",
            "images must live in the notes file's folder or below it");
      }
      return null;
    }
    Path resolved = ((FileRoots.Allowed) found).path();
    if (!Files.isRegularFile(resolved)) {
      diagnostics.error(pos, "image '" + written + "' not found",
          "looked for " + resolved);
      return null;
    }
    String kind = imageKind(resolved);
    if (kind == null) {
      diagnostics.error(pos, "'" + written + "' is not a PNG or JPEG image");
      return null;
    }
    long pixels = pixels(resolved);
    if (pixels > Limits.MAX_IMAGE_PIXELS) {
      diagnostics.error(pos, "image '" + written + "' has " + pixels / 1_000_000 + " million pixels; at most "
          + Limits.MAX_IMAGE_PIXELS / 1_000_000 + " million", "scale it down: a slide shows about 2 million");
      return null;
    }
    return resolved;
  }

  /** Width times height, read from the image's header without decoding it; 0 if unreadable. */
  private static long pixels(Path path) {
    try (javax.imageio.stream.ImageInputStream in = javax.imageio.ImageIO.createImageInputStream(path.toFile())) {
      var readers = javax.imageio.ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return 0;
      }
      javax.imageio.ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        return (long) reader.getWidth(0) * reader.getHeight(0);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private static String imageKind(Path path) {
    byte[] head = new byte[8];
    try (InputStream in = Files.newInputStream(path)) {
      int n = in.readNBytes(head, 0, head.length);
      if (n >= 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
        return "png";
      }
      if (n >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
        return "jpeg";
      }
      return null;
    } catch (IOException e) {
      return null;
    }
  }

  // ---- inlines ----

  List<Inline> inlines(Node parent) {
    if (tooDeep(parent)) {
      return List.of();
    }
    List<Inline> out = new ArrayList<>();
    boolean[] insideMath = {false};
    for (Node node : children(parent)) {
      inline(node, out, insideMath);
    }
    return trimBreaks(EastAsianBreaks.apply(out));
  }

  private void inline(Node node, List<Inline> out, boolean[] insideMath) {
    if (node instanceof Text text) {
      text(text.getLiteral(), out, insideMath);
      return;
    }
    if (insideMath[0]) {
      return; // part of a math span that runs over a line break: its source is in the span
    }
    if (node instanceof Code code) {
      out.add(new Inline.Code(code.getLiteral()));
    } else if (node instanceof Emphasis) {
      out.add(new Inline.Styled(Inline.Style.EMPHASIS, inlines(node)));
    } else if (node instanceof StrongEmphasis) {
      out.add(new Inline.Styled(Inline.Style.STRONG, inlines(node)));
    } else if (node instanceof Strikethrough) {
      out.add(new Inline.Styled(Inline.Style.STRIKETHROUGH, inlines(node)));
    } else if (node instanceof Link link) {
      String href = checkedLink(link.getDestination(), positions.of(link));
      List<Inline> children = inlines(link);
      if (href == null) {
        out.addAll(children);
      } else {
        out.add(new Inline.Link(href, children.isEmpty() ? List.of(new Inline.Text(href)) : children));
      }
    } else if (node instanceof Image image) {
      diagnostics.warning(positions.of(image),
          "an image inside running text is shown as its caption",
          "put the image in a paragraph of its own to show it as a figure");
      out.addAll(inlines(image));
    } else if (node instanceof SoftLineBreak) {
      out.add(new Inline.Break(false));
    } else if (node instanceof HardLineBreak) {
      out.add(new Inline.Break(true));
    } else if (node instanceof HtmlInline html) {
      rawHtml(node);
      out.add(new Inline.Text(html.getLiteral()));
    } else {
      out.addAll(inlines(node));
    }
  }

  /** Splits a text literal at math placeholders, continuing a span begun in an earlier node. */
  private void text(String literal, List<Inline> out, boolean[] insideMath) {
    StringBuilder plain = new StringBuilder();
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      if (insideMath[0]) {
        if (c == MathMasker.END) {
          insideMath[0] = false;
        }
        continue;
      }
      if (c == MathMasker.START && i + 1 < literal.length()) {
        flush(plain, out);
        out.add(new Inline.Math(masked.span(literal.charAt(i + 1)).latex()));
        insideMath[0] = true;
        i++;
        continue;
      }
      plain.append(c);
    }
    flush(plain, out);
  }

  private static void flush(StringBuilder plain, List<Inline> out) {
    if (plain.length() > 0) {
      out.add(new Inline.Text(plain.toString()));
      plain.setLength(0);
    }
  }

  private static List<Inline> trimBreaks(List<Inline> inlines) {
    int from = 0;
    int to = inlines.size();
    while (from < to && inlines.get(from) instanceof Inline.Break) {
      from++;
    }
    while (to > from && inlines.get(to - 1) instanceof Inline.Break) {
      to--;
    }
    return inlines.subList(from, to);
  }

  /**
   * A link target checked against the schemes a slide or a printed page can follow.
   *
   * @return the target, or {@code null} after reporting why it cannot be a link
   */
  String checkedLink(String destination, SourcePos pos) {
    // A DOI or an arXiv ID, written any way, is its canonical link (format doc, "Identifiers
    // as links"), so the slide, the QR code and the handout all show the one address.
    Optional<String> identifier = Identifiers.link(destination);
    if (identifier.isPresent()) {
      return identifier.get();
    }
    String scheme = null;
    try {
      scheme = new URI(destination.strip()).getScheme();
    } catch (URISyntaxException e) {
      diagnostics.error(pos, "link '" + destination + "' is not a valid URL");
      return null;
    }
    String lower = scheme == null ? "" : scheme.toLowerCase(Locale.ROOT);
    if (lower.equals("http") || lower.equals("https") || lower.equals("mailto")) {
      return destination.strip();
    }
    diagnostics.error(pos, scheme == null
            ? "link '" + destination + "' is not a full URL"
            : "link scheme '" + scheme + ":' is not allowed",
        "links must start with http://, https:// or mailto:");
    return null;
  }

  private void rawHtml(Node node) {
    diagnostics.warning(positions.of(node), "raw HTML is not supported; it is shown as text",
        "use Markdown markup instead");
  }

  /**
   * Lists, quotes, emphasis and links nested beyond {@link Limits#MAX_NESTING} levels are
   * reported once, at the outermost too-deep one,
   * and not followed further: the recursion below stays bounded whatever the file holds.
   */
  private boolean tooDeep(Node node) {
    int depth = 0;
    for (Node n = node; n != null; n = n.getParent()) {
      if (n instanceof BulletList || n instanceof OrderedList || n instanceof BlockQuote
          || n instanceof Emphasis || n instanceof StrongEmphasis || n instanceof Strikethrough
          || n instanceof Link) {
        depth++;
      }
    }
    if (depth <= Limits.MAX_NESTING) {
      return false;
    }
    if (depth == Limits.MAX_NESTING + 1) {
      diagnostics.error(positions.of(node), "nested more than " + Limits.MAX_NESTING + " levels deep",
          "flatten the lists or emphasis here");
    }
    return true;
  }

  static List<Node> children(Node parent) {
    List<Node> out = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      out.add(child);
    }
    return out;
  }

  private static String stripFinalNewline(String s) {
    return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
  }
}
