package org.paperdeck.pptx;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.namespace.QName;
import org.apache.poi.sl.draw.DrawPaint;
import org.apache.poi.sl.usermodel.PaintStyle;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xslf.usermodel.XSLFTheme;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.main.CTColor;
import org.openxmlformats.schemas.drawingml.x2006.main.CTColorScheme;
import org.openxmlformats.schemas.drawingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextField;
import org.openxmlformats.schemas.drawingml.x2006.main.STSchemeColorVal;
import org.paperdeck.layout.Contrast;

/**
 * Keeps every text of a written slide readable: each run's colour as it shows (its own, or the
 * one the placeholder inherits from layout, master and theme, with its tints applied; a link's
 * is the theme's hyperlink colour; a slide number's field counts as a run) is judged against
 * what lies behind its box (the box's own fill, else the drawn backdrop of its layout) by
 * {@link Contrast}, and so are bullets and numbers and the text of table cells, each on its
 * cell's fill. A colour that fails is replaced by the scheme colour ({@code dk1}, {@code lt1},
 * {@code dk2}, {@code lt2}) that reads best, as a scheme colour so a variant picked in
 * PowerPoint still recolours it. When none passes, a message names the slide, the box and the
 * measured ratio.
 */
final class ReadableInk {
  private static final List<String> SCHEME = List.of("dk1", "lt1", "dk2", "lt2");
  private static final String LINK_COLOUR_URI = "{A12FA001-AC4F-418D-AE19-62706E023703}";
  private static final String LINK_COLOUR_NS =
      "http://schemas.microsoft.com/office/drawing/2018/hyperlinkcolor";

  private ReadableInk() {}

  /**
   * Checks and mends the text of {@code slide}; {@code warn} hears of each box whose colour was
   * replaced and of text nothing mends (without the slide's number, which the caller adds).
   */
  static void mend(XSLFSlide slide, BackgroundSampler backdrop, Consumer<String> warn) {
    mend(slide, 0, new PlaceholderLooks(), backdrop, warn);
  }

  /**
   * As {@link #mend(XSLFSlide, BackgroundSampler, Consumer)}, for a slide on the theme's layout
   * {@code layout}, with what its placeholders inherit taken from {@code looks}.
   */
  static void mend(XSLFSlide slide, int layout, PlaceholderLooks looks,
      BackgroundSampler backdrop, Consumer<String> warn) {
    List<Contrast.Swatch> scheme = scheme(slide.getSlideMaster().getTheme());
    Color link = hyperlinkColour(slide.getSlideMaster().getTheme());
    for (XSLFShape shape : slide.getShapes()) {
      if (shape instanceof XSLFTextShape text && text.getText() != null
          && !text.getText().isBlank()) {
        Color fill = looks.fill(layout, text);
        boolean filled = fill != null && fill.getAlpha() > 200;
        Contrast.Backdrop behind = filled
            ? Contrast.Backdrop.of(fill) : backdrop.under(looks.box(layout, text));
        Placeholder kind = Placeholders.kind(text);
        InkFindings found = new InkFindings(behind, scheme,
            kind == Placeholder.TITLE || kind == Placeholder.CENTERED_TITLE
                ? Contrast.TITLE : Contrast.BODY);
        InkFindings forLinks = filled ? found
            : found.on(behindLinks(text, link, backdrop, behind, scheme, found.needed()));
        InheritedLook inherited = looks.look(layout, text);
        text.getTextParagraphs().forEach(
            paragraph -> mend(paragraph, link, found, forLinks, inherited));
        found.report(box(text, kind), warn);
      } else if (shape instanceof XSLFTable table) {
        // Cells are judged on their own fill: the table's header is the accent, its rows tints.
        InkFindings found = new InkFindings(backdrop.under(table.getAnchor()), scheme,
            Contrast.BODY);
        for (XSLFTableRow row : table.getRows()) {
          for (XSLFTableCell cell : row.getCells()) {
            Color fill = cell.getFillColor();
            InkFindings inCell = found.on(fill != null && fill.getAlpha() > 200
                ? Contrast.Backdrop.of(fill) : found.behind());
            InheritedLook inherited = new InheritedLook();
            cell.getTextParagraphs().forEach(
                paragraph -> mend(paragraph, link, inCell, inCell, inherited));
          }
        }
        found.report("a table ('" + table.getShapeName() + "')", warn);
      }
    }
  }

  /**
   * What lies behind the links of {@code text} in the theme's hyperlink colour {@code link}.
   * Their colour is the one the theme's designer seldom saw on the artwork (the text colour is
   * the one chosen for it), so a rectangle of artwork they cross counts even when it is too
   * small a share of the box for {@link BackgroundSampler#under}: every patch under the box a
   * letter wide, or when that does not read, every patch under the letters themselves (so a
   * blot in a corner of the box no line reaches does not count).
   */
  private static Contrast.Backdrop behindLinks(XSLFTextShape text, Color link,
      BackgroundSampler backdrop, Contrast.Backdrop behind, List<Contrast.Swatch> scheme,
      double needed) {
    if (link == null || !hasLinkInLinkColour(text)) {
      return behind;
    }
    Contrast.Backdrop everyPatch = backdrop.everyPatchUnder(text.getAnchor());
    if (Contrast.judge(link, everyPatch, scheme, needed).readable()) {
      return everyPatch;
    }
    Contrast.Backdrop underLetters = backdrop.underLetters(text);
    return underLetters == null ? behind : underLetters;
  }

  private static boolean hasLinkInLinkColour(XSLFTextShape text) {
    for (XSLFTextParagraph paragraph : text.getTextParagraphs()) {
      for (XSLFTextRun run : paragraph.getTextRuns()) {
        if (inLinkColour(run)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Judges and mends one paragraph: each run, then its bullet or number, which shows in its own
   * colour when the theme gives it one and otherwise in its text's (so it follows a run that
   * was given another colour).
   */
  private static void mend(XSLFTextParagraph paragraph, Color link, InkFindings found,
      InkFindings forLinks, InheritedLook inherited) {
    XSLFTextRun first = null;
    String firstSwatch = null;
    for (XSLFTextRun run : paragraph.getTextRuns()) {
      if (run.getRawText() == null || run.getRawText().isBlank()) {
        continue;
      }
      boolean shownAsLink = link != null && inLinkColour(run);
      String swatch = (shownAsLink ? forLinks : found).mend(ink(run, link, inherited),
          name -> paint(run, name));
      if (first == null) {
        first = run;
        firstSwatch = swatch;
      }
    }
    var properties = paragraph.getXmlObject().isSetPPr() ? paragraph.getXmlObject().getPPr()
        : null;
    boolean numbered = properties != null && properties.isSetBuAutoNum();
    // POI counts only character bullets as bullets; a number shows in a colour as well.
    if (!(paragraph.isBullet() || numbered) || first == null) {
      return;
    }
    // A bullet without a colour of its own shows in its first run's text colour, which is not
    // the colour that run shows when it is a link.
    Color bullet = shown(paragraph.getBulletFontColor());
    boolean ownBulletColour = properties != null && properties.isSetBuClr();
    if (firstSwatch == null && !ownBulletColour && link != null && inLinkColour(first)) {
      // A further-reading entry: its number would take a colour no word of it shows (LibreOffice
      // draws it in the placeholder's text colour or the layout's bullet colour, which may not
      // read), so it takes the link's colour, which was judged readable.
      bulletColour(paragraph, "hlink");
    } else if (bullet == null && firstSwatch != null) {
      bulletColour(paragraph, firstSwatch);
    } else {
      found.mend(bullet != null ? bullet : ink(first, null, inherited),
          name -> bulletColour(paragraph, name));
    }
  }

  private static void bulletColour(XSLFTextParagraph paragraph, String schemeName) {
    var props = paragraph.getXmlObject().isSetPPr() ? paragraph.getXmlObject().getPPr()
        : paragraph.getXmlObject().addNewPPr();
    if (props.isSetBuClrTx()) {
      props.unsetBuClrTx();
    }
    if (props.isSetBuClr()) {
      props.unsetBuClr();
    }
    props.addNewBuClr().addNewSchemeClr().setVal(STSchemeColorVal.Enum.forString(schemeName));
  }

  /** The box as a reader knows it, with the name PowerPoint's selection pane shows. */
  private static String box(XSLFTextShape text, Placeholder kind) {
    String role = kind == null ? "a text box"
        : switch (kind) {
          case TITLE, CENTERED_TITLE -> "the title";
          case SUBTITLE -> "the subtitle";
          case SLIDE_NUMBER -> "the slide number";
          case FOOTER -> "the footer";
          case DATETIME -> "the date";
          default -> "the body";
        };
    return role + " ('" + text.getShapeName() + "')";
  }

  /**
   * The run's colour as it shows: its own or inherited; black when it is not one colour. A link
   * shows in the theme's hyperlink colour {@code link}, whatever its text's colour, unless it
   * says to show in its text's colour (as {@link #paint} makes it); with {@code link} null, the
   * text's colour.
   */
  private static Color ink(XSLFTextRun run, Color link, InheritedLook inherited) {
    if (link != null && inLinkColour(run)) {
      return link;
    }
    Color color = inherited.colour(run);
    return color == null ? Color.BLACK : color;
  }

  /**
   * Sets the run in the scheme colour {@code schemeName}. A slide number is a field rather than
   * a run, and takes the colour the same way. A link is told to show in that colour too: by
   * default PowerPoint and LibreOffice show every link in the theme's hyperlink colour, which
   * is what did not read.
   */
  /**
   * The colour a paint shows, its tints, shades and luminance changes applied (a theme's
   * "Text 1, lighter 25%" is not Text 1); {@code null} when it is not one plain colour.
   */
  static Color shown(PaintStyle paint) {
    if (!(paint instanceof PaintStyle.SolidPaint solid) || solid.getSolidColor() == null
        || solid.getSolidColor().getColor() == null) {
      return null;
    }
    Color color = DrawPaint.applyColorTransform(solid.getSolidColor());
    return new Color(color.getRed(), color.getGreen(), color.getBlue());
  }

  private static void paint(XSLFTextRun run, String schemeName) {
    CTTextCharacterProperties props;
    if (run.getXmlObject() instanceof CTRegularTextRun r) {
      props = r.isSetRPr() ? r.getRPr() : r.addNewRPr();
    } else if (run.getXmlObject() instanceof CTTextField field) {
      props = field.isSetRPr() ? field.getRPr() : field.addNewRPr();
    } else {
      return;
    }
    if (props.isSetSolidFill()) {
      props.unsetSolidFill();
    }
    if (props.isSetGradFill()) {
      props.unsetGradFill();
    }
    props.addNewSolidFill().addNewSchemeClr().setVal(STSchemeColorVal.Enum.forString(schemeName));
    if (props.isSetHlinkClick() && !inTextColour(props.getHlinkClick())) {
      showInTextColour(props.getHlinkClick());
    }
  }

  /** Whether {@code run} is a link shown in the theme's hyperlink colour, not its text's. */
  private static boolean inLinkColour(XSLFTextRun run) {
    CTHyperlink link = hyperlink(run);
    return link != null && !inTextColour(link);
  }

  private static CTHyperlink hyperlink(XSLFTextRun run) {
    CTTextCharacterProperties props = run.getXmlObject() instanceof CTRegularTextRun r
        ? r.getRPr() : run.getXmlObject() instanceof CTTextField f ? f.getRPr() : null;
    return props != null && props.isSetHlinkClick() ? props.getHlinkClick() : null;
  }

  /**
   * Office's extension that shows a link in its text's colour rather than the theme's
   * hyperlink colour ({@code <ahyp:hlinkClr val="tx"/>}); PowerPoint 2019 and later and
   * LibreOffice 7.4 and later read it, older versions show the theme's colour.
   */
  static void showInTextColour(CTHyperlink link) {
    var extensions = link.isSetExtLst() ? link.getExtLst() : link.addNewExtLst();
    var extension = extensions.addNewExt();
    extension.setUri(LINK_COLOUR_URI);
    try (XmlCursor cursor = extension.newCursor()) {
      cursor.toEndToken();
      cursor.beginElement(new QName(LINK_COLOUR_NS, "hlinkClr", "ahyp"));
      cursor.insertAttributeWithValue("val", "tx");
    }
  }

  private static boolean inTextColour(CTHyperlink link) {
    if (!link.isSetExtLst()) {
      return false;
    }
    for (var extension : link.getExtLst().getExtArray()) {
      if (LINK_COLOUR_URI.equals(extension.getUri())) {
        return true;
      }
    }
    return false;
  }

  /** The theme's hyperlink colour, or {@code null} when it names none. */
  private static Color hyperlinkColour(XSLFTheme theme) {
    if (theme == null || theme.getXmlObject().getThemeElements() == null) {
      return null;
    }
    return rgb(theme.getXmlObject().getThemeElements().getClrScheme().getHlink());
  }

  /** The theme's dark and light scheme colours, by name. */
  static List<Contrast.Swatch> scheme(XSLFTheme theme) {
    List<Contrast.Swatch> swatches = new ArrayList<>();
    if (theme == null || theme.getXmlObject().getThemeElements() == null) {
      swatches.add(new Contrast.Swatch("dk1", Color.BLACK));
      swatches.add(new Contrast.Swatch("lt1", Color.WHITE));
      return swatches;
    }
    CTColorScheme scheme = theme.getXmlObject().getThemeElements().getClrScheme();
    List<CTColor> colors = List.of(scheme.getDk1(), scheme.getLt1(), scheme.getDk2(),
        scheme.getLt2());
    for (int i = 0; i < SCHEME.size(); i++) {
      Color color = rgb(colors.get(i));
      if (color != null) {
        swatches.add(new Contrast.Swatch(SCHEME.get(i), color));
      }
    }
    return swatches;
  }

  private static Color rgb(CTColor color) {
    if (color == null) {
      return null;
    }
    byte[] v = color.isSetSrgbClr() ? color.getSrgbClr().getVal()
        : color.isSetSysClr() && color.getSysClr().isSetLastClr()
            ? color.getSysClr().getLastClr() : null;
    return v == null || v.length < 3 ? null : new Color(v[0] & 0xff, v[1] & 0xff, v[2] & 0xff);
  }
}
