package org.paperdeck.handout;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.diagnostics.SourcePos;
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

  ReportingUserAgent(ITextOutputDevice device, List<Diagnostic> diagnostics, LocalResources allowed) {
    super(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL);
    this.diagnostics = diagnostics;
    this.allowed = allowed;
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
      diagnostics.add(Diagnostic.warning(SourcePos.startOf(XhtmlParser.SOURCE),
              "the handout may not read " + uri + "; it is left out")
          .withHint("a handout reads files only from the notes folder and the template folder"));
    }
    return false;
  }

  @Override
  public ImageResource getImageResource(String uri) {
    if (!mayRead(uri)) {
      return new ImageResource(uri, null);
    }
    ImageResource resource = super.getImageResource(uri);
    if (resource.getImage() == null && reported.add(uri)) {
      diagnostics.add(Diagnostic.warning(SourcePos.startOf(XhtmlParser.SOURCE),
              "the handout's image " + uri + " could not be loaded; it is left out")
          .withHint("check that the file exists and is a PNG, JPEG, GIF, SVG or PDF"));
    }
    return resource;
  }
}
