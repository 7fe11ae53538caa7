package org.paperdeck.pptx;

import java.awt.geom.Dimension2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.ContentTypes;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotesMaster;
import org.apache.poi.xslf.usermodel.XSLFRelation;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTheme;
import org.apache.xmlbeans.XmlException;

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
  private static final String THEME_TYPE = XSLFRelation.THEME.getContentType();
  /** How POI names theme parts, and how it reads their numbers. */
  private static final Pattern NUMBERED_THEME = Pattern.compile("/ppt/theme/theme\\d+\\.xml");
  /** The part every Office document has, naming the content type of each of its parts. */
  private static final String CONTENT_TYPES = "[Content_Types].xml";
  private static final String CORE_PROPERTIES_TYPE = ContentTypes.CORE_PROPERTIES_PART;
  private static final String SHOW_TYPE =
      "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml";
  /** The slide sizes the schema allows (ST_SlideSizeCoordinate), in points: 1 to 56 inches. */
  private static final double MIN_SIDE = 72;
  private static final double MAX_SIDE = 56 * 72;

  private final XMLSlideShow show;
  private final int sampleSlides;
  private final List<XSLFSlideLayout> ranked;
  private final Pictures pictures;
  private final Artwork artwork;

  private Theme(XMLSlideShow show, int sampleSlides, List<XSLFSlideLayout> ranked,
      Artwork artwork) {
    this.show = show;
    this.artwork = artwork;
    this.sampleSlides = sampleSlides;
    this.ranked = ranked;
    this.pictures = new Pictures(show.getPackage());
  }

  /** Opens the theme's bytes; throws, saying why, when they are not a theme POI can use. */
  static Theme open(byte[] bytes) throws IOException {
    return open(bytes, false);
  }

  /**
   * Opens the theme's bytes, dropping its sample slides unless {@code keepSamples} (inspection
   * only counts them).
   */
  static Theme open(byte[] bytes, boolean keepSamples) throws IOException {
    Theme theme = openForReading(bytes);
    try {
      theme.finishOpening(keepSamples);
    } catch (IOException e) {
      theme.close();
      throw e;
    }
    return theme;
  }

  /**
   * Opens and repairs the theme's bytes as far as reading its layouts needs
   * ({@link ThemeReader}): its sample slides are still in it and its notes master may be
   * missing, until {@link #finishOpening} has run. Split so that a deck's layout can be decided
   * while the rest is done (docs/performance.md, "Fourteenth round").
   */
  static Theme openForReading(byte[] bytes) throws IOException {
    ThemeFile.check(bytes);
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
    } catch (InvalidFormatException | IOException | RuntimeException e) {
      throw ThemeFile.lists(bytes, CONTENT_TYPES)
          ? ThemeFile.damaged("its list of parts (" + CONTENT_TYPES + ") or of links between"
              + " parts (.rels) is broken or incomplete")
          : new IOException("not a .pptx or .potx file: the zip archive is not an Office"
              + " document");
    }
    try {
      asPresentation(pkg);
      dropThumbnail(pkg);
      checkProperties(pkg);
      checkLinks(pkg);
      dropLinksToNothing(pkg);
      XMLSlideShow show = new XMLSlideShow(pkg);
      checkParts(show);
      // The document properties are parsed only when the deck is saved: a damaged one would
      // fail then, after the work, so it is read now, while the theme can still be refused.
      show.getProperties();
      int samples = show.getSlides().size();
      for (int i = samples - 1; i >= 0; i--) {
        // A sample slide whose layout is missing shows nothing a deck could use.
        if (show.getSlides().get(i).getRelations().stream()
            .noneMatch(XSLFSlideLayout.class::isInstance)) {
          show.removeSlide(i);
        }
      }
      dropSlideIdsWithoutSlides(show);
      Artwork artwork = new Artwork(show.getPageSize());
      LayoutRepair.apply(show.getSlideMasters(), show.getPageSize(), artwork);
      readTypedValues(show);
      List<XSLFSlideLayout> ranked = rank(show);
      return new Theme(show, samples, ranked, artwork);
    } catch (RuntimeException e) {
      IOException explained = ThemeFile.explain(e, pkg);
      pkg.revert();
      throw explained;
    } catch (IOException e) {
      pkg.revert();
      throw e;
    }
  }

  /**
   * Does what {@link #openForReading} left: makes the notes master when the file has none, and
   * drops the sample slides unless {@code keepSamples}. The notes master is made from the first
   * sample slide, when there is one, as it was before the layouts were read. On failure the
   * theme is of no use; the caller closes it.
   */
  void finishOpening(boolean keepSamples) throws IOException {
    try {
      prepareNotesMaster(show);
      for (int i = show.getSlides().size() - 1; i >= 0 && !keepSamples; i--) {
        show.removeSlide(i);
      }
    } catch (XmlException | RuntimeException e) {
      throw ThemeFile.explain(e, show.getPackage());
    }
  }

  /**
   * Checks that the package is a presentation, template or slide show, and has a template or
   * slide show say "presentation" in its main part's content type: a deck saved with another
   * type is not a file PowerPoint opens as a presentation.
   */
  private static void asPresentation(OPCPackage pkg) throws IOException {
    var main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
    PackagePart part = main.isEmpty() ? null : pkg.getPart(main.getRelationship(0));
    if (part == null) {
      throw new IOException("not a .pptx or .potx file: the zip archive holds no Office document");
    }
    String type = part.getContentType();
    if (type.equals(TEMPLATE_TYPE) || type.equals(SHOW_TYPE)) {
      pkg.replaceContentType(type, PRESENTATION_TYPE);
    } else if (type.contains(".macroEnabled.")) {
      throw new IOException("a presentation with macros (.pptm or .potm) would pass them on to"
          + " every deck; save it as .pptx or .potx, without macros");
    } else if (!type.equals(PRESENTATION_TYPE)) {
      throw new IOException("not a presentation or template but " + kindOf(type)
          + "; a theme is a .pptx or .potx file");
    }
  }

  private static String kindOf(String contentType) {
    return contentType.contains("wordprocessingml") ? "a Word document"
        : contentType.contains("spreadsheetml") ? "a spreadsheet"
        : "another kind of Office file";
  }

  /**
   * What a theme must have for a deck: its masters and layouts present, each master with its
   * theme part (colours and fonts), and a slide size PowerPoint accepts. POI reads a master
   * the presentation lists but the file lacks as nothing, and draws a slide of any size.
   */
  private static void checkParts(XMLSlideShow show) throws IOException {
    List<XSLFSlideMaster> masters = show.getSlideMasters();
    if (masters.isEmpty()) {
      throw new IOException("the theme has no slide master, so no layouts to make slides on");
    }
    int layouts = 0;
    for (int i = 0; i < masters.size(); i++) {
      XSLFSlideMaster master = masters.get(i);
      if (master == null) {
        throw ThemeFile.damaged("slide master " + (i + 1) + " of " + masters.size()
            + " is missing from the file");
      }
      if (master.getTheme() == null) {
        throw ThemeFile.damaged("slide master " + (i + 1) + " has no theme part (its colours"
            + " and fonts)");
      }
      layouts += master.getSlideLayouts().length;
    }
    if (layouts == 0) {
      throw new IOException("the theme has no slide layouts to make slides on");
    }
    Dimension2D size = show.getPageSize();
    if (!(size.getWidth() >= MIN_SIDE && size.getWidth() <= MAX_SIDE
        && size.getHeight() >= MIN_SIDE && size.getHeight() <= MAX_SIDE)) {
      throw new IOException(String.format(Locale.ROOT, "the slide size, %.0f × %.0f pt, is"
          + " outside what PowerPoint allows: %.0f to %.0f pt (1 to 56 inches) a side",
          size.getWidth(), size.getHeight(), MIN_SIDE, MAX_SIDE));
    }
  }

  /**
   * Drops a link to document properties the file does not hold, and refuses a part typed as the
   * document's core properties that no link names as them. POI keeps a link to nothing and adds
   * one to the properties it makes, and a deck with two such links no reader opens; a part
   * nothing names POI reads as a plain part and fails to save as properties, at the very end
   * of a build.
   */
  private static void checkProperties(OPCPackage pkg) throws IOException {
    for (String type : List.of(PackageRelationshipTypes.CORE_PROPERTIES,
        PackageRelationshipTypes.CORE_PROPERTIES_ECMA376)) {
      // It names nothing, so nothing of the theme is lost with it.
      toNothing(pkg, pkg.getRelationshipsByType(type))
          .forEach(link -> pkg.removeRelationship(link.getId()));
    }
    for (PackagePart part : pkg.getPartsByContentType(CORE_PROPERTIES_TYPE)) {
      if (!(part instanceof PackagePropertiesPart)) {
        throw ThemeFile.damaged("the part " + ThemeFile.shown(part.getPartName().getName())
            + " is marked as the document's properties, but nothing names it as them");
      }
    }
  }

  /** The links of {@code links} to parts inside the file that it does not hold. */
  private static List<PackageRelationship> toNothing(OPCPackage pkg,
      PackageRelationshipCollection links) {
    List<PackageRelationship> dangling = new ArrayList<>();
    for (PackageRelationship link : links) {
      if (link.getTargetMode() == TargetMode.INTERNAL && !holds(pkg, link)) {
        dangling.add(link);
      }
    }
    return dangling;
  }

  /**
   * Drops the presentation's links to parts the file does not hold. They name nothing, so
   * nothing is lost; but a deck's new slide may take the missing part's name, and then two
   * links name one slide, and PowerPoint and POI open the deck without it.
   */
  private static void dropLinksToNothing(OPCPackage pkg) throws IOException {
    PackagePart presentation = pkg.getPart(
        pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0));
    try {
      toNothing(pkg, presentation.getRelationships())
          .forEach(link -> presentation.removeRelationship(link.getId()));
    } catch (InvalidFormatException e) {
      throw ThemeFile.damaged("the links of its presentation part cannot be read");
    }
  }

  private static boolean holds(OPCPackage pkg, PackageRelationship link) {
    try {
      return pkg.containPart(PackagingURIHelper.createPartName(
          PackagingURIHelper.resolvePartUri(link.getSourceURI(), link.getTargetURI())));
    } catch (InvalidFormatException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Drops the entries of the presentation's slide list that name no slide (a sample slide whose
   * link was damaged): the sample slides are dropped anyway, and PowerPoint repairs a deck
   * whose list names a slide it lacks.
   */
  private static void dropSlideIdsWithoutSlides(XMLSlideShow show) {
    var presentation = show.getCTPresentation();
    if (!presentation.isSetSldIdLst()) {
      return;
    }
    var ids = presentation.getSldIdLst();
    for (int i = ids.sizeOfSldIdArray() - 1; i >= 0; i--) {
      String link = ids.getSldIdArray(i).getId2();
      var named = link == null ? null : show.getRelationPartById(link);
      if (named == null
          || !(named.getDocumentPart() instanceof org.apache.poi.xslf.usermodel.XSLFSlide)) {
        ids.removeSldId(i);
      }
    }
  }

  /**
   * Refuses a link inside the file whose target is a web address or another absolute name: POI
   * reads it, and fails only when it writes the link again, at the very end of a build.
   */
  private static void checkLinks(OPCPackage pkg) throws IOException {
    checkLinks(pkg.getRelationships(), "the file's list of its main parts ('_rels/.rels')");
    List<PackagePart> parts;
    try {
      parts = pkg.getParts();
    } catch (InvalidFormatException e) {
      throw ThemeFile.damaged("its list of parts cannot be read");
    }
    for (PackagePart part : parts) {
      if (part.isRelationshipPart()) {
        continue;
      }
      String name = "the part " + ThemeFile.shown(part.getPartName().getName());
      try {
        checkLinks(part.getRelationships(), name);
      } catch (InvalidFormatException e) {
        throw ThemeFile.damaged("the links of " + name + " cannot be read");
      }
    }
  }

  private static void checkLinks(PackageRelationshipCollection links, String owner)
      throws IOException {
    for (PackageRelationship link : links) {
      if (link.getTargetMode() == TargetMode.EXTERNAL) {
        continue;
      }
      URI target;
      try {
        target = link.getTargetURI();
      } catch (IllegalArgumentException e) {
        throw ThemeFile.damaged(owner + " has a link (" + ThemeFile.shown(link.getId())
            + ") to a web address or an absolute name, marked as a part inside the file");
      }
      if (!writable(link.getSourceURI(), target)) {
        throw ThemeFile.damaged(owner + " has a link (" + ThemeFile.shown(link.getId())
            + ") whose target, " + ThemeFile.shown(target.toString()) + ", is not a part"
            + " name (a space or line break at its end?)");
      }
    }
  }

  /**
   * Whether POI can write the link again when it saves the deck: it reads a target with a
   * trailing line break as a name ending in an escaped space, and only on saving finds it
   * cannot express that name relative to the link's owner.
   */
  private static boolean writable(URI source, URI target) {
    try {
      URI absolute = PackagingURIHelper.resolvePartUri(source, target);
      return PackagingURIHelper.relativizeURI(source, absolute, true) != null;
    } catch (RuntimeException e) {
      return false;
    }
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
   * Makes the notes master now, while the theme is being opened, when the file has none, so
   * that a theme on which POI cannot make one is refused here rather than failing the deck.
   * POI makes it from the first slide's theme, so a slide must exist, and names its theme part
   * after the theme parts the presentation itself links to: the name it picks can be one
   * another part already has (LibreOffice links only the first of its three masters' themes; a
   * handout master has a theme of its own). So, while the notes master is made, the
   * presentation links to every numbered theme part of the file.
   */
  private static void prepareNotesMaster(XMLSlideShow show) throws IOException, XmlException {
    if (show.getRelations().stream().anyMatch(XSLFNotesMaster.class::isInstance)) {
      return;
    }
    if (show.getCTPresentation().isSetNotesMasterIdLst()) {
      show.getCTPresentation().unsetNotesMasterIdLst(); // it names a master the file lacks
    }
    Map<PackagePart, XSLFTheme> themes = new HashMap<>();
    show.getSlideMasters().forEach(master ->
        themes.putIfAbsent(master.getTheme().getPackagePart(), master.getTheme()));
    Set<PackagePart> linked = new HashSet<>();
    for (var part : show.getRelations()) {
      if (part instanceof XSLFTheme) {
        linked.add(part.getPackagePart());
      }
    }
    List<String> added = new ArrayList<>();
    for (PackagePart part : show.getPackage().getPartsByContentType(THEME_TYPE)) {
      if (!linked.contains(part)
          && NUMBERED_THEME.matcher(part.getPartName().getName()).matches()) {
        XSLFTheme theme = themes.containsKey(part) ? themes.get(part) : new XSLFTheme(part);
        added.add(show.addRelation(null, XSLFRelation.THEME, theme).getRelationship().getId());
      }
    }
    boolean scratch = show.getSlides().isEmpty();
    if (scratch) {
      show.createSlide(firstLayout(show));
    }
    show.createNotesMaster();
    if (scratch) {
      show.removeSlide(0);
    }
    added.forEach(id -> show.getPackagePart().removeRelationship(id));
  }

  private static XSLFSlideLayout firstLayout(XMLSlideShow show) {
    return show.getSlideMasters().stream().flatMap(master -> Stream.of(master.getSlideLayouts()))
        .findFirst().orElseThrow();
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

  /** The artwork of the theme's layouts, as they were when the theme was repaired. */
  Artwork artwork() {
    return artwork;
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
   * Reads now the values XMLBeans checks only when they are first read and that inspecting
   * the theme or laying out a deck reads later (each layout's type, its placeholders' types and
   * numbers), so that one not of its kind refuses the theme here, in the same words for
   * {@code theme inspect} and a build.
   */
  private static void readTypedValues(XMLSlideShow show) {
    for (XSLFSlideMaster master : show.getSlideMasters()) {
      for (XSLFSlideLayout layout : master.getSlideLayouts()) {
        type(layout);
        Placeholders.kinds(layout);
      }
    }
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
