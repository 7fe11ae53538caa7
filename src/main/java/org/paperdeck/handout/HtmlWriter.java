package org.paperdeck.handout;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.files.FileRoots;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Writes the handout as one self-contained HTML file, for a group's wiki or an e-mail: the
 * XHTML the handout template rendered (with {@code output.format} = {@code html}), its images
 * and linked stylesheets inlined ({@code data:} URIs, {@code <style>}), serialized as HTML5 so
 * browsers read it as HTML. A file that must be opened anywhere cannot point at other files or
 * at the web, so an image or stylesheet that cannot be inlined is left out with a warning; links
 * in the text stay links.
 */
public final class HtmlWriter {
  private final XhtmlParser parser = new XhtmlParser();

  /** What a write produced: the HTML's bytes (empty on error) and the diagnostics. */
  public record Result(byte[] html, List<Diagnostic> diagnostics) {
    public Result {
      html = html.clone();
      diagnostics = List.copyOf(diagnostics);
    }

    @Override
    public byte[] html() {
      return html.clone();
    }

    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
  }

  /**
   * @param baseUri what relative references resolve against: the notes file's folder
   */
  public Result write(String xhtml, URI baseUri) {
    return write(xhtml, XhtmlParser.SOURCE, baseUri, FileRoots.of(java.nio.file.Path.of(baseUri)));
  }

  /**
   * Writes the HTML handout, inlining only files inside {@code readable}'s folders.
   *
   * @param source how diagnostics name the XHTML when they point into it, e.g.
   *     {@code handout.ftlh[xhtml]}
   */
  public Result write(String xhtml, String source, URI baseUri, FileRoots readable) {
    LocalResources allowed = new LocalResources(readable);
    Objects.requireNonNull(xhtml, "xhtml");
    XhtmlParser.Parsed parsed = parser.parse(xhtml, source);
    List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics());
    if (parsed.document() == null) {
      return new Result(new byte[0], diagnostics);
    }
    Document document = parsed.document();
    // Flying Saucer's outline has no meaning in a browser, which would move it into the body.
    for (Element bookmarks : elements(document, "bookmarks")) {
      bookmarks.getParentNode().removeChild(bookmarks);
    }
    Inlining inlining = new Inlining(baseUri, allowed, new References(xhtml, source, baseUri),
        new HashMap<>(), diagnostics);
    for (Element img : elements(document, "img")) {
      inlineImage(img, inlining);
    }
    for (Element link : elements(document, "link")) {
      inlineStylesheet(link, inlining);
    }
    BrowserCss.apply(document);
    String html = "<!DOCTYPE html>\n" + HtmlSerializer.serialize(document.getDocumentElement());
    return new Result(html.getBytes(StandardCharsets.UTF_8), diagnostics);
  }

  /**
   * What inlining one document needs.
   *
   * @param seen how many references to each address were met so far, so that a warning about
   *     the second {@code <img>} of a file points at the second place that names it
   */
  private record Inlining(URI base, LocalResources allowed, References references,
      Map<String, Integer> seen, List<Diagnostic> diagnostics) {
    SourcePos at(String address) {
      return references.of(address, seen.merge(address, 1, Integer::sum) - 1);
    }
  }

  private static void inlineImage(Element img, Inlining inlining) {
    String src = img.getAttribute("src");
    if (src.isEmpty() || src.startsWith("data:")) {
      return;
    }
    SourcePos at = inlining.at(src);
    Path file = localFile(inlining.base(), inlining.allowed(), src);
    String type = DataUris.imageType(src);
    if (file != null && type != null) {
      try {
        Optional<HandoutPictures> copy = HandoutPictures.of(file);
        if (copy.isPresent()) {
          img.setAttribute("src", DataUris.of(copy.get().mediaType(), copy.get().copy().bytes()));
          // The page lays the copy out at the picture's own size, as it would the file.
          if (!img.hasAttribute("width") && !img.hasAttribute("height")) {
            img.setAttribute("width", String.valueOf(copy.get().original().width()));
            img.setAttribute("height", String.valueOf(copy.get().original().height()));
          }
          inlining.diagnostics().add(Diagnostic.warning(at, copy.get().notice(src)));
        } else {
          img.setAttribute("src", DataUris.of(type, Files.readAllBytes(file)));
        }
        return;
      } catch (IOException | RuntimeException e) {
        // Not readable after all: left out, with the warning below.
      }
    }
    inlining.diagnostics().add(Diagnostic.warning(at,
            "the HTML handout cannot include the image " + src + "; it is left out")
        .withHint("the HTML file carries its images inside it: use a PNG, JPEG, GIF, SVG or WebP"
            + " file beside the notes, not a web address"));
    img.getParentNode().removeChild(img);
  }

  private static void inlineStylesheet(Element link, Inlining inlining) {
    if (!link.getAttribute("rel").toLowerCase(Locale.ROOT).contains("stylesheet")) {
      return;
    }
    String href = link.getAttribute("href");
    SourcePos at = inlining.at(href);
    byte[] bytes = readLocal(inlining.base(), inlining.allowed(), href);
    if (bytes != null) {
      Element style = link.getOwnerDocument().createElementNS(link.getNamespaceURI(), "style");
      style.appendChild(link.getOwnerDocument().createTextNode(
          new String(bytes, StandardCharsets.UTF_8)));
      link.getParentNode().replaceChild(style, link);
      return;
    }
    inlining.diagnostics().add(Diagnostic.warning(at,
            "the HTML handout cannot include the stylesheet " + href + "; it is left out")
        .withHint("put the styles in handout.css, which the template includes"));
    link.getParentNode().removeChild(link);
  }

  /** The bytes of a local file a reference names, or {@code null} if it is not one. */
  private static byte[] readLocal(URI base, LocalResources allowed, String reference) {
    Path path = localFile(base, allowed, reference);
    try {
      return path == null ? null : Files.readAllBytes(path);
    } catch (IOException e) {
      return null;
    }
  }

  /** The local file a reference names and the handout may read, or {@code null}. */
  private static Path localFile(URI base, LocalResources allowed, String reference) {
    try {
      URI uri = base.resolve(reference);
      if (!"file".equalsIgnoreCase(uri.getScheme()) || !allowed.allows(uri.toString())) {
        return null;
      }
      Path path = Path.of(uri);
      return Files.isRegularFile(path) ? path : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** A snapshot of the elements of one local name: the walk changes the tree. */
  private static List<Element> elements(Document document, String localName) {
    NodeList list = document.getElementsByTagNameNS("*", localName);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }
}
