package org.paperdeck.pptx;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFRelation;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTColorMapping;
import org.openxmlformats.schemas.drawingml.x2006.main.CTColorScheme;
import org.openxmlformats.schemas.drawingml.x2006.main.STColorSchemeIndex;
import org.openxmlformats.schemas.presentationml.x2006.main.CTBackgroundProperties;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;

/**
 * Themes made to be hard on a deck, built with POI at test time, each the way a lab's own theme
 * might be: a photograph behind light text, a dark theme, a 4:3 theme whose artwork sits where a
 * QR code would go, a .potx template, layouts named in Portuguese or in German with their types
 * lost, a theme without a section layout, and one whose content layout lost its body box. They
 * start from POI's built-in template (PowerPoint 2007's standard layouts at 4:3).
 */
public final class LabThemes {
  private static final String TEMPLATE_TYPE =
      "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml";
  private static final String PRESENTATION_TYPE =
      "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml";

  private LabThemes() {}

  /** Every hostile theme, by the file name it is saved under. */
  public static Map<String, byte[]> all() {
    Map<String, byte[]> themes = new LinkedHashMap<>();
    themes.put("picture-light-text.pptx", pictureWithLightText());
    themes.put("dark.pptx", dark());
    themes.put("four-three.pptx", fourThree());
    themes.put("lab.potx", template());
    themes.put("portugues.pptx", portuguese());
    themes.put("deutsch-ohne-abschnitt.pptx", germanWithoutSection());
    themes.put("no-body.pptx", noBodyOnContent());
    themes.put("glow.pptx", radialGlow());
    themes.put("yellow.pptx", yellow());
    themes.put("leaves.pptx", leaves());
    themes.put("footer-bar.pptx", footerBar());
    themes.put("night-glow.pptx", nightGlow());
    themes.put("figure.pptx", figure());
    themes.put("corner-triangle.pptx", cornerTriangle());
    return themes;
  }

  /**
   * A pale photograph behind every slide, and the theme's text set light, as for a dark one:
   * white on a bright sky, unless the deck changes it.
   */
  static byte[] pictureWithLightText() {
    return save(wide(), show -> {
      XSLFSlideMaster master = show.getSlideMasters().get(0);
      scheme(master, 0x1A1A1A, 0xFFFFFF, 0x243447, 0xF4F1EA);
      lightText(master);
      background(show, master, photograph());
    });
  }

  /**
   * A dark page with light serif text, its link colour and first accent left dark blue: links
   * and section labels vanish unless the deck changes them.
   */
  static byte[] dark() {
    return save(wide(), show -> {
      fonts(show, "Times New Roman");
      XSLFSlideMaster master = show.getSlideMasters().get(0);
      scheme(master, 0x0B1220, 0xF1F5F9, 0x1E293B, 0xCBD5E1);
      CTColorScheme colours = master.getTheme().getXmlObject().getThemeElements().getClrScheme();
      DefaultThemeBuilder.rgb(colours.getAccent1(), 0x1E3A8A);
      DefaultThemeBuilder.rgb(colours.getHlink(), 0x0563C1);
      lightText(master);
    });
  }

  /**
   * A warm yellow page with a pure blue link colour, as LibreOffice's "Yellow Idea" has: the blue
   * reads at 5.1:1, but LibreOffice shows a byline's links left in it in the byline's muted tint
   * of it, a paler blue at 4.0:1.
   */
  static byte[] yellow() {
    return save(wide(), show -> {
      XSLFSlideMaster master = show.getSlideMasters().get(0);
      var background = master.getXmlObject().getCSld().getBg();
      background.unsetBgRef();
      var properties = background.addNewBgPr();
      properties.addNewSolidFill().addNewSrgbClr().setVal(new byte[] {(byte) 0xF2, (byte) 0xC0,
          0x2C});
      properties.addNewEffectLst();
      CTColorScheme colours = master.getTheme().getXmlObject().getThemeElements().getClrScheme();
      DefaultThemeBuilder.rgb(colours.getHlink(), 0x0000FF);
    });
  }

  /**
   * A sunset: a pane over the whole slide filled with a radial gradient from yellow at its
   * bottom edge to orange at its top, and the theme's blue link colour. Where the links of a
   * byline sit, near the top, LibreOffice draws orange, on which that blue does not read
   * (3.4:1); POI draws the same gradient lighter there.
   */
  static byte[] radialGlow() {
    return save(wide(), show -> {
      XSLFSlideMaster master = show.getSlideMasters().get(0);
      scheme(master, 0x000000, 0xFFFFFF, 0x1F1F1F, 0xEEEEEE);
      CTColorScheme colours = master.getTheme().getXmlObject().getThemeElements().getClrScheme();
      DefaultThemeBuilder.rgb(colours.getHlink(), 0x0000FF);
      var gradient = glowPane(master);
      var stops = gradient.addNewGsLst();
      var yellow = stops.addNewGs();
      yellow.setPos(0);
      yellow.addNewSrgbClr().setVal(new byte[] {(byte) 0xFF, (byte) 0xFF, 0});
      var orange = stops.addNewGs();
      orange.setPos(100_000);
      orange.addNewSrgbClr().setVal(new byte[] {(byte) 0xFF, (byte) 0x80, 0});
      var path = gradient.addNewPath();
      path.setPath(org.openxmlformats.schemas.drawingml.x2006.main.STPathShadeType.CIRCLE);
      var focus = path.addNewFillToRect();
      focus.setL(50_000);
      focus.setT(100_000);
      focus.setR(50_000);
      focus.setB(0);
      // Last: it edits the XML under POI's list of the master's shapes.
      DefaultThemeShapes.toBack(master);
    });
  }

  /**
   * 4:3, with a band along the bottom that the footer and number sit on, and a round seal in
   * the bottom right corner, where a QR code would go, inside the body's box.
   */
  static byte[] fourThree() {
    return save(fonts(new XMLSlideShow(), "Arial"), show -> {
      XSLFSlideMaster master = show.getSlideMasters().get(0);
      whiteFooters(master, 504, 28);
      shape(master, "Band", ShapeType.RECT, new Rectangle2D.Double(0, 496, 720, 44), 0x1F497D);
      shape(master, "Seal", ShapeType.ELLIPSE, new Rectangle2D.Double(632, 404, 64, 64),
          0xC0504D);
      // Last: it edits the XML under POI's list of the master's shapes.
      DefaultThemeShapes.toBack(master);
    });
  }

  /** Where {@link #leaves()} draws its leaves: each far smaller than the body's box, inside it. */
  static final List<Rectangle2D> LEAVES = List.of(new Rectangle2D.Double(820, 400, 22, 16),
      new Rectangle2D.Double(856, 428, 22, 16), new Rectangle2D.Double(786, 446, 22, 16));

  /**
   * Three small green leaves drawn by the master near the bottom right of the body's box, as a
   * nature theme strews them: none covers a hundredth of the box, and each hides a word.
   */
  static byte[] leaves() {
    return save(wide(), show -> {
      XSLFSlideMaster master = show.getSlideMasters().get(0);
      for (Rectangle2D leaf : LEAVES) {
        shape(master, "Leaf", ShapeType.ELLIPSE, leaf, 0x3F7F2F);
      }
      DefaultThemeShapes.toBack(master);
    });
  }

  /**
   * A purple bar along the bottom with the footer and number set white on it, their boxes
   * starting three quarters of a point above the bar, as a university's template has them: the
   * white reads on the bar, where the text is, and would not on the sliver of page above it.
   */
  static byte[] footerBar() {
    return save(wide(), show -> {
      XSLFSlideMaster master = show.getSlideMasters().get(0);
      whiteFooters(master, 511.25, 28.75);
      shape(master, "Bar", ShapeType.RECT, new Rectangle2D.Double(0, 512, 960, 28), 0x57068C);
      DefaultThemeShapes.toBack(master);
    });
  }

  /**
   * A dark page with light text under a faint glow: a pane over the whole slide filled with a
   * radial gradient of white at 7 % opacity fading to clear. White text reads everywhere on it.
   */
  static byte[] nightGlow() {
    return save(wide(), show -> {
      XSLFSlideMaster master = show.getSlideMasters().get(0);
      scheme(master, 0x0B1F3A, 0xFFFFFF, 0x102A4C, 0xDDE6F0);
      lightText(master);
      var gradient = glowPane(master);
      var stops = gradient.addNewGsLst();
      for (int[] stop : new int[][] {{0, 7_000}, {100_000, 0}}) {
        var gs = stops.addNewGs();
        gs.setPos(stop[0]);
        var white = gs.addNewSrgbClr();
        white.setVal(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
        white.addNewAlpha().setVal(stop[1]);
      }
      gradient.addNewPath().setPath(
          org.openxmlformats.schemas.drawingml.x2006.main.STPathShadeType.CIRCLE);
      DefaultThemeShapes.toBack(master);
    });
  }

  /** Where {@link #figure()} draws its figure. */
  static final Rectangle2D FIGURE = new Rectangle2D.Double(800, 250, 150, 285);

  /**
   * A tall oval figure standing in the bottom right corner, where a QR code goes, as a team's
   * template draws its mascot: its box holds the code whole, but it is no panel to set one on.
   */
  static byte[] figure() {
    return save(wide(), show -> {
      XSLFSlideMaster master = show.getSlideMasters().get(0);
      shape(master, "Mascot", ShapeType.ELLIPSE, FIGURE, 0x2F4F6F);
      DefaultThemeShapes.toBack(master);
    });
  }

  /** The box of {@link #cornerTriangle()}'s triangle. */
  static final Rectangle2D TRIANGLE = new Rectangle2D.Double(600, 240, 360, 300);

  /**
   * A large green right triangle filling the bottom right corner, as a geometric theme draws
   * one: it covers the QR code's corner whole, so the code may sit on it as on a panel, though
   * the triangle fills only half its box.
   */
  static byte[] cornerTriangle() {
    return save(wide(), show -> {
      XSLFSlideMaster master = show.getSlideMasters().get(0);
      shape(master, "Triangle", ShapeType.RT_TRIANGLE, TRIANGLE, 0x1E8449).setFlipHorizontal(true);
      DefaultThemeShapes.toBack(master);
    });
  }

  /**
   * A .potx: a dark title band on every slide with the title in white on it, except on the
   * title slide, which hides the band and leaves its title white on white.
   */
  static byte[] template() {
    byte[] pptx = save(wide(), show -> {
      XSLFSlideMaster master = show.getSlideMasters().get(0);
      for (XSLFShape shape : master.getShapes()) {
        if (shape instanceof XSLFTextShape text && text.getPlaceholder() == Placeholder.TITLE) {
          text.setAnchor(new Rectangle2D.Double(48, 16, 864, 72));
        }
      }
      DefaultThemeShapes.colour(master.getXmlObject().getTxStyles().getTitleStyle()
          .getLvl1PPr().getDefRPr(), Color.WHITE);
      layout(show, "Title Slide").getXmlObject().setShowMasterSp(false);
      shape(master, "Title Band", ShapeType.RECT, new Rectangle2D.Double(0, 0, 960, 104),
          0x1F3A5F);
      DefaultThemeShapes.toBack(master);
    });
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(pptx))) {
      pkg.replaceContentType(PRESENTATION_TYPE, TEMPLATE_TYPE);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pkg.save(out);
      return out.toByteArray();
    } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The layouts as a Portuguese PowerPoint names them, their types lost in an edit. */
  static byte[] portuguese() {
    return save(wide(), show -> rename(show, Map.of(
        "Title Slide", "Slide de Título", "Title and Content", "Conteúdo",
        "Section Header", "Cabeçalho da Seção", "Two Content", "Duas Partes de Conteúdo",
        "Comparison", "Comparação", "Title Only", "Somente Título", "Blank", "Em branco",
        "Content with Caption", "Conteúdo com Legenda",
        "Picture with Caption", "Imagem com Legenda")));
  }

  /** The layouts named in German, their types lost, and no section layout at all. */
  static byte[] germanWithoutSection() {
    return save(wide(), show -> {
      rename(show, Map.of("Title Slide", "Titelfolie", "Title and Content", "Inhalt",
          "Two Content", "Zwei Inhalte", "Comparison", "Vergleich", "Title Only", "Nur Titel",
          "Blank", "Leer", "Content with Caption", "Inhalt mit Überschrift",
          "Picture with Caption", "Bild mit Überschrift"));
      drop(show, "Section Header");
    });
  }

  /** "Title and Content" without its content box, as a careless edit leaves it. */
  static byte[] noBodyOnContent() {
    return save(wide(), show -> {
      XSLFSlideLayout content = layout(show, "Title and Content");
      for (XSLFShape shape : List.copyOf(content.getShapes())) {
        if (shape instanceof XSLFTextShape text && Placeholders.kind(text) == Placeholder.CONTENT) {
          content.removeShape(shape);
        }
      }
    });
  }

  /**
   * POI's template widened to 16:9: every box with a place of its own scaled sideways. Its
   * fonts are Arial, which every machine shows in Arial's widths (Liberation Sans), where
   * Calibri without its metric twin Carlito is shown wider than it was measured.
   */
  private static XMLSlideShow wide() {
    XMLSlideShow show = fonts(new XMLSlideShow(), "Arial");
    double sx = 960.0 / show.getPageSize().getWidth();
    show.setPageSize(new Dimension(960, 540));
    XSLFSlideMaster master = show.getSlideMasters().get(0);
    widen(master, sx);
    for (XSLFSlideLayout layout : master.getSlideLayouts()) {
      widen(layout, sx);
    }
    return show;
  }

  private static XMLSlideShow fonts(XMLSlideShow show, String family) {
    var fonts = show.getSlideMasters().get(0).getTheme().getXmlObject().getThemeElements()
        .getFontScheme();
    fonts.getMajorFont().getLatin().setTypeface(family);
    fonts.getMinorFont().getLatin().setTypeface(family);
    return show;
  }

  private static void widen(XSLFSheet sheet, double sx) {
    for (XSLFShape shape : sheet.getShapes()) {
      // A box inherited from the master is widened there; setting it here would widen it twice.
      if (shape.getXmlObject() instanceof CTShape sp && sp.getSpPr().isSetXfrm()) {
        Rectangle2D a = shape.getAnchor();
        ((org.apache.poi.xslf.usermodel.XSLFSimpleShape) shape).setAnchor(
            new Rectangle2D.Double(a.getX() * sx, a.getY(), a.getWidth() * sx, a.getHeight()));
      }
    }
  }

  private static void scheme(XSLFSlideMaster master, int dk1, int lt1, int dk2, int lt2) {
    CTColorScheme colours = master.getTheme().getXmlObject().getThemeElements().getClrScheme();
    DefaultThemeBuilder.rgb(colours.getDk1(), dk1);
    DefaultThemeBuilder.rgb(colours.getLt1(), lt1);
    DefaultThemeBuilder.rgb(colours.getDk2(), dk2);
    DefaultThemeBuilder.rgb(colours.getLt2(), lt2);
  }

  /** Maps text to the light scheme colours and the background to the dark ones. */
  private static void lightText(XSLFSlideMaster master) {
    CTColorMapping map = master.getXmlObject().getClrMap();
    map.setBg1(STColorSchemeIndex.DK_1);
    map.setTx1(STColorSchemeIndex.LT_1);
    map.setBg2(STColorSchemeIndex.DK_2);
    map.setTx2(STColorSchemeIndex.LT_2);
  }

  private static void background(XMLSlideShow show, XSLFSlideMaster master, byte[] png) {
    XSLFPictureData picture = show.addPicture(png, PictureType.PNG);
    String id = master.addRelation(null, XSLFRelation.IMAGES, picture).getRelationship().getId();
    var sheet = master.getXmlObject().getCSld();
    if (sheet.isSetBg()) {
      sheet.unsetBg();
    }
    CTBackgroundProperties properties = sheet.addNewBg().addNewBgPr();
    var fill = properties.addNewBlipFill();
    fill.addNewBlip().setEmbed(id);
    fill.addNewStretch().addNewFillRect();
    properties.addNewEffectLst();
  }

  /** A bright sky with soft light clouds: no pixel darker than a pale grey. */
  private static byte[] photograph() {
    BufferedImage image = new BufferedImage(480, 270, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, new Color(0xCFE3F5), 0, 270, new Color(0xFBF3E4)));
    g.fillRect(0, 0, 480, 270);
    java.util.Random random = new java.util.Random(13);
    for (int i = 0; i < 40; i++) {
      g.setColor(new Color(255, 255, 255, 60 + random.nextInt(80)));
      double w = 40 + random.nextInt(120);
      g.fill(new Ellipse2D.Double(random.nextInt(480) - w / 2, random.nextInt(200), w, w / 2.5));
    }
    g.dispose();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A pane over the whole slide, its gradient fill left for the caller to give stops. */
  private static org.openxmlformats.schemas.drawingml.x2006.main.CTGradientFillProperties
      glowPane(XSLFSlideMaster master) {
    XSLFAutoShape pane = DefaultThemeShapes.rectangle(master, "Glow",
        new Rectangle2D.Double(0, 0, 960, 540));
    var properties = ((CTShape) pane.getXmlObject()).getSpPr();
    if (properties.isSetSolidFill()) {
      properties.unsetSolidFill();
    }
    return properties.addNewGradFill();
  }

  /** Moves the master's footer, number and date boxes to {@code top} and sets them in white. */
  private static void whiteFooters(XSLFSlideMaster master, double top, double height) {
    for (XSLFShape shape : master.getShapes()) {
      if (shape instanceof XSLFTextShape text && (text.getPlaceholder() == Placeholder.FOOTER
          || text.getPlaceholder() == Placeholder.SLIDE_NUMBER
          || text.getPlaceholder() == Placeholder.DATETIME)) {
        Rectangle2D box = text.getAnchor();
        text.setAnchor(new Rectangle2D.Double(box.getX(), top, box.getWidth(), height));
        var level = DefaultThemeShapes.lvl1(text, null);
        DefaultThemeShapes.colour(level.isSetDefRPr() ? level.getDefRPr()
            : level.addNewDefRPr(), Color.WHITE);
      }
    }
  }

  private static XSLFAutoShape shape(XSLFSheet sheet, String name, ShapeType type,
      Rectangle2D box, int rgb) {
    XSLFAutoShape shape = DefaultThemeShapes.rectangle(sheet, name, box);
    shape.setShapeType(type);
    shape.setFillColor(new Color(rgb));
    return shape;
  }

  private static XSLFSlideLayout layout(XMLSlideShow show, String name) {
    return show.getSlideMasters().get(0).getLayout(name);
  }

  /** Renames layouts and takes away every layout's type, so only names can find them. */
  private static void rename(XMLSlideShow show, Map<String, String> names) {
    for (XSLFSlideLayout layout : show.getSlideMasters().get(0).getSlideLayouts()) {
      String name = names.get(layout.getName());
      if (name != null) {
        layout.getXmlObject().getCSld().setName(name);
      }
      if (layout.getXmlObject().isSetType()) {
        layout.getXmlObject().unsetType();
      }
    }
  }

  private static void drop(XMLSlideShow show, String name) {
    try {
      DefaultThemeBuilder.dropLayout(show.getSlideMasters().get(0), layout(show, name));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private interface Change {
    void apply(XMLSlideShow show);
  }

  private static byte[] save(XMLSlideShow show, Change change) {
    try (show) {
      change.apply(show);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      show.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
