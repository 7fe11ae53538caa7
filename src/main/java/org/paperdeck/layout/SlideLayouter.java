package org.paperdeck.layout;

import static org.paperdeck.layout.LayoutRules.BODY_FLOOR;
import static org.paperdeck.layout.LayoutRules.BODY_START;
import static org.paperdeck.layout.LayoutRules.CONTINUED;
import static org.paperdeck.layout.LayoutRules.DID_NOT_FIT;
import static org.paperdeck.layout.LayoutRules.NOTES_SIZE;
import static org.paperdeck.layout.LayoutRules.PAPER_FLOOR;
import static org.paperdeck.layout.LayoutRules.TITLE_FLOOR;
import static org.paperdeck.layout.LayoutRules.TITLE_START;

import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.plan.DeckPlan;
import org.paperdeck.plan.PlanBlock;
import org.paperdeck.plan.PlanImage;
import org.paperdeck.plan.Run;
import org.paperdeck.plan.SlidePlan;
import org.paperdeck.plan.SlideRole;

/**
 * Decides the slides of one plan on one theme, in order: layout, logos, QR code, pictures,
 * title, subtitle, body and notes, and the "(cont.)" slides a continued body needs. Holds that
 * run's theme, diagnostics and the slides decided so far.
 */
final class SlideLayouter {
  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

  private final ThemeGeometry theme;
  private final QrCodes codes;
  private final String templateName;
  private final Diagnostics diagnostics;
  private final LayoutChooser layouts;
  private final String deckFooter;
  /** What follows a continued slide's title, in the talk's language. */
  private final String continued;
  private final List<SlideLayout> slides = new ArrayList<>();
  private final ImageFiles images;
  /** Body sizes below their floor already reported: one message for a template's habit. */
  private final Set<String> belowFloorSaid = new HashSet<>();

  SlideLayouter(ThemeGeometry theme, QrCodes codes, String themeName, String templateName,
      Diagnostics diagnostics, DeckPlan deck) {
    this.theme = theme;
    this.codes = codes;
    this.templateName = templateName;
    this.diagnostics = diagnostics;
    this.layouts = new LayoutChooser(theme, themeName, deck.layouts(), diagnostics);
    this.deckFooter = deck.footer();
    this.images = new ImageFiles(theme.width(), theme.height());
    this.continued = deck.continued() != null ? deck.continued() : CONTINUED;
  }

  List<SlideLayout> slides() {
    return List.copyOf(slides);
  }

  void layOut(SlidePlan plan) {
    SourcePos pos = new SourcePos(templateName, Math.max(1, plan.planLine()), 1);
    Optional<ThemeGeometry.Layout> layout = layouts.layoutFor(plan, pos);
    if (layout.isEmpty()) {
      return;
    }
    List<PlanBlock> notes = new ArrayList<>(plan.notes());
    SlideDraft slide = newSlide(layout.get(), plan);
    List<Flow.Unit> units = Flow.units(plan.body());
    List<PlanImage> bodyImages = plan.images().stream().filter(i -> i.corner() == null).toList();
    CornerPlacer.place(slide, plan.images(), theme, images,
        problem -> diagnostics.error(pos, problem),
        notice -> diagnostics.warning(at(plan, pos), notice));
    if (plan.qrHref() != null) {
      QrPlacer.place(codes, slide, plan.qrHref(), units, !bodyImages.isEmpty(), theme,
          problem -> diagnostics.warning(pos, slideName(plan) + ": " + problem));
    }
    ImagePlacer.place(slide, bodyImages, !units.isEmpty(), theme, images,
        problem -> diagnostics.error(pos, problem),
        notice -> diagnostics.warning(at(plan, pos), notice));
    title(slide, slide.title(), plan.title(), List.of(), notes, at(plan, pos));
    int body = slide.body();
    if (!plan.subtitle().isEmpty()) {
      int target = slide.subtitle() >= 0 ? slide.subtitle() : units.isEmpty() ? body : -1;
      if (target == body) {
        body = -1;
      }
      subtitle(slide, target, plan, layout.get().name(), notes, at(plan, pos));
    }
    if (body < 0 && plan.subtitle().isEmpty() && slide.subtitle() >= 0) {
      body = slide.subtitle(); // a section slide on a title layout: its text goes under the title
    }
    double floor = floor(plan);
    if (!units.isEmpty() && plan.bodySize() > 0 && plan.bodySize() < floor) {
      belowFloor(plan, floor, pos);
    }
    List<List<Flow.Unit>> pages = List.of(units);
    TableBody tables = null;
    if (!units.isEmpty() && body < 0) {
      diagnostics.warning(at(plan, pos), slideName(plan) + ": layout '" + layout.get().name()
          + "' has no body placeholder; the body went to the speaker notes");
      moveToNotes(notes, units);
      pages = List.of();
    } else if (TableBody.applies(units)) {
      tables = tables(slide, body, units, plan, pos);
      pages = tables.blocks().stream().map(Flow::units).toList();
    } else if (!units.isEmpty() && plan.overflow() == SlidePlan.Overflow.CONTINUE
        && !PictureBody.applies(units)) {
      TextFitter.Area area = slide.area(body).withFloor(floor);
      double start = bodyStart(slide, body, plan);
      if (!TextFitter.fit(Flow.paras(units), start, floor, area).fits()) {
        pages = BodyPages.split(units, Math.max(floor, Math.floor((start + floor) / 2)), area,
            continued);
      }
    }
    if (pages.isEmpty()) {
      notes(slide, notes);
      slides.add(slide.done());
    }
    for (int page = 0; page < pages.size(); page++) {
      List<PlanBlock> pageNotes = page == 0 ? notes : new ArrayList<>();
      if (page > 0) {
        slide = continued(layout.get(), plan, pageNotes, pos);
        if (tables == null) { // a table's split has its own warning
          diagnostics.warning(at(pages.get(page).get(0), plan, pos), continues(pages.get(page))
              + " continues on slide " + slide.number(),
              page == 1 ? "shorten the text, or set vars.overflow=notes to move it to the"
                  + " speaker notes instead" : null);
        }
        body = slide.body();
      }
      if (tables != null) {
        tables.place(slide, body, page);
      } else {
        List<Flow.Unit> rest = body(slide, body, pages.get(page), plan, pageNotes, pos);
        // Display math and figures that do not fit go on, a slide at a time.
        while (!rest.isEmpty() && plan.overflow() == SlidePlan.Overflow.CONTINUE) {
          notes(slide, pageNotes);
          slides.add(slide.done());
          pageNotes = new ArrayList<>();
          slide = continued(layout.get(), plan, pageNotes, pos);
          diagnostics.warning(at(rest.get(0), plan, pos), continues(rest) + " continues on slide "
              + slide.number());
          List<Flow.Unit> before = rest;
          rest = body(slide, slide.body(), rest, plan, pageNotes, pos);
          if (rest.size() >= before.size()) {
            moveToNotes(pageNotes, rest);
            warnOverflow(at(rest.get(0), plan, pos), plan, rest.size(), floor);
            break;
          }
        }
      }
      notes(slide, pageNotes);
      slides.add(slide.done());
    }
  }

  /** A "(cont.)" slide of {@code plan}: its title with the mark, the logos, no problems again. */
  private SlideDraft continued(ThemeGeometry.Layout layout, SlidePlan plan, List<PlanBlock> notes,
      SourcePos pos) {
    SlideDraft slide = newSlide(layout, plan);
    // A "(cont.)" slide keeps the logo; its problems were reported on the first slide.
    CornerPlacer.place(slide, plan.images(), theme, images, problem -> { }, notice -> { });
    title(slide, slide.title(), plan.title(), List.of(Run.plain(continued)), notes,
        at(plan, pos));
    return slide;
  }

  /**
   * Says, once for each pair of sizes, that a body asked to start below its floor starts at the
   * floor: the template's {@code <body size>} and the floor ({@code <body floor>},
   * {@code vars.paperFloor}) disagree, and the smaller size is not what the slide shows.
   */
  private void belowFloor(SlidePlan plan, double floor, SourcePos pos) {
    String finding = "the body's size, " + points(plan.bodySize()) + " pt, is below its floor, "
        + points(floor) + " pt; it starts at the floor";
    if (belowFloorSaid.add(finding)) {
      diagnostics.warning(pos, slideName(plan) + ": " + finding + " (and so on every slide that"
          + " asks the same)", "give <body size> at least the floor, or lower the floor"
          + " (body@floor, vars.paperFloor)");
    }
  }

  /** Points as written: whole points without a fraction. */
  private static String points(double size) {
    return size == Math.rint(size) ? String.valueOf((long) size) : String.valueOf(size);
  }

  /** The body's smallest size on this slide: the plan's, or 18 pt on paper slides, or 14. */
  private static double floor(SlidePlan plan) {
    if (plan.bodyFloor() > 0) {
      return plan.bodyFloor();
    }
    SlideRole role = plan.look().role();
    return role == SlideRole.PAPER || role == SlideRole.PAPER_WITH_FIGURE ? PAPER_FLOOR
        : BODY_FLOOR;
  }

  private static double bodyStart(SlideDraft slide, int shape, SlidePlan plan) {
    double start = plan.bodySize() > 0 ? plan.bodySize()
        : Math.min(BODY_START, slide.inheritedSize(shape));
    return Math.max(start, floor(plan));
  }

  /** The notes-file position of the slide, or its plan position when the plan gives none. */
  private static SourcePos at(SlidePlan plan, SourcePos pos) {
    return plan.at() != null ? plan.at() : pos;
  }

  /** The notes-file position of a unit of the body, else of its slide, else the plan's. */
  private static SourcePos at(Flow.Unit unit, SlidePlan plan, SourcePos pos) {
    SourcePos own = null;
    if (unit.block() instanceof PlanBlock.Paragraph p) {
      own = p.at();
    } else if (unit.block() instanceof PlanBlock.ListBlock list && !list.items().isEmpty()) {
      own = list.items().get(0).at();
    }
    return own != null ? own : at(plan, pos);
  }

  /** "\"Method\"" or "\"The first words of a paragraph…\"": what a continuation starts with. */
  private static String continues(List<Flow.Unit> units) {
    List<Flow.Para> paras = Flow.paras(units.subList(0, 1));
    String text = paras.isEmpty() ? "" : RunCuts.text(paras.get(0).runs()).strip()
        .replaceAll("\\s+", " ");
    if (text.length() > 40) {
      int cut = text.lastIndexOf(' ', 39);
      text = text.substring(0, cut > 10 ? cut : 39) + "…";
    }
    return "\"" + text + "\"";
  }

  /** A slide on {@code layout} with the deck's footer, number and accent. */
  private SlideDraft newSlide(ThemeGeometry.Layout layout, SlidePlan plan) {
    SlidePlan.Look look = plan.look();
    boolean numbered = look.role() != null ? look.role().numbered()
        : !layout.type().equals("title");
    String footer = look.footer() != null ? look.footer() : deckFooter;
    int number = slides.size() + 1;
    int size = footerSize(layout, numbered, footer);
    return new SlideDraft(theme, layout, number, new SlideLayout.Decor(look.accent(), numbered,
        FooterFit.shorten(footer, size > 0 ? size : footerThemeSize(layout), footerWidth(layout)),
        size), at(plan, new SourcePos(templateName, Math.max(1, plan.planLine()), 1)),
        look.role() != null ? look.role().planName() : layout.name());
  }

  /**
   * The footer's type size: themes size their footer box for a date or a short name, so a
   * talk's title gets the size that fits the box on one line, never more than 14 pt nor less
   * than 8. 0 when the box has no width of its own to fit to, and the theme's size stays.
   */
  private static int footerSize(ThemeGeometry.Layout layout, boolean numbered, String footer) {
    if (!numbered || footer == null || footer.isBlank()) {
      return 0;
    }
    for (ThemeGeometry.Placeholder p : layout.placeholders()) {
      if (p.kind() == ThemeGeometry.Kind.FOOTER) {
        if (!p.ownBox()) {
          return 0;
        }
        double width = p.box().width() - 14.4;
        var font = MeasureFonts.SANS.face(false, false);
        double perPoint = font.getStringBounds(footer.strip(), FRC).getWidth();
        return (int) Math.max(8, Math.min(14, Math.floor(width * 0.95 / perPoint)));
      }
    }
    return 0;
  }

  /** The type size the theme gives its footer; 12 pt when it says none. */
  private static int footerThemeSize(ThemeGeometry.Layout layout) {
    return layout.placeholders().stream().filter(p -> p.kind() == ThemeGeometry.Kind.FOOTER)
        .map(ThemeGeometry.Placeholder::size).filter(java.util.Objects::nonNull)
        .mapToInt(size -> (int) Math.ceil(size)).findFirst().orElse(12);
  }

  /** The room for text in the layout's footer box, or 0 when it has none. */
  private static double footerWidth(ThemeGeometry.Layout layout) {
    return layout.placeholders().stream().filter(p -> p.kind() == ThemeGeometry.Kind.FOOTER)
        .mapToDouble(p -> p.box().width() - p.insets().left() - p.insets().right())
        .findFirst().orElse(0);
  }

  /**
   * Sets the title {@code runs} in the title box {@code shape}, followed by {@code marker} (a
   * continued slide's "(cont.)"), which stays whole when the title is shortened to fit. A layout
   * without a title box sends the title to the speaker notes, said once, on the first slide.
   */
  private void title(SlideDraft slide, int shape, List<Run> runs, List<Run> marker,
      List<PlanBlock> notes, SourcePos pos) {
    if (runs.isEmpty()) {
      return;
    }
    if (shape < 0) {
      if (marker.isEmpty()) {
        notes.add(0, new PlanBlock.Paragraph(runs, null));
        diagnostics.warning(pos, "slide " + slide.number() + ": layout '"
            + slide.layout().name() + "' has no title placeholder; the title went to the"
            + " speaker notes", "name a layout with a title for these slides with <layouts …/>"
            + " in the deck plan");
      }
      return;
    }
    double inheritedSize = slide.inheritedSize(shape);
    boolean bold = slide.placeholder(shape).bold();
    TextFitter.Area area = slide.area(shape);
    List<Flow.Para> paras = List.of(titlePara(runs, marker, bold));
    // A theme whose title style says nothing (LibreOffice's) leaves POI's 18 pt default, below
    // the floor: the title then starts at the floor rather than never fitting.
    TextFitter.Fit fit = TextFitter.fit(paras,
        Math.max(TITLE_FLOOR, Math.min(TITLE_START, inheritedSize)), TITLE_FLOOR, area);
    if (!fit.fits()) {
      // Cut at a word end with an ellipsis; the whole title heads the speaker notes.
      RunCuts.Cut cut = TextFitter.longestFittingHead(runs, RunCuts.wordEnds(RunCuts.text(runs)),
          head -> List.of(titlePara(head, marker, bold)), TITLE_FLOOR, area);
      if (cut != null) {
        paras = List.of(titlePara(RunCuts.withEllipsis(cut.head()), marker, bold));
        notes.add(0, new PlanBlock.Paragraph(runs, null));
      }
      diagnostics.warning(pos, "slide " + slide.number() + ": the title does not fit its"
          + " placeholder even at " + (int) TITLE_FLOOR + " pt; it is shortened on the slide"
          + " and given whole in the speaker notes", "shorten the title");
    }
    slide.text(shape, Typeset.of(paras, fit.size(), true));
  }

  private static Flow.Para titlePara(List<Run> runs, List<Run> marker, boolean bold) {
    List<Run> all = new ArrayList<>(runs);
    all.addAll(marker);
    return new Flow.Para(all, 0, Flow.Marker.NONE, 0, null, bold);
  }

  private void subtitle(SlideDraft slide, int shape, SlidePlan plan, String layoutName,
      List<PlanBlock> notes, SourcePos pos) {
    PlanBlock subtitle = new PlanBlock.Paragraph(plan.subtitle(), null);
    if (shape < 0) {
      diagnostics.warning(pos, slideName(plan) + ": layout '" + layoutName
          + "' has no place for a subtitle; it went to the speaker notes");
      moveToNotes(notes, Flow.units(List.of(subtitle)));
      return;
    }
    List<Flow.Para> paras = Flow.paras(Flow.units(List.of(subtitle)));
    double start = Math.min(BODY_START, slide.inheritedSize(shape));
    TextFitter.Fit fit = TextFitter.fit(paras, start, BODY_FLOOR, slide.area(shape));
    slide.text(shape, Typeset.of(paras, fit.size(), true));
  }

  /**
   * Puts {@code units} on the slide's body at the largest size that fits. What does not fit even
   * at the floor goes to the notes, except display math and figures on a continued slide, which
   * are handed back to go on the next slide.
   */
  private List<Flow.Unit> body(SlideDraft slide, int shape, List<Flow.Unit> units,
      SlidePlan plan, List<PlanBlock> notes, SourcePos pos) {
    if (shape < 0 || units.isEmpty()) {
      return List.of();
    }
    double floor = floor(plan);
    TextFitter.Area area = slide.area(shape).withFloor(floor);
    double start = bodyStart(slide, shape, plan);
    if (PictureBody.applies(units)) {
      // Display math and figures: text boxes and pictures stacked in reading order.
      PictureBody.Result stacked = PictureBody.layOut(slide, shape, units, start, floor, images);
      stacked.problems().forEach(p -> diagnostics.warning(at(plan, pos), slideName(plan) + ": "
          + p));
      if (!stacked.rest().isEmpty() && plan.overflow() == SlidePlan.Overflow.CONTINUE) {
        return stacked.rest();
      }
      if (!stacked.rest().isEmpty()) {
        moveToNotes(notes, stacked.rest());
        warnOverflow(at(stacked.rest().get(0), plan, pos), plan, stacked.rest().size(), floor);
      }
      return List.of();
    }
    TextFitter.Fit fit = TextFitter.fit(Flow.paras(units), start, floor, area);
    List<Flow.Unit> kept = units;
    if (!fit.fits()) {
      TextFitter.Split split = TextFitter.keepFitting(units, floor, area);
      kept = new ArrayList<>(split.kept());
      List<Flow.Unit> rest = new ArrayList<>(split.rest());
      // A long paragraph keeps the sentences that fit, rather than leaving the slide bare.
      if (rest.get(0).block() instanceof PlanBlock.Paragraph paragraph) {
        List<Flow.Unit> before = List.copyOf(kept);
        RunCuts.Cut cut = TextFitter.longestFittingHead(paragraph.runs(),
            RunCuts.sentenceEnds(RunCuts.text(paragraph.runs())),
            head -> Flow.paras(append(before, new PlanBlock.Paragraph(head, paragraph.styleClass()))),
            floor, area);
        if (cut != null) {
          kept.add(new Flow.Unit(new PlanBlock.Paragraph(RunCuts.withEllipsis(cut.head()),
              paragraph.styleClass()), 1));
          rest.set(0, new Flow.Unit(new PlanBlock.Paragraph(cut.tail(), paragraph.styleClass(),
              paragraph.at()), 1));
        }
      }
      moveToNotes(notes, rest);
      warnOverflow(at(rest.get(0), plan, pos), plan, rest.size(), floor);
    }
    if (!kept.isEmpty()) {
      slide.text(shape, Typeset.of(Flow.paras(kept), fit.size(), true, floor));
    }
    return List.of();
  }

  /**
   * A body with tables, whatever its overflow: a table that does not fit is split by rows onto
   * "(cont.)" slides, since rows moved to the speaker notes would no longer be a table.
   */
  private TableBody tables(SlideDraft slide, int shape, List<Flow.Unit> units, SlidePlan plan,
      SourcePos pos) {
    double floor = floor(plan);
    double start = bodyStart(slide, shape, plan);
    TableBody tables = TableBody.of(units, slide, shape, start, floor,
        Math.max(floor, Math.floor((start + floor) / 2)), plan.look().accent());
    if (tables.pageCount() > 1) {
      diagnostics.warning(at(plan, pos), slideName(plan) + ": the body with its table does not fit on one"
          + " slide even at " + (int) floor + " pt; the table continues by rows on "
          + (tables.pageCount() - 1) + " \"(cont.)\" slide(s), its header row repeated",
          "shorten the table, or split it in the notes");
    }
    if (tables.overfull()) {
      diagnostics.warning(at(plan, pos), slideName(plan) + ": a table row or paragraph is taller than the"
          + " whole body; it runs past the body's box", "shorten that row's cells");
    }
    return tables;
  }

  private void warnOverflow(SourcePos pos, SlidePlan plan, int moved, double floor) {
    diagnostics.warning(pos, slideName(plan) + ": the body does not fit even at "
        + (int) floor + " pt; the last " + moved + " of its blocks or list items"
        + " (or parts of them) went to the speaker notes",
        plan.overflow() == SlidePlan.Overflow.CONTINUE ? "shorten the text"
            : "shorten the text, or leave out overflow=\"notes\" (vars.overflow=notes) to"
            + " continue it on more slides");
  }

  private static List<Flow.Unit> append(List<Flow.Unit> units, PlanBlock block) {
    List<Flow.Unit> out = new ArrayList<>(units);
    out.add(new Flow.Unit(block, 1));
    return out;
  }

  /**
   * Adds to the notes what the slide could not show, under a heading, leaving out what the
   * notes already say: a template's notes often repeat the body, and a presenter should read
   * each piece of text once.
   */
  private static void moveToNotes(List<PlanBlock> notes, List<Flow.Unit> units) {
    if (units.isEmpty()) {
      return;
    }
    String said = plainText(Flow.paras(Flow.units(notes)));
    List<Flow.Unit> unsaid = units.stream()
        .filter(unit -> !said.contains(plainText(Flow.paras(List.of(unit))))).toList();
    if (unsaid.isEmpty()) {
      return;
    }
    notes.add(new PlanBlock.Paragraph(List.of(Run.plain(DID_NOT_FIT)), null));
    notes.addAll(Flow.blocks(unsaid));
  }

  /** The paragraphs' text with whitespace folded, one paragraph a line. */
  private static String plainText(List<Flow.Para> paras) {
    StringBuilder sb = new StringBuilder();
    for (Flow.Para p : paras) {
      sb.append(RunCuts.text(p.runs()).replaceAll("\\s+", " ").strip()).append('\n');
    }
    return sb.toString();
  }

  private static void notes(SlideDraft slide, List<PlanBlock> notes) {
    if (!notes.isEmpty()) {
      slide.notes(Typeset.of(Flow.paras(Flow.units(notes)), NOTES_SIZE, false));
    }
  }

  /** The number of the slide decided last: the one being decided now. */
  private int slideNumber() {
    return slides.size() + 1;
  }

  private String slideName(SlidePlan plan) {
    return "slide " + slideNumber() + " \"" + plan.titleText() + "\"";
  }
}
