package org.paperdeck.pptx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.xmlbeans.XmlOptions;

/**
 * Finishes each slide the deck's thread has made, on a thread of its own, while the deck's
 * thread makes the next ones: makes its text readable on what lies behind it
 * ({@link ReadableInk}), tags its runs with their languages ({@link RunLanguages}), and saves its
 * XML into its part as POI would at the end ({@code XSLFSheet.commit}: the same options),
 * marking it saved so that POI does not save it again; the text of its placeholders goes in as
 * XML text where their markers are ({@link SlideText}). For a thousand papers that is
 * about a third of the deck's work, which then runs on the core the handout has left by then
 * (docs/performance.md, "Fifth round"); the deck comes out byte for byte as it did when one
 * thread did it all.
 *
 * <p>What makes the two threads safe together: a slide handed over is finished, and the deck's
 * thread does not touch it again; each slide's XML is a document of its own, and XMLBeans
 * serialises every access to one document; what both threads read — the layouts, masters and
 * theme — POI builds its lookups of lazily, so they are all built here, on the deck's thread,
 * before the first slide is handed over, and are only read after that. The backdrops and the
 * findings are this thread's alone until {@link #findings} waits for it.
 */
final class SlideFinisher implements AutoCloseable {
  private static final QName SLIDE = new QName(
      "http://schemas.openxmlformats.org/presentationml/2006/main", "sld");
  /** What XMLBeans begins a document saved to a stream in UTF-8 with. */
  private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  private final List<BackgroundSampler> backdrops;
  private final String talkLang;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
    Thread finisher = new Thread(task, "paperdeck-slide-finisher");
    finisher.setDaemon(true); // never keeps the JVM alive after the command is done
    return finisher;
  });
  private final List<CompletableFuture<Void>> finished = new ArrayList<>();
  /** What the layouts' placeholders pass on, as this thread has asked POI. */
  private final PlaceholderLooks looks = new PlaceholderLooks();
  /** Each text that did not read as it was, with the slides it is on, in slide order. */
  private final Map<String, List<Integer>> slidesByFinding = new LinkedHashMap<>();

  /**
   * @param backdrops what lies behind the text of each of the theme's layouts, by layout index
   * @param talkLang the talk's {@code lang}, or {@code null}
   */
  SlideFinisher(Theme theme, List<BackgroundSampler> backdrops, String talkLang) {
    this.backdrops = backdrops;
    this.talkLang = talkLang;
    for (XSLFSlideLayout layout : theme.layouts()) {
      built(layout.getSlideMaster());
      built(layout);
    }
    theme.show().getTableStyles();
  }

  /** Has POI build the lookups it makes of a sheet when they are first asked for. */
  private static void built(XSLFSheet sheet) {
    sheet.getShapes();
    sheet.getPlaceholders();
    sheet.getTheme();
    if (sheet instanceof XSLFSlideLayout layout) {
      layout.getSlideMaster();
    } else if (sheet instanceof XSLFSlideMaster master) {
      master.getSlideLayouts();
    }
  }

  /**
   * Finishes {@code slide}, the deck's {@code number}th, made on the theme's layout
   * {@code layout}, with the placeholders' text {@code texts} still to be written.
   */
  void finish(XSLFSlide slide, int number, int layout, List<SlideText> texts) {
    finished.add(CompletableFuture.runAsync(() -> {
      Map<XSLFTextShape, SlideText> byShape = new IdentityHashMap<>();
      texts.forEach(text -> byShape.put(text.shape(), text));
      Map<SlideText, List<ParagraphXml.Dress>> dresses = new IdentityHashMap<>();
      ReadableInk.mend(slide, layout, looks, backdrops.get(layout), finding ->
          slidesByFinding.computeIfAbsent(finding, f -> new ArrayList<>()).add(number),
          byShape, dresses);
      RunLanguages.tag(slide, talkLang);
      if (texts.isEmpty()) {
        save(slide);
      } else {
        save(slide, texts, dresses, talkLang);
      }
    }, thread));
  }

  /**
   * Saves the slide's XML with the paragraphs of {@code texts} written where their markers are,
   * dressed as {@code dresses} says; a text without dresses was written into its shape, and its
   * marker is dropped.
   */
  static void save(XSLFSlide slide, List<SlideText> texts,
      Map<SlideText, List<ParagraphXml.Dress>> dresses, String talkLang) {
    StringWriter saved = new StringWriter();
    try {
      slide.getXmlObject().save(saved, options());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String xml = saved.toString();
    // The root declares the prefixes its descendants use, and the prefixes the text uses
    // where it declares none of them; where it gives one to another namespace, the text
    // declares its own on each element that uses it.
    int rootEnd = xml.indexOf('>');
    String root = xml.substring(0, rootEnd);
    boolean linked = texts.stream().anyMatch(text -> !text.linkIds().isEmpty());
    StringBuilder declarations = new StringBuilder();
    ParagraphXml paragraphs = new ParagraphXml(talkLang,
        ownDeclaration(root, "a", ParagraphXml.DRAWINGML, true, declarations),
        ownDeclaration(root, "r", ParagraphXml.RELATIONSHIPS, linked, declarations),
        ownDeclaration(root, "ahyp", LinkColour.NAMESPACE, linked, declarations));
    List<SlideText> inOrder = new ArrayList<>();
    Map<SlideText, Integer> at = new IdentityHashMap<>();
    for (SlideText text : texts) {
      int found = xml.indexOf(text.marker());
      if (found >= 0) {
        at.put(text, found);
        inOrder.add(text);
      } else if (dresses.containsKey(text)) {
        throw new IllegalStateException("slide text " + text.number() + " lost its marker");
      }
    }
    inOrder.sort(Comparator.comparing(at::get));
    StringBuilder out = new StringBuilder(xml.length() + 2048 * texts.size())
        .append(XML_DECLARATION).append(root).append(declarations);
    int from = rootEnd;
    for (SlideText text : inOrder) {
      int marker = at.get(text);
      out.append(xml, from, marker);
      List<ParagraphXml.Dress> dressed = dresses.get(text);
      if (dressed != null) {
        paragraphs.append(out, text.paras(), dressed);
      }
      from = marker + text.marker().length();
    }
    out.append(xml, from, xml.length());
    PackagePart part = slide.getPackagePart();
    part.clear();
    try (OutputStream stream = part.getOutputStream()) {
      stream.write(out.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    slide.setCommitted(true);
  }

  /**
   * Whether text written into a part whose root element starts {@code root} must declare
   * {@code prefix} for {@code namespace} on its own elements: when the root gives the prefix to
   * another namespace. When the root has no such prefix and the text {@code uses} it, its
   * declaration is added to {@code declarations}, for the root.
   */
  private static boolean ownDeclaration(String root, String prefix, String namespace,
      boolean uses, StringBuilder declarations) {
    String declared = " xmlns:" + prefix + "=\"";
    if (root.contains(declared + namespace + "\"")) {
      return false;
    }
    if (root.contains(declared)) {
      return true;
    }
    if (uses) {
      declarations.append(declared).append(namespace).append('"');
    }
    return false;
  }

  private static XmlOptions options() {
    XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
    options.setSaveSyntheticDocumentElement(SLIDE);
    return options;
  }

  /**
   * Saves the slide's XML into its part. To a writer, with the declaration XMLBeans writes to a
   * stream written first: the same bytes, a sixth faster, since XMLBeans saves to a stream
   * through a buffer of its own ({@code SlideFinisherTest} compares the two).
   */
  static void save(XSLFSlide slide) {
    XmlOptions options = options();
    PackagePart part = slide.getPackagePart();
    part.clear();
    try (Writer out = new OutputStreamWriter(part.getOutputStream(), StandardCharsets.UTF_8)) {
      out.write(XML_DECLARATION);
      slide.getXmlObject().save(out, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    slide.setCommitted(true);
  }

  /**
   * Waits until every slide handed over is finished; returns each finding of
   * {@link ReadableInk} with the numbers of the slides it is on. A failure on the finishing
   * thread is thrown here, as it would have been on the caller's.
   */
  Map<String, List<Integer>> findings() throws IOException {
    try {
      finished.forEach(CompletableFuture::join);
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
    return slidesByFinding;
  }

  /** Stops the thread; what it has not finished is left undone. */
  @Override
  public void close() {
    thread.shutdownNow();
  }
}
