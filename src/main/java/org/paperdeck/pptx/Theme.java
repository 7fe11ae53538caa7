package org.paperdeck.pptx;

import java.awt.geom.Dimension2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFRelation;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;

/**
 * A theme file (.pptx or .potx) opened as the start of a new deck: its masters and layouts, with
 * its own sample slides removed. Layouts are found by name, case-insensitively, across every
 * master, preferring those the sample slides used; the slide size is the theme's. One
 * {@code Theme} makes one deck.
 */
final class Theme implements AutoCloseable {
  private static final String TEMPLATE_TYPE =
      "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml";
  private static final String PRESENTATION_TYPE =
      "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml";

  private final XMLSlideShow show;
  private final int sampleSlides;
  private final List<XSLFSlideLayout> ranked;
  private final Pictures pictures;

  private Theme(XMLSlideShow show, int sampleSlides, List<XSLFSlideLayout> ranked) {
    this.show = show;
    this.sampleSlides = sampleSlides;
    this.ranked = ranked;
    this.pictures = new Pictures(show.getPackage());
  }

  /** Opens the theme's bytes; throws when they are not a PowerPoint file at all. */
  static Theme open(byte[] bytes) throws IOException {
    return open(bytes, false);
  }

  /**
   * Opens the theme's bytes, dropping its sample slides unless {@code keepSamples} (inspection
   * only counts them).
   */
  static Theme open(byte[] bytes, boolean keepSamples) throws IOException {
    XMLSlideShow show;
    try {
      OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
      // A .potx says "template" in its main part's content type; a file saved with it is not a
      // presentation PowerPoint will open, so the deck must say "presentation".
      if (!pkg.getPartsByContentType(TEMPLATE_TYPE).isEmpty()) {
        pkg.replaceContentType(TEMPLATE_TYPE, PRESENTATION_TYPE);
      }
      dropThumbnail(pkg);
      show = new XMLSlideShow(pkg);
    } catch (InvalidFormatException
        | org.apache.poi.ooxml.POIXMLException | IllegalArgumentException e) {
      throw new IOException("not a PowerPoint file: " + e.getMessage(), e);
    }
    prepareNotesMaster(show);
    LayoutRepair.apply(show.getSlideMasters(), show.getPageSize());
    int samples = show.getSlides().size();
    List<XSLFSlideLayout> ranked = rank(show);
    for (int i = samples - 1; i >= 0 && !keepSamples; i--) {
      show.removeSlide(i);
    }
    return new Theme(show, samples, ranked);
  }

  /**
   * Removes the theme's thumbnail, the picture a file browser shows for the file: it shows the
   * theme's own sample slide, not the deck. PowerPoint makes a new one when it saves the deck.
   */
  private static void dropThumbnail(OPCPackage pkg) {
    for (PackageRelationship thumbnail :
        pkg.getRelationshipsByType(PackageRelationshipTypes.THUMBNAIL)) {
      if (thumbnail.getTargetMode() == TargetMode.EXTERNAL) {
        continue; // not in the file, so nothing to carry
      }
      try {
        pkg.removePart(PackagingURIHelper.createPartName(thumbnail.getTargetURI()));
        pkg.removeRelationship(thumbnail.getId());
      } catch (InvalidFormatException | IllegalArgumentException e) {
        // A thumbnail named oddly stays: it is only a picture, and the theme is still good.
      }
    }
  }

  /**
   * Every layout, in the order lookups try them: first those the theme's own sample slides use,
   * then the rest of the masters that hold a sample content slide, then the others, each group
   * in theme order. LibreOffice's templates repeat every layout on a title master and a content
   * master, and their sample slides show which is meant for what.
   */
  private static List<XSLFSlideLayout> rank(XMLSlideShow show) {
    Set<XSLFSlideLayout> used = new java.util.HashSet<>();
    Set<XSLFSlideMaster> contentMasters = new java.util.HashSet<>();
    for (var slide : show.getSlides()) {
      XSLFSlideLayout layout = slide.getSlideLayout();
      used.add(layout);
      if (Placeholders.kinds(layout).contains(Placeholder.CONTENT)
          || Placeholders.kinds(layout).contains(Placeholder.BODY)) {
        contentMasters.add(layout.getSlideMaster());
      }
    }
    List<XSLFSlideLayout> all = new ArrayList<>();
    show.getSlideMasters().forEach(master -> all.addAll(List.of(master.getSlideLayouts())));
    all.sort(java.util.Comparator.comparingInt(layout -> used.contains(layout) ? 0
        : contentMasters.contains(layout.getSlideMaster()) ? 1 : 2));
    return List.copyOf(all);
  }

  /**
   * Makes the notes master now, when a theme without one has several masters (LibreOffice
   * exports three). POI names a new notes master's theme part after the theme parts the
   * presentation itself refers to, which is only the first master's; the name it picks then
   * clashes with the second master's theme. So the presentation refers to every master's theme
   * while the notes master is made, and no longer afterwards.
   */
  private static void prepareNotesMaster(XMLSlideShow show) {
    if (show.getSlideMasters().size() < 2 || show.getCTPresentation().isSetNotesMasterIdLst()) {
      return;
    }
    List<String> added = new ArrayList<>();
    Set<Object> related = new java.util.HashSet<>(show.getRelations());
    for (XSLFSlideMaster master : show.getSlideMasters()) {
      if (master.getTheme() != null && related.add(master.getTheme())) {
        added.add(show.addRelation(null, XSLFRelation.THEME, master.getTheme())
            .getRelationship().getId());
      }
    }
    show.getNotesMaster();
    added.forEach(id -> show.getPackagePart().removeRelationship(id));
  }

  /** How many slides the theme file itself carried. */
  int sampleSlides() {
    return sampleSlides;
  }

  XMLSlideShow show() {
    return show;
  }

  /** Where this deck's slides get their pictures. */
  Pictures pictures() {
    return pictures;
  }

  /** The slide size in points, as the theme sets it. */
  Dimension2D slideSize() {
    return show.getPageSize();
  }

  /** The layout called {@code name}, ignoring case; of several, the first in lookup order. */
  Optional<XSLFSlideLayout> layout(String name) {
    return ranked.stream().filter(layout -> layout.getName() != null
        && layout.getName().equalsIgnoreCase(name.strip())).findFirst();
  }

  /** Every layout of every master, in lookup order (see {@link #rank}). */
  List<XSLFSlideLayout> layouts() {
    return ranked;
  }

  /**
   * The layout's OOXML type ({@code title}, {@code obj}, {@code secHead} …); {@code cust} when
   * it has none, as the schema defaults it.
   */
  static String type(XSLFSlideLayout layout) {
    var xml = layout.getXmlObject();
    return xml.isSetType() ? xml.getType().toString() : "cust";
  }

  /** The first layout, in lookup order, whose type is {@code type}. */
  Optional<XSLFSlideLayout> layoutOfType(String type) {
    return layouts().stream().filter(layout -> type(layout).equals(type)).findFirst();
  }

  /** Every layout name once, in theme order, for "it has: …" messages. */
  List<String> layoutNames() {
    Set<String> seen = new LinkedHashSet<>();
    List<String> names = new ArrayList<>();
    for (XSLFSlideMaster master : show.getSlideMasters()) {
      for (XSLFSlideLayout layout : master.getSlideLayouts()) {
        String name = layout.getName();
        if (name != null && seen.add(name.toLowerCase(Locale.ROOT))) {
          names.add(name);
        }
      }
    }
    return names;
  }

  @Override
  public void close() throws IOException {
    show.close();
  }
}
