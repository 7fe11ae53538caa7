package org.paperdeck.pptx;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextField;
import org.openxmlformats.schemas.drawingml.x2006.main.STSchemeColorVal;
import org.paperdeck.layout.Contrast;
import org.paperdeck.layout.Typeset;

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
    mend(slide, layout, looks, backdrop, warn, Map.of(), Map.of());
  }

  /**
   * As {@link #mend(XSLFSlide, int, PlaceholderLooks, BackgroundSampler, Consumer)}, for a slide
   * some of whose placeholders' text is written as XML ({@code texts}, by shape): each of those
   * is judged on its paragraphs, with the same verdicts, and how to dress each paragraph goes
   * into {@code dresses}. A text whose links read on their box only where the letters are is
   * written into its shape through POI instead, since only drawn letters tell, and is judged
   * and mended there as any other; it gets no dresses.
   */
  static void mend(XSLFSlide slide, int layout, PlaceholderLooks looks,
      BackgroundSampler backdrop, Consumer<String> warn, Map<XSLFTextShape, SlideText> texts,
      Map<SlideText, List<ParagraphXml.Dress>> dresses) {
    List<Contrast.Swatch> scheme = SchemeColours.scheme(slide.getSlideMaster().getTheme());
    Color link = SchemeColours.hyperlink(slide.getSlideMaster().getTheme());
    for (XSLFShape shape : slide.getShapes()) {
      SlideText pending = shape instanceof XSLFTextShape text ? texts.get(text) : null;
      if (pending != null) {
        List<ParagraphXml.Dress> dressed =
            dress(pending, layout, looks, backdrop, scheme, link, warn);
        if (dressed != null) {
          dresses.put(pending, dressed);
          continue;
        }
        TextWriter.writeFitted(pending.shape(), pending.paras(), pending.accent(),
            looks.look(layout, pending.shape()), pending.links());
      }
      if (shape instanceof XSLFTextShape text && text.getText() != null
          && !text.getText().isBlank()) {
        TextBox judged = TextBox.of(text, layout, looks, backdrop, scheme);
        InkFindings found = judged.found();
        InkFindings forLinks = judged.filled() ? found : found.on(
            behindLinks(text, link, backdrop, judged.behind(), scheme, found.needed()));
        InheritedLook inherited = looks.look(layout, text);
        text.getTextParagraphs().forEach(
            paragraph -> mend(paragraph, link, found, forLinks, inherited));
        found.report(box(text, judged.kind()), warn);
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
   * Judges the text of {@code text} as {@link #mend} judges a shape's runs, on its typeset
   * paragraphs: the colour each piece shows (its own, the one its level inherits, or the theme's
   * hyperlink colour) against what lies behind the box. Returns how to dress each paragraph, or
   * {@code null} when its links are to be judged on the letters themselves.
   */
  private static List<ParagraphXml.Dress> dress(SlideText text, int layout,
      PlaceholderLooks looks, BackgroundSampler backdrop, List<Contrast.Swatch> scheme,
      Color link, Consumer<String> warn) {
    XSLFTextShape shape = text.shape();
    TextBox judged = TextBox.of(shape, layout, looks, backdrop, scheme);
    InkFindings found = judged.found();
    Contrast.Backdrop linksBehind = judged.behind();
    if (!judged.filled() && link != null && hasLinkInLinkColour(text)) {
      linksBehind = backdrop.everyPatchUnder(shape.getAnchor());
      if (!Contrast.judge(link, linksBehind, scheme, found.needed()).readable()) {
        return null;
      }
    }
    InkFindings forLinks = judged.filled() ? found : found.on(linksBehind);
    InheritedLook inherited = looks.look(layout, shape);
    Iterator<String> linkIds = text.links();
    List<ParagraphXml.Dress> dresses = new ArrayList<>();
    for (Typeset.Para paragraph : text.paras()) {
      dresses.add(dress(paragraph, text, link, found, forLinks, inherited, linkIds));
    }
    found.report(box(shape, judged.kind()), warn);
    return dresses;
  }

  /**
   * A text box about to be judged: what lies behind it (its own fill when it has one), its
   * kind, and the findings its text adds up into.
   */
  private record TextBox(InkFindings found, Contrast.Backdrop behind, boolean filled,
      Placeholder kind) {
    static TextBox of(XSLFTextShape text, int layout, PlaceholderLooks looks,
        BackgroundSampler backdrop, List<Contrast.Swatch> scheme) {
      Color fill = looks.fill(layout, text);
      boolean filled = fill != null && fill.getAlpha() > 200;
      Contrast.Backdrop behind = filled
          ? Contrast.Backdrop.of(fill) : backdrop.under(looks.box(layout, text));
      Placeholder kind = Placeholders.kind(text);
      InkFindings found = new InkFindings(behind, scheme,
          kind == Placeholder.TITLE || kind == Placeholder.CENTERED_TITLE
              ? Contrast.TITLE : Contrast.BODY);
      return new TextBox(found, behind, filled, kind);
    }
  }

  /**
   * One paragraph judged as
   * {@link #mend(XSLFTextParagraph, Color, InkFindings, InkFindings, InheritedLook)} judges
   * one: each piece with text, then its bullet or number.
   */
  private static ParagraphXml.Dress dress(Typeset.Para paragraph, SlideText text, Color link,
      InkFindings found, InkFindings forLinks, InheritedLook inherited,
      Iterator<String> linkIds) {
    XSLFTextShape shape = text.shape();
    int level = paragraph.level();
    List<ParagraphXml.RunDress> runs = new ArrayList<>();
    boolean seenFirst = false;
    String firstSwatch = null;
    Color firstInk = null;
    boolean firstShownAsLink = false;
    for (Typeset.Piece piece : paragraph.runs()) {
      if (piece.lineBreak()) {
        runs.add(ParagraphXml.RunDress.NONE);
        continue;
      }
      MutedInk.Tint muted = piece.muted() ? inherited.muted(shape, level) : null;
      if (piece.latex() != null) {
        // A formula's runs are the equation's, apart from the spaces around it: not judged.
        runs.add(new ParagraphXml.RunDress(muted == null ? null : muted.fill(), null, null,
            false));
        continue;
      }
      String ownFill = muted != null ? muted.fill()
          : piece.accent() ? accentFill(text.accent()) : null;
      String linkId = SlideText.linked(piece) ? linkIds.next() : null;
      boolean shownAsLink = link != null && linkId != null && !piece.muted();
      String swatch = null;
      if (!piece.text().isBlank()) {
        Color own = ownFill == null ? inherited.colour(shape, level)
            : inherited.colour(shape, ownFill, run -> {
              if (muted != null) {
                MutedInk.apply(run, muted);
              } else {
                paint(run, "accent" + accentNumber(text.accent()));
              }
            });
        Color textInk = own == null ? Color.BLACK : own;
        swatch = (shownAsLink ? forLinks : found).mend(shownAsLink ? link : textInk, name -> { });
        if (!seenFirst) {
          seenFirst = true;
          firstSwatch = swatch;
          firstInk = textInk;
          firstShownAsLink = shownAsLink;
        }
      }
      runs.add(new ParagraphXml.RunDress(swatch != null ? schemeFill(swatch) : ownFill, linkId,
          piece.href(), linkId != null && (piece.muted() || swatch != null)));
    }
    Typeset.Marker marker = paragraph.marker();
    boolean inheritsBullet = marker != Typeset.Marker.NUMBER && inherited.bullet(shape, level);
    String bulletColour = null;
    if (marker != Typeset.Marker.NONE && seenFirst) {
      Color bullet = inherited.bulletColour(shape, level);
      if (firstSwatch == null && link != null && firstShownAsLink) {
        bulletColour = "hlink";
      } else if (bullet == null && firstSwatch != null) {
        bulletColour = firstSwatch;
      } else {
        bulletColour = found.mend(bullet != null ? bullet : firstInk, name -> { });
      }
    }
    return new ParagraphXml.Dress(inheritsBullet, bulletColour, runs);
  }

  private static boolean hasLinkInLinkColour(SlideText text) {
    return text.paras().stream().flatMap(p -> p.runs().stream())
        .anyMatch(piece -> SlideText.linked(piece) && !piece.muted());
  }

  /** The accent a section label is set in, as {@code TextWriter} names it. */
  private static int accentNumber(int accent) {
    return accent >= 1 && accent <= 6 ? accent : 1;
  }

  private static String accentFill(int accent) {
    return schemeFill("accent" + accentNumber(accent));
  }

  private static String schemeFill(String schemeName) {
    return "<a:solidFill><a:schemeClr val=\"" + schemeName + "\"/></a:solidFill>";
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
    Color bullet = SchemeColours.shown(paragraph.getBulletFontColor());
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
    if (props.isSetHlinkClick() && !LinkColour.inTextColour(props.getHlinkClick())) {
      LinkColour.showInTextColour(props.getHlinkClick());
    }
  }

  /** Whether {@code run} is a link shown in the theme's hyperlink colour, not its text's. */
  private static boolean inLinkColour(XSLFTextRun run) {
    CTHyperlink link = hyperlink(run);
    return link != null && !LinkColour.inTextColour(link);
  }

  private static CTHyperlink hyperlink(XSLFTextRun run) {
    CTTextCharacterProperties props = run.getXmlObject() instanceof CTRegularTextRun r
        ? r.getRPr() : run.getXmlObject() instanceof CTTextField f ? f.getRPr() : null;
    return props != null && props.isSetHlinkClick() ? props.getHlinkClick() : null;
  }
}
