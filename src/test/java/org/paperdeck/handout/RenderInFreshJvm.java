package org.paperdeck.handout;

import java.net.URI;

/**
 * Renders one small document in a JVM of its own, so a test can see what a first render prints:
 * logging libraries complain once per JVM (SLF4J's "no providers" line), which an in-process test
 * would miss whenever another test rendered first.
 */
final class RenderInFreshJvm {
  private RenderInFreshJvm() {}

  public static void main(String[] args) {
    PdfRenderer.Result result = new PdfRenderer().render(PdfRendererTest.SAMPLE,
        URI.create("file:///nonexistent/"));
    if (result.hasErrors() || result.pdf().length == 0) {
      System.exit(1);
    }
  }
}
