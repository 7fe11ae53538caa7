package org.paperdeck.pptx;

import java.awt.geom.Rectangle2D;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xslf.usermodel.XSLFRelation;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTransform2D;
import org.openxmlformats.schemas.drawingml.x2006.main.STShapeType;
import org.openxmlformats.schemas.presentationml.x2006.main.CTGroupShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;
import org.paperdeck.layout.SlideLayout;

/**
 * Puts pictures on a deck's slides, each distinct picture stored once in the package however
 * many slides show it (a logo in every corner, a formula repeated).
 *
 * <p>POI's own route ({@code addPicture}, then {@code createPicture}) costs a deck of a thousand
 * papers most of its time: it decodes every picture completely with ImageIO only to learn a size
 * the caller overrides at once, and names each new part by matching a regular expression against
 * every part already in the package, which grows with the square of the slide count. The box of
 * every picture here is known before it is placed, so the picture is written as its part, one
 * relationship and the {@code p:pic} element that shows it, with the part names counted here.
 */
final class Pictures {
  /**
   * Picture shapes are numbered from here up: POI gives its own new shapes the lowest id not in
   * its list, which on a slide of a few dozen shapes stays far below, so the two never meet.
   */
  private static final long FIRST_SHAPE_ID = 1024;
  private static final String PRESENTATIONML =
      "http://schemas.openxmlformats.org/presentationml/2006/main";

  private final OPCPackage pkg;
  private final Map<ByteBuffer, PackagePartName> stored = new HashMap<>();
  /** Pictures named and referred to, not yet written: see {@link #parts}. */
  private final Map<PackagePartName, Picture> waiting = new LinkedHashMap<>();
  private int nextPart = 1;

  private record Picture(byte[] bytes, PictureType type) {}

  Pictures(OPCPackage pkg) {
    this.pkg = pkg;
  }

  /**
   * Shows {@code bytes} on {@code slide} in {@code box} (points), on top of what is there.
   *
   * @param name the shape's name in PowerPoint's selection pane
   * @param description the alternative text a screen reader speaks
   */
  CTPicture add(XSLFSlide slide, byte[] bytes, PictureType type, Rectangle2D box, String name,
      String description) {
    return addPicture(slide, bytes, type, box, name, description);
  }

  /** Shows a picture the layout stage placed, with its link when it has one. */
  CTPicture add(XSLFSlide slide, SlideLayout.Picture picture) {
    CTPicture shown = add(slide, picture.bytes(), picture.format() == SlideLayout.Format.PNG
        ? PictureType.PNG : PictureType.JPEG, Placeholders.rectangle(picture.box()),
        picture.name(), picture.description());
    if (picture.link() != null) {
      link(slide, shown, picture.link());
    }
    if (picture.qrCode()) {
      CodeColours.apply(shown.getBlipFill().getBlip(), slide.getSlideMaster().getTheme());
    }
    return shown;
  }

  private CTPicture addPicture(XSLFSlide slide, byte[] bytes, PictureType type, Rectangle2D box,
      String name, String description) {
    PackagePartName part = stored.computeIfAbsent(ByteBuffer.wrap(bytes),
        content -> store(bytes, type));
    String relation = slide.getPackagePart().addRelationship(part, TargetMode.INTERNAL,
        XSLFRelation.IMAGES.getRelation()).getId();
    CTGroupShape tree = slide.getXmlObject().getCSld().getSpTree();
    CTPicture picture = tree.addNewPic();
    CTNonVisualDrawingProps properties = picture.addNewNvPicPr().addNewCNvPr();
    properties.setId(nextShapeId(tree));
    properties.setName(name);
    if (description != null) {
      properties.setDescr(description);
    }
    picture.getNvPicPr().addNewCNvPicPr().addNewPicLocks().setNoChangeAspect(true);
    picture.getNvPicPr().addNewNvPr();
    var fill = picture.addNewBlipFill();
    fill.addNewBlip().setEmbed(relation);
    fill.addNewStretch().addNewFillRect();
    CTShapeProperties shape = picture.addNewSpPr();
    CTTransform2D transform = shape.addNewXfrm();
    transform.addNewOff().setX(Units.toEMU(box.getX()));
    transform.getOff().setY(Units.toEMU(box.getY()));
    transform.addNewExt().setCx(Units.toEMU(box.getWidth()));
    transform.getExt().setCy(Units.toEMU(box.getHeight()));
    shape.addNewPrstGeom().setPrst(STShapeType.RECT);
    shape.getPrstGeom().addNewAvLst();
    return picture;
  }

  /** Makes clicking {@code picture} on {@code slide} open {@code href}. */
  static void link(XSLFSlide slide, CTPicture picture, String href) {
    String relation = slide.getPackagePart().addExternalRelationship(href,
        XSLFRelation.HYPERLINK.getRelation()).getId();
    picture.getNvPicPr().getCNvPr().addNewHlinkClick().setId(relation);
  }

  private PackagePartName store(byte[] bytes, PictureType type) {
    try {
      PackagePartName name;
      do {
        name = PackagingURIHelper.createPartName(
            "/ppt/media/picture" + nextPart++ + type.extension);
      } while (pkg.containPart(name));
      waiting.put(name, new Picture(bytes, type));
      return name;
    } catch (InvalidFormatException e) {
      // Never: the name is built from a fixed folder, a number and a known extension.
      throw new IllegalStateException("cannot name a picture of the deck", e);
    }
  }

  /**
   * The pictures' parts, once every slide is made, for the deck's zip: they never become parts
   * of POI's package, where each new part costs POI look-ups in maps of all the parts there are
   * ({@link OutsidePart}).
   */
  List<OutsidePart> parts() {
    List<OutsidePart> parts = new ArrayList<>();
    waiting.forEach((name, picture) -> parts.add(
        new OutsidePart(name, picture.type().contentType, picture.bytes(), null)));
    waiting.clear();
    return parts;
  }

  /** One more than the highest shape id on the sheet, and at least {@link #FIRST_SHAPE_ID}. */
  private static long nextShapeId(CTGroupShape tree) {
    long highest = FIRST_SHAPE_ID - 1;
    try (var cursor = tree.newCursor()) {
      cursor.selectPath("declare namespace p='" + PRESENTATIONML + "' .//p:cNvPr");
      while (cursor.toNextSelection()) {
        if (cursor.getObject() instanceof CTNonVisualDrawingProps props) {
          highest = Math.max(highest, props.getId());
        }
      }
    }
    return highest + 1;
  }
}
