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
 * line and a silent hole in the page.
 */
final class ReportingUserAgent extends ITextUserAgent {
  private final List<Diagnostic> diagnostics;
  // Flying Saucer asks for the same image more than once during layout; warn once per image.
  private final Set<String> reported = new HashSet<>();

  ReportingUserAgent(ITextOutputDevice device, List<Diagnostic> diagnostics) {
    super(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL);
    this.diagnostics = diagnostics;
  }

  @Override
  public ImageResource getImageResource(String uri) {
    ImageResource resource = super.getImageResource(uri);
    if (resource.getImage() == null && reported.add(uri)) {
      diagnostics.add(Diagnostic.warning(SourcePos.startOf(XhtmlParser.SOURCE),
              "the handout's image " + uri + " could not be loaded; it is left out")
          .withHint("check that the file exists and is a PNG, JPEG, GIF, SVG or PDF"));
    }
    return resource;
  }
}
