package org.paperdeck.pptx;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.TextShape.TextAutofit;
import org.apache.poi.util.Units;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFRelation;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShapeNonVisual;
import org.paperdeck.layout.Typeset;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The deck's speaker notes pages, written as XML text. The first page is made by POI from the
 * notes master ({@link SlideParts#notes}) and mended so that PowerPoint opens it without a
 * repair prompt (below); its XML, with the notes placeholder emptied, is then the frame of every
 * page, and each page is that frame with its notes' paragraphs inside ({@link ParagraphXml}),
 * with the same relationships. For a thousand papers the deck alone took 15 % less time this
 * way than with every page built through POI and saved by XMLBeans (docs/performance.md, "Fifth
 * round"). Every page but the first is not even a part of POI's package: it goes straight into
 * the deck's zip ({@link OutsidePart}), unless its relationships hold something only POI
 * writes (a link outside ASCII on the notes master).
 *
 * <p>The mending: POI copies the master's fields (the date and the page number,
 * {@code <a:fld id type>}) as plain runs that keep the field's attributes, {@code <a:r id
 * type>}, which the schema forbids; those runs are turned back into the fields they were, so
 * printed notes still show their page numbers. The date, header and footer placeholders are
 * left out: a presenter reads the notes, and a date field there is clutter (and in the
 * presenter view of some programs, text read out as if it were a note).
 *
 * <p>Holds one deck's frame: make one per deck written.
 */
final class NotesPages {
  private static final QName FIELD = new QName(ParagraphXml.DRAWINGML, "fld");
  private static final QName TYPE = new QName("", "type");
  private static final String PRESENTATIONML =
      "http://schemas.openxmlformats.org/presentationml/2006/main";
  /** Marks where the notes' paragraphs go in the frame, as a processing instruction. */
  private static final String MARK = "paperdeck-notes";
  private static final String PROBE = "paperdeck-probe";

  private final XMLSlideShow show;
  private final SlideParts parts;
  private final String talkLang;
  /** The frame, made with the first page; null until then. */
  private Frame frame;
  /** Set when the notes master has no notes placeholder and the pages got one of ours. */
  private boolean madeNotesBox;
  /** Every page but the first, for the zip: not parts of POI's package. */
  private final List<OutsidePart> outside = new ArrayList<>();

  NotesPages(XMLSlideShow show, SlideParts parts, String talkLang) {
    this.show = show;
    this.parts = parts;
    this.talkLang = talkLang;
  }

  /**
   * A page's XML around its paragraphs, and the relationships every page has.
   *
   * @param paragraphs writes the notes, a muted run in the notes placeholder's muted colour
   * @param links the first page's relationships, in POI's order, the one to its slide with no
   *     target
   */
  private record Frame(String head, String tail, ParagraphXml paragraphs,
      List<RelationshipsXml.Link> links) {}

  /** Gives {@code slide} a notes page that holds {@code notes}. */
  void write(XSLFSlide slide, List<Typeset.Para> notes) {
    try {
      PackagePart firstPage = null;
      if (frame == null) {
        XSLFNotes first = parts.notes(slide);
        mend(first);
        frame = frame(first);
        // Its XML is the text written below, not the objects POI would save over it.
        first.setCommitted(true);
        firstPage = first.getPackagePart();
      }
      StringBuilder text = new StringBuilder(frame.head().length() + frame.tail().length()
          + 600 * notes.size());
      text.append(frame.head());
      frame.paragraphs().append(text, notes);
      text.append(frame.tail());
      byte[] xml = text.toString().getBytes(StandardCharsets.UTF_8);
      if (firstPage != null) {
        store(firstPage, xml);
      } else {
        newPage(slide, xml);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InvalidFormatException e) {
      throw new IllegalStateException("cannot name a notes page: " + e.getMessage(), e);
    }
  }

  private static void store(PackagePart page, byte[] xml) throws IOException {
    page.clear();
    try (OutputStream out = page.getOutputStream()) {
      out.write(xml);
    }
  }

  /**
   * A new notes page of {@code slide} holding {@code xml}, related as the first page is:
   * outside POI's package when its relationships can be written as POI writes them, else a
   * part of it.
   */
  private void newPage(XSLFSlide slide, byte[] xml) throws IOException, InvalidFormatException {
    PackagePartName name = parts.nextNotesName();
    URI slideName = slide.getPackagePart().getPartName().getURI();
    List<RelationshipsXml.Link> links = frame.links().stream()
        .map(link -> link.target() != null ? link
            : new RelationshipsXml.Link(link.id(), link.type(), slideName, link.mode()))
        .toList();
    RelationshipsXml.Entry relationships = RelationshipsXml.of(name, links);
    if (relationships != null) {
      outside.add(new OutsidePart(name, XSLFRelation.NOTES.getContentType(), xml,
          relationships));
    } else {
      PackagePart page = show.getPackage().createPart(name, XSLFRelation.NOTES.getContentType());
      for (RelationshipsXml.Link link : links) {
        if (link.mode() == TargetMode.EXTERNAL) {
          page.addExternalRelationship(link.target().toString(), link.type(), link.id());
        } else {
          page.addRelationship(PackagingURIHelper.createPartName(link.target()),
              TargetMode.INTERNAL, link.type(), link.id());
        }
      }
      store(page, xml);
    }
    slide.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
        XSLFRelation.NOTES.getRelation());
  }

  /** Every notes page but the first, which are not parts of POI's package. */
  List<OutsidePart> outside() {
    return outside;
  }

  /**
   * The first page's relationships as every page has them: internal targets absolute, the one
   * to the page's slide without a target.
   */
  private static List<RelationshipsXml.Link> links(PackagePart first)
      throws InvalidFormatException {
    List<RelationshipsXml.Link> links = new ArrayList<>();
    for (PackageRelationship relation : first.getRelationships()) {
      String type = relation.getRelationshipType();
      URI target;
      if (relation.getTargetMode() == TargetMode.EXTERNAL) {
        target = relation.getTargetURI();
      } else if (type.equals(XSLFRelation.SLIDE.getRelation())) {
        target = null;
      } else {
        target = PackagingURIHelper.createPartName(PackagingURIHelper.resolvePartUri(
            first.getPartName().getURI(), relation.getTargetURI())).getURI();
      }
      links.add(new RelationshipsXml.Link(relation.getId(), type, target,
          relation.getTargetMode()));
    }
    return links;
  }

  /**
   * Whether the theme's notes master has no notes placeholder, so that each notes page holds
   * its notes in a placeholder of the deck's own making, placed below the slide's picture.
   */
  boolean madeNotesBox() {
    return madeNotesBox;
  }

  /** The first page's XML, its notes placeholder emptied and marked, cut at the mark. */
  private Frame frame(XSLFNotes page) throws IOException {
    XSLFTextShape body = null;
    for (XSLFTextShape shape : page.getPlaceholders()) {
      if (shape.getPlaceholder() == Placeholder.BODY) {
        body = shape;
        break;
      }
    }
    if (body == null) {
      body = notesBox(page);
      madeNotesBox = true;
    }
    body.clearText();
    body.setWordWrap(true);
    // The notes' sizes are final: PowerPoint and LibreOffice leave them alone.
    body.setTextAutofit(TextAutofit.NONE);
    XSLFTextRun probe = body.addNewTextParagraph().addNewTextRun();
    probe.setText("x");
    String muted = MutedInk.of(probe).fill();
    body.clearText();
    try (XmlCursor end = ((CTShape) body.getXmlObject()).getTxBody().newCursor()) {
      end.toEndToken();
      end.insertProcInst(MARK, "");
    }
    XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
    options.setSaveSyntheticDocumentElement(new QName(PRESENTATIONML, "notes"));
    ByteArrayOutputStream saved = new ByteArrayOutputStream();
    page.getXmlObject().save(saved, options);
    String xml = saved.toString(StandardCharsets.UTF_8);
    int mark = xml.indexOf("<?" + MARK);
    String head = xml.substring(0, mark);
    String tail = xml.substring(xml.indexOf("?>", mark) + 2);
    try {
      return new Frame(head, tail,
          new ParagraphXml(talkLang, muted, !bindsDrawingMl(head, tail)),
          links(page.getPackagePart()));
    } catch (InvalidFormatException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /**
   * A notes placeholder for a page whose master has none, where PowerPoint's own notes pages
   * put theirs: the lower half of the page, a tenth of its width in from each side. Without
   * one, PowerPoint's notes pane and LibreOffice's notes view would have nowhere to show the
   * notes.
   */
  private XSLFTextShape notesBox(XSLFNotes page) {
    XSLFTextBox box = page.createTextBox();
    CTShapeNonVisual properties = ((CTShape) box.getXmlObject()).getNvSpPr();
    properties.getCNvPr().setName("Notes Placeholder");
    properties.getCNvSpPr().unsetTxBox();
    box.setPlaceholder(Placeholder.BODY);
    var size = show.getCTPresentation().getNotesSz();
    double width = Units.toPoints(size.getCx());
    double height = Units.toPoints(size.getCy());
    box.setAnchor(new Rectangle2D.Double(width * 0.1, height * 0.5, width * 0.8, height * 0.4));
    return box;
  }

  /**
   * Whether the prefix {@code a} means DrawingML where the paragraphs go. XMLBeans keeps the
   * prefixes a theme's notes master used, which need not be the usual ones; where it does not,
   * each paragraph declares the prefix itself.
   */
  private static boolean bindsDrawingMl(String head, String tail) {
    boolean[] found = new boolean[1];
    try {
      XMLHelper.getSaxParserFactory().newSAXParser().parse(new ByteArrayInputStream(
          (head + "<a:p " + PROBE + "=\"\"/>" + tail).getBytes(StandardCharsets.UTF_8)),
          new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes atts) {
              if (atts.getIndex(PROBE) >= 0) {
                found[0] = ParagraphXml.DRAWINGML.equals(uri);
              }
            }
          });
    } catch (SAXException | IOException | ParserConfigurationException e) {
      return false; // the prefix is not declared there
    }
    return found[0];
  }

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
