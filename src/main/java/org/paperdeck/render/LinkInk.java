package org.paperdeck.render;

import java.awt.Color;
import org.apache.poi.xslf.usermodel.XSLFHyperlink;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xslf.usermodel.XSLFTheme;
import org.openxmlformats.schemas.drawingml.x2006.main.CTColor;

/**
 * Marks the text of hyperlinks as PowerPoint and LibreOffice draw it: in the theme's hyperlink
 * colour ({@code hlink}), underlined. POI draws a linked run like any other, so a byline's
 * "paper · code" would not look like links in the pictures. Changes only the copy of the deck that
 * is being drawn, never the deck that is written.
 */
final class LinkInk {
  private LinkInk() {}

  static void apply(XSLFSlide slide) {
    Color colour = hyperlinkColour(slide.getTheme());
    for (XSLFShape shape : slide.getShapes()) {
      if (shape instanceof XSLFTextShape text) {
        for (XSLFTextParagraph paragraph : text.getTextParagraphs()) {
          for (XSLFTextRun run : paragraph.getTextRuns()) {
            XSLFHyperlink link = run.getHyperlink();
            if (link != null && link.getAddress() != null) {
              run.setUnderlined(true);
              if (colour != null) {
                run.setFontColor(colour);
              }
            }
          }
        }
      }
    }
  }

  /** The theme's hyperlink colour, or {@code null} when it names none POI can read. */
  private static Color hyperlinkColour(XSLFTheme theme) {
    try {
      CTColor hlink = theme.getXmlObject().getThemeElements().getClrScheme().getHlink();
      byte[] rgb = hlink.isSetSrgbClr() ? hlink.getSrgbClr().getVal()
          : hlink.isSetSysClr() ? hlink.getSysClr().getLastClr() : null;
      return rgb == null || rgb.length != 3 ? null
          : new Color(rgb[0] & 255, rgb[1] & 255, rgb[2] & 255);
    } catch (RuntimeException e) {
      return null; // a theme without a colour scheme: the links keep their runs' colour
    }
  }
}
