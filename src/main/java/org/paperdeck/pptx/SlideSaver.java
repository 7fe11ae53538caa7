package org.paperdeck.pptx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.xmlbeans.XmlOptions;

/**
 * Saves each finished slide's XML into its part on a thread of its own, while the deck's thread
 * makes the next slides, as POI would save it at the end ({@code XSLFSheet.commit}: the same
 * options, the same bytes), and marks the slide saved so that POI does not save it again. For a
 * thousand papers XMLBeans' saving of the slides is about a second, which then runs on the core
 * the handout has left by then (docs/performance.md, "Fifth round").
 *
 * <p>A slide handed over is finished: nothing changes it afterwards, and each slide's XML is a
 * document of its own, so the two threads never work on the same one. {@link #finish} waits
 * for every slide and reports the first failure as if it had happened on the caller's thread.
 */
final class SlideSaver implements AutoCloseable {
  private static final QName SLIDE = new QName(
      "http://schemas.openxmlformats.org/presentationml/2006/main", "sld");

  private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
    Thread saver = new Thread(task, "paperdeck-slide-saver");
    saver.setDaemon(true); // never keeps the JVM alive after the command is done
    return saver;
  });
  private final List<CompletableFuture<Void>> saved = new ArrayList<>();

  /** Saves {@code slide}, which nothing changes from now on. */
  void save(XSLFSlide slide) {
    saved.add(CompletableFuture.runAsync(() -> write(slide), thread));
  }

  private static void write(XSLFSlide slide) {
    XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
    options.setSaveSyntheticDocumentElement(SLIDE);
    PackagePart part = slide.getPackagePart();
    part.clear();
    try (OutputStream out = part.getOutputStream()) {
      slide.getXmlObject().save(out, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    slide.setCommitted(true);
  }

  /** Waits until every slide handed over is saved. */
  void finish() throws IOException {
    try {
      saved.forEach(CompletableFuture::join);
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /** Stops the thread; a slide not yet saved is left for POI. */
  @Override
  public void close() {
    thread.shutdownNow();
  }
}
