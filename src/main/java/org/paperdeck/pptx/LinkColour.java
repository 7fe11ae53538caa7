package org.paperdeck.pptx;

import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.main.CTHyperlink;

/** Whether a link shows in the theme's hyperlink colour or in its text's, and telling it which. */
final class LinkColour {
  static final String URI = "{A12FA001-AC4F-418D-AE19-62706E023703}";
  static final String NAMESPACE =
      "http://schemas.microsoft.com/office/drawing/2018/hyperlinkcolor";

  private LinkColour() {}

  /**
   * Office's extension that shows a link in its text's colour rather than the theme's
   * hyperlink colour ({@code <ahyp:hlinkClr val="tx"/>}); PowerPoint 2019 and later and
   * LibreOffice 7.4 and later read it, older versions show the theme's colour.
   */
  static void showInTextColour(CTHyperlink link) {
    var extensions = link.isSetExtLst() ? link.getExtLst() : link.addNewExtLst();
    var extension = extensions.addNewExt();
    extension.setUri(URI);
    try (XmlCursor cursor = extension.newCursor()) {
      cursor.toEndToken();
      cursor.beginElement(new QName(NAMESPACE, "hlinkClr", "ahyp"));
      cursor.insertAttributeWithValue("val", "tx");
    }
  }

  /** Whether {@code link} is told to show in its text's colour ({@link #showInTextColour}). */
  static boolean inTextColour(CTHyperlink link) {
    if (!link.isSetExtLst()) {
      return false;
    }
    for (var extension : link.getExtLst().getExtArray()) {
      if (URI.equals(extension.getUri())) {
        return true;
      }
    }
    return false;
  }
}
