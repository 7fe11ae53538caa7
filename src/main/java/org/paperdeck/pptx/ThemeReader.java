package org.paperdeck.pptx;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import javax.xml.namespace.QName;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.PaintStyle;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.util.Units;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.paperdeck.layout.Box;
import org.paperdeck.layout.DeckLayouter;
import org.paperdeck.layout.LayoutRules;
import org.paperdeck.layout.ThemeGeometry;

/**
 * Reads what the layout stage needs to know about a theme ({@link ThemeGeometry}) from the theme
 * file. A placeholder's box, insets and default type come from a chain of layout, master and
 * theme that only POI resolves, and a slide's copy of a placeholder differs from the layout's
 * (see {@link SlideDecor}), so each layout is read from a slide made on it, as every slide of a
 * deck is made; those slides are removed again. The last themes read are kept: a watch session
 * or the warm-up meets the same theme again. The theme opened for a reading is kept too, for the
 * next deck on that theme to be made in ({@link #openForDeck}): opening and repairing a theme
 * is the longest step of a cold deck, and the warm-up thread does it while the notes are read.
 */
final class ThemeReader {
  private record Known(ThemeGeometry geometry, List<BackgroundSampler> backdrops) {}

  /**
   * The least share of its box a piece of artwork fills to be a panel something may be set on
   * (a rectangle or a rounded one; a figure cut out of its picture, a circle, a tree is not),
   * or of the QR code's corner (a large triangle whose colour fills that corner whole, where
   * the code sits as on a panel).
   */
  private static final double PANEL = 0.9;
  /**
   * A theme's reading, begun or done, and the theme it was read in until a deck takes it: a
   * theme just opened and repaired, with no slides, as {@link Theme#open} returns one. The
   * geometry is known before the reading is done: the backdrops are drawn and the theme's
   * opening finished after it, while a deck's layout is decided on it.
   */
  private record Reading(byte[] bytes, FutureTask<Known> known,
      CompletableFuture<ThemeGeometry> geometry, AtomicReference<Theme> opened) {}

  private static final int KEPT = 4;
  /**
   * The last themes read or being read, newest first. A theme being read is waited for, not
   * read again: the deck's thread meets the theme the warm-up thread has begun to read.
   */
  private static final List<Reading> KNOWN = new ArrayList<>();

  private ThemeReader() {}

  /**
   * The geometry of the theme in {@code bytes}, as soon as it is known; throws when they are
   * not a PowerPoint file.
   */
  static ThemeGeometry read(byte[] bytes) throws IOException {
    return read(reading(bytes));
  }

  /**
   * The geometry of the theme in {@code bytes}, for a layout to wait for: read now on this
   * thread when nobody has begun to read it, else as {@link #read} waits for it.
   */
  static DeckLayouter.Pending pending(byte[] bytes) {
    Reading reading = reading(bytes);
    return new DeckLayouter.Pending() {
      @Override
      public boolean isReady() {
        return reading.geometry().isDone();
      }

      @Override
      public ThemeGeometry geometry() throws IOException {
        return read(reading);
      }
    };
  }

  private static ThemeGeometry read(Reading reading) throws IOException {
    try {
      return reading.geometry().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return known(reading).geometry();
    } catch (ExecutionException e) {
      // The reading failed before its geometry was known: the whole reading says why.
      return known(reading).geometry();
    }
  }

  /**
   * The theme in {@code bytes}, opened for a deck to be made in: the one its reading was done
   * in when no deck has taken it yet, else opened now. Reads the theme first when nobody has.
   */
  static Theme openForDeck(byte[] bytes) throws IOException {
    Reading reading = reading(bytes);
    known(reading);
    Theme opened = reading.opened().getAndSet(null);
    return opened != null ? opened : Theme.open(bytes);
  }

  /**
   * What lies behind the text of a slide on each layout, by the layout's place in
   * {@link ThemeGeometry#layouts}.
   */
  static List<BackgroundSampler> backdrops(byte[] bytes) throws IOException {
    return known(reading(bytes)).backdrops();
  }

  /** The reading of the theme in {@code bytes}, begun now on this thread when there is none. */
  private static Reading reading(byte[] bytes) {
    Reading reading = null;
    boolean mine = false;
    synchronized (KNOWN) {
      for (Reading known : KNOWN) {
        if (Arrays.equals(known.bytes(), bytes)) {
          reading = known;
        }
      }
      if (reading == null) {
        byte[] own = bytes.clone();
        AtomicReference<Theme> opened = new AtomicReference<>();
        CompletableFuture<ThemeGeometry> geometry = new CompletableFuture<>();
        reading = new Reading(own, new FutureTask<>(() -> readNow(own, geometry, opened)),
            geometry, opened);
        mine = true;
        KNOWN.add(0, reading);
        while (KNOWN.size() > KEPT) {
          KNOWN.remove(KNOWN.size() - 1);
        }
      }
    }
    if (mine) {
      reading.known().run();
    }
    return reading;
  }

  /** What the reading found, once it is done; its failure thrown again on this thread. */
  private static Known known(Reading reading) throws IOException {
    try {
      return reading.known().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return readNow(reading.bytes(), new CompletableFuture<>(), new AtomicReference<>());
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof IOException)) {
        // An error of the JVM (a stack or the heap run out) says nothing about the theme: the
        // next reader tries again.
        synchronized (KNOWN) {
          KNOWN.remove(reading);
        }
      }
      throw rethrown(e.getCause());
    }
  }

  /**
   * Reads the theme in {@code bytes}: completes {@code geometry} as soon as it is known, then
   * draws the backdrops and finishes opening the theme, and leaves the theme in
   * {@code opened}. A failure completes {@code geometry} too, so that nobody waits for it.
   */
  private static Known readNow(byte[] bytes, CompletableFuture<ThemeGeometry> geometry,
      AtomicReference<Theme> opened) throws IOException {
    try {
      Theme theme = Theme.openForReading(bytes);
      try {
        List<XSLFSlide> probes = new ArrayList<>();
        ThemeGeometry read = read(theme, probes);
        geometry.complete(read);
        List<BackgroundSampler> backdrops = backdrops(theme, probes);
        theme.finishOpening(false);
        opened.set(theme);
        return new Known(read, backdrops);
      } catch (IOException | RuntimeException | Error e) {
        theme.close();
        throw e;
      }
    } catch (IOException | RuntimeException | Error e) {
      geometry.completeExceptionally(e);
      throw e;
    }
  }

  /** The reading's own failure, thrown again on this thread. */
  private static IOException rethrown(Throwable failure) {
    if (failure instanceof IOException io) {
      return io;
    }
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    throw new IllegalStateException(failure);
  }

  /**
   * Reads {@code theme}, making a slide on each of its layouts, which it adds to
   * {@code probes}, each emptied of text. A damaged layout shows only now, when POI makes a
   * slide on it, and is named in the message.
   */
  private static ThemeGeometry read(Theme theme, List<XSLFSlide> probes) throws IOException {
    List<ThemeGeometry.Layout> layouts = new ArrayList<>();
    List<XSLFSlideLayout> ranked = theme.layouts();
    SlideParts parts = new SlideParts(theme.show());
    for (int i = 0; i < ranked.size(); i++) {
      XSLFSlideLayout layout = ranked.get(i);
      try {
        Set<ThemeGeometry.Kind> kinds = EnumSet.noneOf(ThemeGeometry.Kind.class);
        Placeholders.kinds(layout).forEach(kind -> kinds.add(kind(kind)));
        List<Box> artwork = new ArrayList<>();
        List<Box> panels = new ArrayList<>();
        var size = theme.show().getPageSize();
        Box corner = LayoutRules.qrCorner(size.getWidth(), size.getHeight());
        Rectangle2D code = new Rectangle2D.Double(corner.x(), corner.y(), corner.width(),
            corner.height());
        for (Artwork.Piece piece : theme.artwork().on(layout)) {
          Rectangle2D a = piece.bounds();
          Box box = new Box(a.getX(), a.getY(), a.getWidth(), a.getHeight());
          artwork.add(box);
          if (piece.share(a) >= PANEL || piece.share(code) >= PANEL) {
            panels.add(box);
          }
        }
        XSLFSlide probe = parts.probe(layout);
        probes.add(probe);
        layouts.add(new ThemeGeometry.Layout(i, layout.getName(), Theme.type(layout), kinds,
            placeholders(probe), artwork, panels));
      } catch (RuntimeException e) {
        throw ThemeFile.damaged("no slide can be made on its layout "
            + layout.getPackagePart().getPartName().getName());
      }
    }
    var size = theme.slideSize();
    return new ThemeGeometry(size.getWidth(), size.getHeight(), Units.EMU_PER_POINT, layouts,
        theme.layoutNames());
  }

  /**
   * What lies behind a slide's text on each layout, drawn from {@code probes}, the slides
   * {@link #read(Theme, List)} made, one a layout in {@link Theme#layouts} order, which are
   * removed from the theme here.
   */
  private static List<BackgroundSampler> backdrops(Theme theme, List<XSLFSlide> probes)
      throws IOException {
    var size = theme.slideSize();
    List<BackgroundSampler> backdrops = new ArrayList<>();
    for (int i = 0; i < probes.size(); i++) {
      try {
        backdrops.add(BackgroundSampler.draw(probes.get(i), size.getWidth(), size.getHeight()));
      } catch (RuntimeException e) {
        throw ThemeFile.damaged("no slide can be made on its layout "
            + theme.layouts().get(i).getPackagePart().getPartName().getName());
      }
    }
    var slides = theme.show().getSlides();
    for (int i = slides.size() - 1; i >= 0; i--) {
      if (probes.contains(slides.get(i))) {
        theme.show().removeSlide(i);
      }
    }
    return List.copyOf(backdrops);
  }

  /**
   * The placeholders of a numbered slide with a footer, made on {@code slide}, a new slide, in
   * slide order. Every placeholder is left empty: what is drawn of the slide then is what lies
   * behind a slide's text.
   */
  private static List<ThemeGeometry.Placeholder> placeholders(XSLFSlide slide) {
    SlideDecor.apply(slide, slide.getSlideLayout(), 0, "footer", true, 1, 0);
    List<XSLFTextShape> shapes = Placeholders.all(slide);
    // Logos and QR codes move only the placeholders POI lists for the slide.
    Set<Integer> listed = new HashSet<>();
    for (XSLFShape shape : slide.getPlaceholders()) {
      listed.add(shape.getShapeId());
    }
    List<ThemeGeometry.Placeholder> out = new ArrayList<>();
    for (XSLFTextShape shape : shapes) {
      var box = shape.getAnchor();
      Insets2D insets = shape.getInsets();
      String family = Placeholders.family(shape);
      XSLFTextRun probe = probe(shape);
      Double size = probe.getFontSize();
      boolean bold = probe.isBold();
      shape.clearText();
      out.add(new ThemeGeometry.Placeholder(kind(shape),
          listed.contains(shape.getShapeId()), ownBox(shape),
          new Box(box.getX(), box.getY(), box.getWidth(), box.getHeight()),
          new ThemeGeometry.Insets(insets.top, insets.left, insets.bottom, insets.right),
          size, bold, family, ink(shape)));
    }
    return out;
  }

  /** A run of one letter in a placeholder emptied for it, to ask POI what text there looks like. */
  private static XSLFTextRun probe(XSLFTextShape shape) {
    shape.clearText();
    XSLFTextRun probe = shape.addNewTextParagraph().addNewTextRun();
    probe.setText("x");
    return probe;
  }

  /** The colour of the placeholder's text; black when it is not one plain colour. */
  private static Color ink(XSLFTextShape shape) {
    Color ink = SchemeColours.shown(probe(shape).getFontColor());
    shape.clearText();
    return ink == null ? Color.BLACK : ink;
  }

  private static boolean ownBox(XSLFTextShape shape) {
    return shape.getXmlObject() instanceof CTShape sp && sp.getSpPr().isSetXfrm()
        && sp.getSpPr().getXfrm().isSetExt();
  }

  /** The placeholder's kind; a box whose text runs vertically holds no title or body. */
  private static ThemeGeometry.Kind kind(XSLFTextShape shape) {
    boolean vertical = false;
    if (shape.getXmlObject() instanceof CTShape sp && sp.getNvSpPr().getNvPr().isSetPh()) {
      // Read as an attribute: POI's slim schema jar lacks the type of "orient".
      try (XmlCursor cursor = sp.getNvSpPr().getNvPr().getPh().newCursor()) {
        vertical = "vert".equals(cursor.getAttributeText(new QName("orient")));
      }
    }
    return vertical ? ThemeGeometry.Kind.OTHER : kind(Placeholders.kind(shape));
  }

  private static ThemeGeometry.Kind kind(Placeholder kind) {
    if (kind == null) {
      return ThemeGeometry.Kind.OTHER;
    }
    return switch (kind) {
      case TITLE -> ThemeGeometry.Kind.TITLE;
      case CENTERED_TITLE -> ThemeGeometry.Kind.CENTERED_TITLE;
      case SUBTITLE -> ThemeGeometry.Kind.SUBTITLE;
      case BODY -> ThemeGeometry.Kind.BODY;
      case CONTENT -> ThemeGeometry.Kind.CONTENT;
      case SLIDE_NUMBER -> ThemeGeometry.Kind.SLIDE_NUMBER;
      case FOOTER -> ThemeGeometry.Kind.FOOTER;
      default -> ThemeGeometry.Kind.OTHER;
    };
  }
}
