package org.paperdeck.handout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.files.FileRoots;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.util.XRLog;

/**
 * Lays out the XHTML a handout template rendered as a PDF: Flying Saucer for CSS paged media
 * (page size, margins, "Page 1 of 3" footers, {@code target-counter} page references), OpenPDF
 * underneath, the fonts embedded as subsets. What the PDF says about itself comes from the
 * document: title from {@code <title>}; author, subject and keywords from {@code <meta name=…>};
 * the outline (bookmarks) from a {@code <bookmarks>} element in the head, all read by Flying
 * Saucer; the language from the root element's {@code lang}, which this class adds.
 *
 * <p>Holds no per-run state, so one instance serves many renders (watch mode). It never throws
 * for bad input and never prints: a malformed document or a failed layout comes back as an error
 * diagnostic with no PDF; an image that cannot be loaded, or a character the fonts lack, as a
 * warning.
 */
public final class PdfRenderer {
  static {
    // Flying Saucer's own java.util.logging channel writes to the console by default; the SLF4J
    // side is silenced by the slf4j-nop binding (see pom.xml).
    XRLog.setLoggingEnabled(false);
  }

  /**
   * What a render produced.
   *
   * @param pdf the PDF's bytes, empty when an error stopped the render; not copied, and the
   *     caller's to keep or change: a handout of slide pictures runs to a hundred megabytes
   * @param diagnostics errors and warnings, in the order found
   */
  public record Result(byte[] pdf, List<Diagnostic> diagnostics) {
    public Result {
      Objects.requireNonNull(pdf, "pdf");
      diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
  }

  private final XhtmlParser parser = new XhtmlParser();

  /**
   * Renders {@code xhtml} to PDF.
   *
   * @param baseUri what relative image and stylesheet references resolve against, usually the
   *     folder of the notes file (a directory URI ends in {@code /})
   */
  public Result render(String xhtml, URI baseUri) {
    return render(xhtml, XhtmlParser.SOURCE, baseUri, FileRoots.of(java.nio.file.Path.of(baseUri)),
        HandoutGlyphs.defaults());
  }

  /**
   * Renders {@code xhtml} to PDF, reading images and stylesheets only from inside
   * {@code readable}'s folders ({@code data:} URIs always), and setting characters the built-in
   * fonts lack in fonts chosen for {@code glyphs}' language and named fonts (docs/format.md,
   * "Fonts for the handout"); a character no font has is an error at its place in the notes, or
   * a warning if the notes say.
   *
   * @param source how diagnostics name the XHTML when they point into it, e.g.
   *     {@code handout.ftlh[xhtml]}
   */
  public Result render(String xhtml, String source, URI baseUri, FileRoots readable,
      HandoutGlyphs glyphs) {
    return render(xhtml, source, baseUri, readable, glyphs, GivenPictures.NONE);
  }

  /**
   * The same, with pictures the XHTML names by addresses of {@code given} taken from there
   * instead of read: the slides the build drew for the slides handout.
   */
  public Result render(String xhtml, String source, URI baseUri, FileRoots readable,
      HandoutGlyphs glyphs, GivenPictures given) {
    Objects.requireNonNull(given, "given");
    LocalResources allowed = new LocalResources(readable);
    Objects.requireNonNull(xhtml, "xhtml");
    Objects.requireNonNull(baseUri, "baseUri");
    XhtmlParser.Parsed parsed = parser.parse(xhtml, source);
    List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics());
    if (parsed.document() == null) {
      return new Result(new byte[0], diagnostics);
    }
    try {
      // Before the fonts are chosen: Arabic is drawn in the joined forms this pass writes.
      RightToLeftText.apply(parsed.document());
      ScriptFonts.Choice fonts = chooseFonts(parsed.document(), glyphs);
      diagnostics.addAll(fonts.problems());
      diagnostics.addAll(MissingGlyphs.report(fonts.missing(), fonts.tried(), xhtml, source, glyphs));
      if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
        return new Result(new byte[0], diagnostics);
      }
      GlyphFallback.apply(parsed.document(), fonts.fonts());
      ITextOutputDevice device = new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
      ReportingUserAgent agent = new ReportingUserAgent(device, diagnostics, allowed,
          new References(xhtml, source, baseUri), given);
      ITextRenderer renderer = new ITextRenderer(device.getDotsPerPoint(),
          ITextRenderer.DEFAULT_DOTS_PER_PIXEL, device, agent, new StandardFontsWhenAsked());
      HandoutFonts.register(renderer.getFontResolver());
      HandoutFonts.register(renderer.getFontResolver(), fonts.fonts());
      renderer.setListener(new CatalogEntries(language(parsed.document()),
          parsed.document().getElementsByTagNameNS("*", "bookmarks").getLength() > 0));
      renderer.setDocument(parsed.document(), baseUri.toString());
      renderer.layout();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      renderer.createPDF(out);
      return new Result(out.toByteArray(), diagnostics);
    } catch (IOException | RuntimeException e) {
      // OpenPDF's DocumentException is unchecked, and Flying Saucer reports layout trouble as
      // unchecked XRRuntimeException (or, for CSS it cannot handle, the odd
      // NullPointerException): none of it should reach the user as a stack trace.
      diagnostics.add(Diagnostic.error(SourcePos.startOf(source),
              "the handout could not be laid out as a PDF: " + describe(e))
          .withHint("check the handout template and its CSS; the default template renders"));
      return new Result(new byte[0], diagnostics);
    }
  }

  /**
   * The characters of {@code xhtml} that no font the PDF could be set in has, each at its place
   * in the notes (or the XHTML), in order of first use: what {@link #render} reports as errors
   * or warnings, for a build report. Empty when the XHTML cannot be parsed (the render says why).
   */
  public Map<Integer, SourcePos> charactersNoFontHas(String xhtml, String source,
      HandoutGlyphs glyphs) {
    XhtmlParser.Parsed parsed = parser.parse(xhtml, source);
    Map<Integer, SourcePos> found = new LinkedHashMap<>();
    if (parsed.document() == null) {
      return found;
    }
    try {
      RightToLeftText.apply(parsed.document());
      for (int c : chooseFonts(parsed.document(), glyphs).missing()) {
        found.put(c, MissingGlyphs.place(c, xhtml, source, glyphs));
      }
    } catch (IOException | RuntimeException e) {
      // The render itself reports what went wrong; a report lists what it could find.
    }
    return found;
  }

  /**
   * Fonts for what Liberation and DejaVu Sans lack. The machine's fonts are looked at only when
   * there is such a character, so a Latin, Greek or Cyrillic handout never scans them.
   */
  private static ScriptFonts.Choice chooseFonts(org.w3c.dom.Document document,
      HandoutGlyphs glyphs) throws IOException {
    java.util.Set<Integer> needed = MissingGlyphs.beyondBuiltIns(document,
        HandoutFonts.load(HandoutFonts.PRIMARY_REFERENCE),
        HandoutFonts.load(HandoutFonts.FALLBACK_REGULAR));
    String lang = glyphs.lang() != null ? glyphs.lang() : language(document);
    java.nio.file.Path folder = glyphs.notesFolder() != null ? glyphs.notesFolder()
        : java.nio.file.Path.of("").toAbsolutePath();
    return ScriptFonts.choose(needed, lang, glyphs.fonts(), folder, SystemFonts::installed);
  }

  /** The document's language: {@code xml:lang} or {@code lang} on the root element. */
  private static String language(org.w3c.dom.Document document) {
    org.w3c.dom.Element root = document.getDocumentElement();
    String lang = root.getAttributeNS(javax.xml.XMLConstants.XML_NS_URI, "lang");
    return lang.isBlank() ? root.getAttribute("lang").strip() : lang.strip();
  }

  private static String describe(Throwable e) {
    StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause();
        cause = cause.getCause()) {
      text.append(": ").append(cause.getMessage());
    }
    return e.getClass().getSimpleName() + ": " + text;
  }
}
