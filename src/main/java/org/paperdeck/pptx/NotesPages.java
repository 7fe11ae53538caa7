package org.paperdeck.pptx;

import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;

/**
 * A slide's notes page, made so that PowerPoint opens it without a repair prompt. POI builds a
 * notes page by copying the notes master's placeholders, and copies the master's fields (the
 * date and the page number, {@code <a:fld id type>}) as plain runs that keep the field's
 * attributes: {@code <a:r id type>}, which the schema forbids. Those runs are turned back into
 * the fields they were, so printed notes still show their page numbers. The date, header and
 * footer placeholders are left out: a presenter reads the notes, and a date field there is
 * clutter (and in the presenter view of some programs, text read out as if it were a note).
 * {@link SlideParts} makes the pages.
 */
final class NotesPages {
  private static final String DRAWINGML = "http://schemas.openxmlformats.org/drawingml/2006/main";
  private static final QName FIELD = new QName(DRAWINGML, "fld");
  private static final QName TYPE = new QName("", "type");

  private NotesPages() {}

  /** Mends a notes page POI has just filled from the notes master. */
  static void mend(XSLFNotes page) {
    for (XSLFShape shape : List.copyOf(page.getShapes())) {
      if (shape instanceof XSLFTextShape text) {
        Placeholder kind = text.getPlaceholder();
        if (kind == Placeholder.DATETIME || kind == Placeholder.HEADER
            || kind == Placeholder.FOOTER) {
          page.removeShape(shape);
          continue;
        }
        text.getTextParagraphs().forEach(NotesPages::restoreFields);
      }
    }
  }

  private static void restoreFields(XSLFTextParagraph paragraph) {
    for (CTRegularTextRun run : paragraph.getXmlObject().getRArray()) {
      try (XmlCursor cursor = run.newCursor()) {
        if (cursor.getAttributeText(TYPE) != null) {
          cursor.setName(FIELD);
        }
      }
    }
  }
}
