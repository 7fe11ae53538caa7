package org.paperdeck.pptx;

import java.awt.Color;
import javax.xml.namespace.QName;
import org.apache.poi.util.Units;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;
import org.paperdeck.layout.Box;
import org.paperdeck.layout.SlideLayout;
import org.paperdeck.math.MathOmml;

/**
 * Writes a display formula as PowerPoint keeps one: a text box whose paragraph is an Office
 * Math paragraph ({@code m:oMathPara} inside {@code a14:m}) in the {@code mc:Choice} of a
 * Markup Compatibility {@code mc:AlternateContent}, and the formula's typeset picture in the
 * {@code mc:Fallback}. PowerPoint 2010 and later show the equation and let it be edited;
 * LibreOffice and every reader that knows only the ECMA schemas show the picture, exactly as the
 * layout stage measured it. Both branches have the picture's box and the same shape id, as
 * PowerPoint writes them, so a reader sees one formula.
 *
 * <p>The Choice requires {@link EquationRuns#REQUIRES}, as a formula in a line of text does:
 * LibreOffice would take a Choice of {@code a14} alone and show an empty box.
 */
final class EquationShapes {
  private static final String P = "http://schemas.openxmlformats.org/presentationml/2006/main";
  private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";

  private EquationShapes() {}

  /** Puts {@code equation} on {@code slide}, above what is there. */
  static void write(XSLFSlide slide, SlideLayout.Equation equation, Pictures pictures) {
    SlideLayout.Picture picture = equation.picture();
    CTPicture fallback = pictures.add(slide, picture);
    long id = fallback.getNvPicPr().getCNvPr().getId();
    XmlObject content = alternateContent(id, picture.box(), equation);
    try (XmlCursor at = fallback.newCursor(); XmlCursor source = content.newCursor()) {
      source.toFirstChild(); // mc:AlternateContent
      source.copyXml(at); // just before the picture
    }
    try (XmlCursor alternate = fallback.newCursor()) {
      alternate.toPrevSibling();
      // The shape's name and alternative text, set here rather than written into the XML text
      // above, so the formula's source needs no escaping.
      alternate.selectPath("declare namespace p='" + P + "' .//p:cNvPr");
      if (alternate.toNextSelection()) {
        alternate.setAttributeText(new QName("descr"), equation.latex());
      }
    }
    try (XmlCursor alternate = fallback.newCursor(); XmlCursor pic = fallback.newCursor()) {
      alternate.toPrevSibling();
      alternate.selectPath("declare namespace mc='" + EquationRuns.MC + "' ./mc:Fallback");
      alternate.toNextSelection();
      alternate.toEndToken();
      pic.moveXml(alternate); // the picture into the Fallback
    }
  }

  /** The AlternateContent: the equation's text box in its Choice, an empty Fallback. */
  private static XmlObject alternateContent(long id, Box box, SlideLayout.Equation equation) {
    String runs = MathOmml.display(equation.latex())
        // Each math run at the formula's size and in the picture's colour: a text box takes
        // the master's "other" text style, which need not match the body's.
        .replace("<a:rPr ", "<a:rPr sz=\"" + hundredths(equation.size()) + "\" ")
        .replace("<a:latin ", "<a:solidFill><a:srgbClr val=\"" + hex(equation.ink())
            + "\"/></a:solidFill><a:latin ");
    String xml = "<mc:AlternateContent xmlns:mc=\"" + EquationRuns.MC + "\" xmlns:a14=\""
        + EquationRuns.A14 + "\" xmlns:a=\"" + A + "\" xmlns:p=\"" + P + "\" xmlns:m=\""
        + MathOmml.NAMESPACE + "\">"
        + "<mc:Choice Requires=\"" + EquationRuns.REQUIRES + "\"><p:sp>"
        + "<p:nvSpPr><p:cNvPr id=\"" + id + "\" name=\"Formula\"/><p:cNvSpPr txBox=\"1\"/>"
        + "<p:nvPr/></p:nvSpPr>"
        + "<p:spPr><a:xfrm><a:off x=\"" + Units.toEMU(box.x()) + "\" y=\"" + Units.toEMU(box.y())
        + "\"/><a:ext cx=\"" + Units.toEMU(box.width()) + "\" cy=\"" + Units.toEMU(box.height())
        + "\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>"
        // No wrapping and no insets, centred both ways: an equation PowerPoint sets a little
        // wider or taller than the picture grows evenly around the picture's centre, and the
        // box fits itself to the equation once it is edited, as PowerPoint's own do.
        + "<p:txBody><a:bodyPr wrap=\"none\" lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\""
        + " anchor=\"ctr\"><a:spAutoFit/></a:bodyPr><a:lstStyle/>"
        + "<a:p><a:pPr algn=\"ctr\"/><a14:m>" + runs + "</a14:m>"
        + "<a:endParaRPr lang=\"en-US\" sz=\"" + hundredths(equation.size()) + "\"/></a:p>"
        + "</p:txBody></p:sp></mc:Choice><mc:Fallback/></mc:AlternateContent>";
    try {
      return XmlObject.Factory.parse(xml);
    } catch (XmlException e) {
      throw new IllegalStateException("equation XML for " + equation.latex()
          + " is not well-formed", e);
    }
  }

  /** A type size as DrawingML writes it: hundredths of a point, at least 1 pt. */
  private static int hundredths(double points) {
    return (int) Math.max(100, Math.round(points * 100));
  }

  private static String hex(Color color) {
    return String.format("%02X%02X%02X", color.getRed(), color.getGreen(), color.getBlue());
  }
}
