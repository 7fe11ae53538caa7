package org.paperdeck.handout;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * What Flying Saucer leaves out of the PDF's catalog: the document language (screen readers and
 * hyphenating viewers use it; Flying Saucer ignores the {@code lang} attribute), and viewer
 * preferences so a viewer shows the talk's title rather than the file name, and opens with the
 * outline panel when there is one.
 */
final class CatalogEntries extends DefaultPDFCreationListener {
  private final String language;
  private final boolean hasOutline;

  /**
   * @param language a BCP 47 tag such as {@code en}, or blank to leave the language unset
   * @param hasOutline whether the document declares bookmarks
   */
  CatalogEntries(String language, boolean hasOutline) {
    this.language = language;
    this.hasOutline = hasOutline;
  }

  @Override
  public void preOpen(ITextRenderer renderer) {
    PdfWriter writer = renderer.getWriter();
    if (!language.isBlank()) {
      writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language));
    }
    writer.setViewerPreferences(
        PdfWriter.DisplayDocTitle | (hasOutline ? PdfWriter.PageModeUseOutlines : 0));
  }
}
