package org.paperdeck;

import java.awt.Color;
import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.sl.draw.DrawPaint;
import org.apache.poi.sl.usermodel.PaintStyle;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFGraphicFrame;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPlaceholder;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.paperdeck.layout.Contrast;
import org.paperdeck.pptx.ThemeArtwork;

/**
 * Where a written deck puts things on each slide, read back with POI in points: the boxes that
 * hold text, the pictures, and the theme's artwork behind them (the shapes its layout and master
 * draw that are not placeholders and not the page's whole backdrop, as the pixels they cover).
 */
final class SlideShapes {
  /**
   * A box that holds text.
   *
   * @param title whether it is the slide's title (WCAG's 3:1 for large text applies)
   * @param designed whether the theme itself puts this box here: a title, subtitle, footer,
   *     number or date placeholder, which a theme may lay over its own artwork on purpose
   * @param themeBox where the layout puts this placeholder, or {@code null} for a box the
   *     deck added
   * @param inks the WCAG luminance of each colour its words, numbers and links are set in, as
   *     POI resolves them from the slide, layout, master and theme (empty for a table)
   */
  record TextBox(String name, Rectangle2D box, boolean title, boolean designed,
      Rectangle2D themeBox, List<Double> inks) {}

  /** A picture on the slide (a QR code, a logo, a figure). */
  record Picture(String name, Rectangle2D box) {}

  /**
   * A shape of the theme's design under the slide's content.
   *
   * @param box the bounding box of what it covers
   * @param pixels what it covers, pixel by pixel
   */
  record Artwork(Rectangle2D box, ThemeArtwork.Shape pixels) {
    /** The share of {@code region} the shape covers, 0 to 1. */
    double share(Rectangle2D region) {
      return pixels.share(region);
    }
  }

  record Slide(List<TextBox> texts, List<Picture> pictures, List<Artwork> artwork) {}

  private SlideShapes() {}

  static List<Slide> read(Path pptx) throws IOException {
    List<Slide> slides = new ArrayList<>();
    try (InputStream in = Files.newInputStream(pptx); XMLSlideShow show = new XMLSlideShow(in)) {
      for (XSLFSlide slide : show.getSlides()) {
        slides.add(new Slide(texts(slide), pictures(slide), artwork(slide, show.getPageSize())));
      }
    }
    return slides;
  }

  private static List<TextBox> texts(XSLFSlide slide) {
    List<TextBox> texts = new ArrayList<>();
    for (XSLFShape shape : slide.getShapes()) {
      if (shape instanceof XSLFTextShape text && text.getText() != null
          && !text.getText().isBlank()) {
        CTPlaceholder ph = placeholder(text);
        Placeholder kind = ph == null ? null : ph.isSetType()
            ? Placeholder.lookupOoxml(ph.getType().intValue()) : Placeholder.CONTENT;
        boolean title = kind == Placeholder.TITLE || kind == Placeholder.CENTERED_TITLE;
        boolean designed = title || kind == Placeholder.SUBTITLE || kind == Placeholder.FOOTER
            || kind == Placeholder.SLIDE_NUMBER || kind == Placeholder.DATETIME;
        texts.add(new TextBox(text.getShapeName(), text.getAnchor(), title, designed,
            ph == null ? null : themeBox(slide.getSlideLayout(), ph), inks(text)));
      } else if (shape instanceof XSLFGraphicFrame table) {
        texts.add(new TextBox(table.getShapeName(), table.getAnchor(), false, false, null,
            List.of()));
      }
    }
    return texts;
  }

  /**
   * The luminance of each colour the box's text shows in: its runs' colours, its bullets' and
   * numbers', and, for a run that is a link, the theme's hyperlink colour as well (which one a
   * renderer shows depends on an extension not every version reads).
   */
  private static List<Double> inks(XSLFTextShape text) {
    Set<Double> inks = new TreeSet<>();
    Color link = hyperlinkColour(text);
    for (XSLFTextParagraph paragraph : text.getTextParagraphs()) {
      shown(paragraph.getBulletFontColor()).ifPresent(c -> inks.add(Contrast.luminance(c)));
      for (XSLFTextRun run : paragraph.getTextRuns()) {
        if (run.getRawText() == null || run.getRawText().isBlank()) {
          continue;
        }
        inks.add(Contrast.luminance(shown(run.getFontColor()).orElse(Color.BLACK)));
        if (run.getHyperlink() != null && link != null) {
          inks.add(Contrast.luminance(link));
        }
      }
    }
    return List.copyOf(inks);
  }

  private static Optional<Color> shown(PaintStyle paint) {
    return paint instanceof PaintStyle.SolidPaint solid && solid.getSolidColor() != null
        && solid.getSolidColor().getColor() != null
        ? Optional.of(DrawPaint.applyColorTransform(solid.getSolidColor())) : Optional.empty();
  }

  private static Color hyperlinkColour(XSLFTextShape text) {
    var theme = text.getSheet().getTheme();
    if (theme == null || theme.getXmlObject().getThemeElements() == null) {
      return null;
    }
    var hlink = theme.getXmlObject().getThemeElements().getClrScheme().getHlink();
    byte[] rgb = hlink == null ? null : hlink.isSetSrgbClr() ? hlink.getSrgbClr().getVal()
        : hlink.isSetSysClr() && hlink.getSysClr().isSetLastClr()
            ? hlink.getSysClr().getLastClr() : null;
    return rgb == null || rgb.length < 3 ? null
        : new Color(rgb[0] & 0xff, rgb[1] & 0xff, rgb[2] & 0xff);
  }

  private static List<Picture> pictures(XSLFSlide slide) {
    List<Picture> pictures = new ArrayList<>();
    for (XSLFShape shape : slide.getShapes()) {
      if (shape instanceof XSLFPictureShape picture) {
        pictures.add(new Picture(picture.getShapeName(), picture.getAnchor()));
      }
    }
    return pictures;
  }

  /** The theme's artwork on the slide's layout, as the pixels each shape covers. */
  private static List<Artwork> artwork(XSLFSlide slide, Dimension2D size) {
    return ThemeArtwork.on(slide.getSlideLayout(), size).stream()
        .map(shape -> new Artwork(shape.bounds(), shape)).toList();
  }

  private static CTPlaceholder placeholder(XSLFTextShape text) {
    return text.getXmlObject() instanceof CTShape sp && sp.getNvSpPr().getNvPr().isSetPh()
        ? sp.getNvSpPr().getNvPr().getPh() : null;
  }

  /** The box of the layout's placeholder a slide's placeholder inherits from. */
  private static Rectangle2D themeBox(XSLFSlideLayout layout, CTPlaceholder ph) {
    for (XSLFShape shape : layout.getShapes()) {
      if (shape instanceof XSLFTextShape text) {
        CTPlaceholder own = placeholder(text);
        if (own != null && sameKind(own, ph)) {
          return text.getAnchor();
        }
      }
    }
    return null;
  }

  private static boolean sameKind(CTPlaceholder a, CTPlaceholder b) {
    boolean typed = a.isSetType() || b.isSetType();
    if (typed && (!a.isSetType() || !b.isSetType() || a.getType() != b.getType())) {
      return false;
    }
    // A body or content box is told apart from its siblings by its index.
    return typed && a.getType().intValue() != org.openxmlformats.schemas.presentationml.x2006
        .main.STPlaceholderType.INT_BODY || a.getIdx() == b.getIdx();
  }
}
