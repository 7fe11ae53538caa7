package org.paperdeck.handout;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.ImgRaw;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.images.ImageHeader;
import org.paperdeck.images.Png;
import org.paperdeck.images.SmallerCopy;
import org.xhtmlrenderer.pdf.ITextFSImage;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.xhtmlrenderer.resource.ImageResource;

/**
 * Flying Saucer's user agent, but an image it cannot load becomes a warning instead of a log
 * line and a silent hole in the page, and it opens only what {@link LocalResources} allows.
 */
final class ReportingUserAgent extends ITextUserAgent {
  private final List<Diagnostic> diagnostics;
  // Flying Saucer asks for the same image more than once during layout; warn once per image.
  private final Set<String> reported = new HashSet<>();

  private final LocalResources allowed;
  /** The user-agent stylesheet Flying Saucer itself loads through this agent. */
  private static final String OWN_STYLESHEET = String.valueOf(
      org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler.class.getResource("/resources/css/XhtmlNamespaceHandler.css"));

  private final References references;
  /** Base64 characters decoded to find a {@code data:} picture's size: JPEG headers run long. */
  private static final int HEADER_CHARS = 256 * 1024;
  /** The copies made of pictures too large for a page, by address; {@code null} for none. */
  private final Map<String, ITextFSImage> copies = new HashMap<>();
  /** PNG pictures as their files store them ({@link #storedPng}), by address. */
  private final Map<String, ITextFSImage> stored = new HashMap<>();
  private final GivenPictures given;
  /** A PDF Flate stream's predictor value for PNG rows, each with its own filter (PDF 1.7, 7.4.4.4). */
  private static final int PNG_PREDICTORS = 15;

  /**
   * @param references where the XHTML names each file, for the warnings' positions
   * @param given pictures the build hands over by address, which are read from nowhere else
   */
  ReportingUserAgent(ITextOutputDevice device, List<Diagnostic> diagnostics, LocalResources allowed,
      References references, GivenPictures given) {
    super(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL);
    this.diagnostics = diagnostics;
    this.allowed = allowed;
    this.references = references;
    this.given = given;
  }

  /** Stylesheets are opened here: refuse what lies outside the allowed folders. */
  @Override
  protected java.io.InputStream resolveAndOpenStream(String uri) {
    return mayRead(uri) ? super.resolveAndOpenStream(uri) : null;
  }

  /**
   * Whether the handout may read {@code uri}: Flying Saucer's own default stylesheet, and what
   * {@link LocalResources} allows; anything else is refused with a warning.
   */
  private boolean mayRead(String uri) {
    String resolved = resolveURI(uri);
    if (resolved != null && resolved.equals(OWN_STYLESHEET) || allowed.allows(resolved)) {
      return true;
    }
    if (reported.add(uri)) {
      diagnostics.add(Diagnostic.warning(references.of(uri),
              "the handout may not read " + uri + "; it is left out")
          .withHint("a handout reads files only from the notes folder and the template folder"));
    }
    return false;
  }

  @Override
  public ImageResource getImageResource(String uri) {
    if (given.at(uri) != null) {
      return givenPicture(uri);
    }
    if (!mayRead(uri)) {
      return new ImageResource(uri, null);
    }
    ITextFSImage copy = smallerCopy(uri);
    if (copy == null) {
      copy = storedPng(uri);
    }
    if (copy != null) {
      // A copy each time, as Flying Saucer's own cache hands out: layout scales what it gets.
      return new ImageResource(uri, (ITextFSImage) copy.clone());
    }
    ImageResource resource;
    try {
      resource = super.getImageResource(uri);
    } catch (RuntimeException e) {
      // OpenPDF throws for a PNG whose data is damaged (ExceptionConverter), which would end
      // the whole handout; one picture left out, with a warning, is what a reader can use.
      resource = new ImageResource(uri, null);
    }
    if (resource.getImage() == null) {
      couldNotLoad(uri);
    }
    return resource;
  }

  /** A picture the build handed over ({@link GivenPictures}): its rows, kept as they are. */
  private ImageResource givenPicture(String uri) {
    ITextFSImage image = stored.computeIfAbsent(uri, address -> asPdfImage(given.at(address)));
    return new ImageResource(uri, (ITextFSImage) image.clone());
  }

  private void couldNotLoad(String uri) {
    if (reported.add(uri)) {
      // A data: address is the picture itself, tens of thousands of characters: not a name.
      String named = isData(uri) ? "given as a data: address" : uri;
      diagnostics.add(Diagnostic.warning(references.of(uri),
              "the handout's image " + named + " could not be loaded; it is left out")
          .withHint("check that the file exists and is a PNG, JPEG, GIF, SVG or PDF"));
    }
  }

  /**
   * The picture at {@code uri} as the copy a page can show ({@link HandoutPictures}), laid out at
   * the picture's own size so the page looks as it would with the file; {@code null} when the
   * picture is used as it is (or is no local PNG or JPEG: Flying Saucer loads it, or says why not).
   */
  private ITextFSImage smallerCopy(String uri) {
    if (copies.containsKey(uri)) {
      return copies.get(uri);
    }
    ITextFSImage made = null;
    try {
      Optional<HandoutPictures> copy = pictureCopy(uri);
      if (copy.isPresent()) {
        float dots = ITextRenderer.DEFAULT_DOTS_PER_PIXEL;
        Image image = Image.getInstance(copy.get().copy().bytes());
        image.scaleAbsolute(copy.get().original().width() * dots,
            copy.get().original().height() * dots);
        made = new ITextFSImage(image);
        boolean data = isData(uri);
        diagnostics.add(Diagnostic.warning(references.of(uri),
            copy.get().notice(data ? "of a data: address" : uri)));
      }
    } catch (IOException | RuntimeException e) {
      // Left to Flying Saucer, which loads it or says it could not.
    }
    copies.put(uri, made);
    return made;
  }

  /**
   * A PNG handed in as a {@code data:} address, as the PDF will hold it: its rows as the file
   * stores them ({@link Png#storedRows}), not decoded. Flying Saucer's own loading decodes each
   * into a raster, which costs time and holds every picture decoded until the PDF is written.
   * {@code null} for any other picture, which Flying Saucer loads as usual.
   */
  private ITextFSImage storedPng(String uri) {
    if (stored.containsKey(uri)) {
      return stored.get(uri);
    }
    ITextFSImage made = null;
    try {
      byte[] png = DataAddress.of(uri)
          .filter(data -> data.head().equals("data:image/png;base64"))
          .map(data -> Base64.getMimeDecoder().decode(data.base64())).orElse(null);
      if (png != null) {
        made = Png.storedRows(png).map(ReportingUserAgent::asPdfImage).orElse(null);
      }
    } catch (IllegalArgumentException e) {
      // Not base64, or not an image OpenPDF takes: left to Flying Saucer, which says so.
    }
    stored.put(uri, made);
    return made;
  }

  private static ITextFSImage asPdfImage(Png.StoredRows rows) {
    try {
      Image image = new ImgRaw(rows.width(), rows.height(), rows.components(), 8,
          rows.deflated());
      image.setDeflated(true);
      PdfDictionary predictors = new PdfDictionary();
      predictors.put(PdfName.PREDICTOR, new PdfNumber(PNG_PREDICTORS));
      predictors.put(PdfName.COLORS, new PdfNumber(rows.components()));
      predictors.put(PdfName.BITSPERCOMPONENT, new PdfNumber(8));
      predictors.put(PdfName.COLUMNS, new PdfNumber(rows.width()));
      PdfDictionary decoding = new PdfDictionary();
      decoding.put(PdfName.DECODEPARMS, predictors);
      image.setAdditional(decoding);
      float dots = ITextRenderer.DEFAULT_DOTS_PER_PIXEL;
      image.scaleAbsolute(rows.width() * dots, rows.height() * dots);
      return new ITextFSImage(image);
    } catch (BadElementException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * A {@code data:} address holding base64: what comes before its comma (lower-cased, such as
   * {@code data:image/png;base64}) and the base64 text after it.
   */
  private record DataAddress(String head, String base64) {
    /** {@code uri} as a base64 {@code data:} address; empty for any other address. */
    static Optional<DataAddress> of(String uri) {
      int comma = uri.indexOf(',');
      if (!isData(uri) || comma < 0) {
        return Optional.empty();
      }
      String head = uri.substring(0, comma).toLowerCase(Locale.ROOT);
      return head.endsWith(";base64")
          ? Optional.of(new DataAddress(head, uri.substring(comma + 1))) : Optional.empty();
    }
  }

  private static boolean isData(String uri) {
    return uri.regionMatches(true, 0, "data:", 0, 5);
  }

  private Optional<HandoutPictures> pictureCopy(String uri) throws IOException {
    if (isData(uri)) {
      Optional<DataAddress> data = DataAddress.of(uri);
      if (data.isEmpty()) {
        return Optional.empty();
      }
      // The header is at the front: most pictures of a page are decoded only that far here.
      String base64 = data.get().base64();
      byte[] head = Base64.getMimeDecoder().decode(base64.substring(0,
          Math.min(base64.length(), HEADER_CHARS) & ~3));
      if (ImageHeader.read(head).filter(h -> !SmallerCopy.keeps(h)).isEmpty()) {
        return Optional.empty();
      }
      return HandoutPictures.of(Base64.getMimeDecoder().decode(base64));
    }
    URI resolved = URI.create(resolveURI(uri));
    return "file".equalsIgnoreCase(resolved.getScheme())
        ? HandoutPictures.of(Path.of(resolved)) : Optional.empty();
  }
}
