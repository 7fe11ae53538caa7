package org.paperdeck.pptx;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFFactory;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFRelation;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPresentation;
import org.openxmlformats.schemas.presentationml.x2006.main.CTSlideIdList;
import org.openxmlformats.schemas.presentationml.x2006.main.CTSlideIdListEntry;

/**
 * Makes one deck's new slides and notes pages: the same parts, relationships and XML as POI's
 * {@code XMLSlideShow.createSlide} and {@code getNotesSlide} make, without the costs that grow
 * with the deck. For every new part POI looks for a free part name by matching a regular
 * expression against the name of every part in the package, and for every new slide it copies
 * the presentation's whole slide list to find the largest slide id. Here the part names and ids
 * are counted on from the largest the theme left. For a thousand slides with notes, POI's way
 * took about a third of the deck's time, this about a tenth (docs/performance.md, "Scale"). Only
 * the first notes page is made by POI; {@link NotesPages} writes the others as XML text.
 *
 * <p>Holds the counters of one deck: make one per deck written.
 */
final class SlideParts {
  private static final Pattern SLIDE = Pattern.compile("/ppt/slides/slide(\\d+)\\.xml");
  private static final Pattern NOTES = Pattern.compile("/ppt/notesSlides/notesSlide(\\d+)\\.xml");
  /** How a slide made to read the theme is linked, with its number after it. */
  private static final String PROBE = "paperdeckProbe";
  /** POI numbers slides from 256 on: lower ids are reserved (ECMA-376 part 1, 19.2.1.33). */
  private static final long LAST_RESERVED_ID = 255;

  private final XMLSlideShow show;
  private int slideNumber;
  private int notesNumber;
  private long slideId;

  SlideParts(XMLSlideShow show) throws IOException {
    this.show = show;
    try {
      for (PackagePart part : show.getPackage().getParts()) {
        String name = part.getPartName().getName();
        slideNumber = Math.max(slideNumber, number(SLIDE.matcher(name)));
        notesNumber = Math.max(notesNumber, number(NOTES.matcher(name)));
      }
    } catch (InvalidFormatException e) {
      throw new IOException(e.getMessage(), e);
    }
    slideId = LAST_RESERVED_ID;
    CTPresentation presentation = show.getCTPresentation();
    if (presentation.isSetSldIdLst()) {
      for (CTSlideIdListEntry entry : presentation.getSldIdLst().getSldIdArray()) {
        slideId = Math.max(slideId, entry.getId());
      }
    }
  }

  private static int number(Matcher name) {
    return name.matches() ? Integer.parseInt(name.group(1)) : 0;
  }

  /** A new last slide on {@code layout}, with the layout's placeholders, as POI makes one. */
  XSLFSlide slide(XSLFSlideLayout layout) {
    return slide(layout, null);
  }

  /**
   * A new last slide as {@link #slide} makes one, for a reading of the theme that removes it
   * again ({@link ThemeReader}). The presentation links to it under a name of its own: POI
   * counts the relationship ids it hands out and never hands one out twice, so a slide made and
   * removed under one of its ids would shift the id of every slide of the deck made after it.
   */
  XSLFSlide probe(XSLFSlideLayout layout) {
    return slide(layout, PROBE + (slideNumber + 1));
  }

  /** A new last slide on {@code layout}, linked under {@code relationId}, or POI's next id. */
  private XSLFSlide slide(XSLFSlideLayout layout, String relationId) {
    CTPresentation presentation = show.getCTPresentation();
    CTSlideIdList ids = presentation.isSetSldIdLst()
        ? presentation.getSldIdLst() : presentation.addNewSldIdLst();
    POIXMLDocumentPart.RelationPart made = relationId == null
        ? show.createRelationship(XSLFRelation.SLIDE, XSLFFactory.getInstance(), ++slideNumber,
            false)
        : show.addRelation(relationId, XSLFRelation.SLIDE, show.createRelationship(
            XSLFRelation.SLIDE, XSLFFactory.getInstance(), ++slideNumber, true)
            .getDocumentPart());
    XSLFSlide slide = made.getDocumentPart();
    CTSlideIdListEntry id = ids.addNewSldId();
    id.setId(++slideId);
    id.setId2(made.getRelationship().getId());
    layout.copyLayout(slide);
    slide.getPackagePart().clearRelationships();
    slide.addRelation(null, XSLFRelation.SLIDE_LAYOUT, layout);
    // POI hands out its own list of slides, so the deck's slides are read back from it as usual.
    show.getSlides().add(slide);
    return slide;
  }

  /**
   * {@code slide}'s new notes page as POI makes one, with a copy of each of the notes master's
   * shapes; {@link NotesPages} mends it and makes every later page from it.
   */
  XSLFNotes notes(XSLFSlide slide) {
    if (show.getNotesMaster() == null) {
      show.createNotesMaster();
    }
    XSLFNotes page = (XSLFNotes) show.createRelationship(XSLFRelation.NOTES,
        XSLFFactory.getInstance(), ++notesNumber);
    slide.addRelation(null, XSLFRelation.NOTES, page);
    page.addRelation(null, XSLFRelation.NOTES_MASTER, show.getNotesMaster());
    page.addRelation(null, XSLFRelation.SLIDE, slide);
    page.importContent(show.getNotesMaster());
    return page;
  }

  /** The name of the next notes page, made without POI. */
  PackagePartName nextNotesName() throws InvalidFormatException {
    return PackagingURIHelper.createPartName(XSLFRelation.NOTES.getFileName(++notesNumber));
  }
}
