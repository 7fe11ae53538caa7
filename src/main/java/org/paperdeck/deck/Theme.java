package org.paperdeck.deck;

import java.awt.geom.Dimension2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;

/**
 * A theme file (.pptx or .potx) opened as the start of a new deck: its masters and layouts, with
 * its own sample slides removed. Layouts are found by name, case-insensitively, across every
 * master; the slide size is the theme's. One {@code Theme} makes one deck.
 */
final class Theme implements AutoCloseable {
  private static final String TEMPLATE_TYPE =
      "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml";
  private static final String PRESENTATION_TYPE =
      "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml";

  private final XMLSlideShow show;

  private Theme(XMLSlideShow show) {
    this.show = show;
  }

  /** Opens the theme's bytes; throws when they are not a PowerPoint file at all. */
  static Theme open(byte[] bytes) throws IOException {
    XMLSlideShow show;
    try {
      OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
      // A .potx says "template" in its main part's content type; a file saved with it is not a
      // presentation PowerPoint will open, so the deck must say "presentation".
      if (!pkg.getPartsByContentType(TEMPLATE_TYPE).isEmpty()) {
        pkg.replaceContentType(TEMPLATE_TYPE, PRESENTATION_TYPE);
      }
      show = new XMLSlideShow(pkg);
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException
        | org.apache.poi.ooxml.POIXMLException | IllegalArgumentException e) {
      throw new IOException("not a PowerPoint file: " + e.getMessage(), e);
    }
    for (int i = show.getSlides().size() - 1; i >= 0; i--) {
      show.removeSlide(i);
    }
    return new Theme(show);
  }

  XMLSlideShow show() {
    return show;
  }

  /** The slide size in points, as the theme sets it. */
  Dimension2D slideSize() {
    return show.getPageSize();
  }

  /** The layout called {@code name}, ignoring case; the first master's wins a tie. */
  Optional<XSLFSlideLayout> layout(String name) {
    for (XSLFSlideMaster master : show.getSlideMasters()) {
      for (XSLFSlideLayout layout : master.getSlideLayouts()) {
        if (layout.getName() != null && layout.getName().equalsIgnoreCase(name.strip())) {
          return Optional.of(layout);
        }
      }
    }
    return Optional.empty();
  }

  /** Every layout of every master, in theme order. */
  List<XSLFSlideLayout> layouts() {
    List<XSLFSlideLayout> all = new ArrayList<>();
    show.getSlideMasters().forEach(master -> all.addAll(List.of(master.getSlideLayouts())));
    return all;
  }

  /**
   * The layout's OOXML type ({@code title}, {@code obj}, {@code secHead} …); {@code cust} when
   * it has none, as the schema defaults it.
   */
  static String type(XSLFSlideLayout layout) {
    var xml = layout.getXmlObject();
    return xml.isSetType() ? xml.getType().toString() : "cust";
  }

  /** The first layout, first master first, whose type is {@code type}. */
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
