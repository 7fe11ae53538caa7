package org.paperdeck.deck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.diagnostics.SourcePos;

/** Lays out the slides of one plan on one theme; holds that run's theme and diagnostics. */
final class SlideWriter {
  static final double BODY_START = 24;
  static final double BODY_FLOOR = 14;
  static final double TITLE_START = 40;
  static final double TITLE_FLOOR = 24;
  static final double NOTES_SIZE = 12;
  static final String CONTINUED = " (cont.)";
  static final String DID_NOT_FIT = "(Did not fit on the slide:)";

  private final Theme theme;
  private final QrCodes codes;
  private final String themeName;
  private final String templateName;
  private final Diagnostics diagnostics;
  private final LayoutChooser layouts;
  private final String deckFooter;

  SlideWriter(Theme theme, QrCodes codes, String themeName, String templateName,
      Diagnostics diagnostics, DeckPlan deck) {
    this.theme = theme;
    this.codes = codes;
    this.themeName = themeName;
    this.templateName = templateName;
    this.diagnostics = diagnostics;
    this.layouts = new LayoutChooser(theme, themeName, deck.layouts(), diagnostics);
    this.deckFooter = deck.footer();
  }

  void write(SlidePlan plan) {
    SourcePos pos = new SourcePos(templateName, Math.max(1, plan.planLine()), 1);
    Optional<XSLFSlideLayout> layout = layouts.layoutFor(plan, pos);
    if (layout.isEmpty()) {
      return;
    }
    List<PlanBlock> notes = new ArrayList<>(plan.notes());
    XSLFSlide slide = newSlide(layout.get(), plan);
    Placeholders ph = Placeholders.of(slide);
    List<Flow.Unit> units = Flow.units(plan.body());
    List<PlanImage> bodyImages = plan.images().stream().filter(i -> i.corner() == null).toList();
    CornerPlacer.place(theme.pictures(), slide, plan.images(), theme.slideSize(),
        problem -> diagnostics.error(pos, problem));
    if (plan.qrHref() != null) {
      ph = QrPlacer.place(theme.pictures(), codes, slide, ph, plan.qrHref(), units, !bodyImages.isEmpty(),
          theme.slideSize(), problem -> diagnostics.warning(pos, slideName(plan) + ": " + problem));
    }
    ph = ImagePlacer.place(theme.pictures(), slide, ph, bodyImages, !units.isEmpty(),
        theme.slideSize(), problem -> diagnostics.error(pos, problem));
    writeTitle(ph.title(), plan.title(), notes, pos);
    XSLFTextShape body = ph.body();
    if (!plan.subtitle().isEmpty()) {
      XSLFTextShape target = ph.subtitle() != null ? ph.subtitle()
          : units.isEmpty() ? body : null;
      if (target == body) {
        body = null;
      }
      writeSubtitle(target, plan, layout.get().getName(), notes, pos);
    }
    List<List<Flow.Unit>> pages = List.of(units);
    if (!units.isEmpty() && body == null) {
      diagnostics.warning(pos, slideName(plan) + ": layout '" + layout.get().getName()
          + "' has no body placeholder; the body went to the speaker notes");
      moveToNotes(notes, units);
      pages = List.of();
    } else if (!units.isEmpty() && plan.overflow() == SlidePlan.Overflow.CONTINUE) {
      TextFitter.Area area = Placeholders.area(body);
      if (!TextFitter.fit(Flow.paras(units), BODY_START, BODY_FLOOR, area).fits()) {
        pages = TextFitter.pages(units, (BODY_START + BODY_FLOOR) / 2, area);
      }
    }
    if (pages.isEmpty()) {
      writeNotes(slide, notes);
      removeEmptyPlaceholders(slide);
    }
    for (int page = 0; page < pages.size(); page++) {
      List<PlanBlock> pageNotes = page == 0 ? notes : new ArrayList<>();
      if (page > 0) {
        slide = newSlide(layout.get(), plan);
        // A "(cont.)" slide keeps the logo; its problems were reported on the first slide.
        CornerPlacer.place(theme.pictures(), slide, plan.images(), theme.slideSize(), problem -> { });
        ph = Placeholders.of(slide);
        List<Run> title = new ArrayList<>(plan.title());
        title.add(Run.plain(CONTINUED));
        writeTitle(ph.title(), title, pageNotes, pos);
        body = ph.body();
      }
      writeBody(body, pages.get(page), plan, pageNotes, pos);
      writeNotes(slide, pageNotes);
      removeEmptyPlaceholders(slide);
    }
  }

  /** A slide on {@code layout} with the deck's footer, number and accent (see SlideDecor). */
  private XSLFSlide newSlide(XSLFSlideLayout layout, SlidePlan plan) {
    XSLFSlide slide = theme.show().createSlide(layout);
    SlidePlan.Look look = plan.look();
    boolean numbered = look.role() != null ? look.role().numbered()
        : !Theme.type(layout).equals("title");
    SlideDecor.apply(slide, layout, look.accent(), look.footer() != null ? look.footer()
        : deckFooter, numbered, theme.show().getSlides().size());
    return slide;
  }

  private void writeTitle(XSLFTextShape shape, List<Run> runs, List<PlanBlock> notes, SourcePos pos) {
    if (shape == null || runs.isEmpty()) {
      return;
    }
    Inherited inherited = inherited(shape);
    List<Flow.Para> paras = List.of(new Flow.Para(runs, 0, Flow.Marker.NONE, 0, null,
        inherited.bold()));
    TextFitter.Fit fit = TextFitter.fit(paras, Math.min(TITLE_START, inherited.size()),
        TITLE_FLOOR, Placeholders.area(shape));
    if (!fit.fits()) {
      // Cut at a word end with an ellipsis; the whole title heads the speaker notes.
      RunCuts.Cut cut = TextFitter.longestFittingHead(runs, RunCuts.wordEnds(RunCuts.text(runs)),
          head -> List.of(new Flow.Para(head, 0, Flow.Marker.NONE, 0, null, inherited.bold())),
          TITLE_FLOOR, Placeholders.area(shape));
      if (cut != null) {
        paras = List.of(new Flow.Para(RunCuts.withEllipsis(cut.head()), 0, Flow.Marker.NONE, 0,
            null, inherited.bold()));
        notes.add(0, new PlanBlock.Paragraph(runs, null));
      }
      diagnostics.warning(pos, "slide " + slideNumber() + ": the title does not fit its"
          + " placeholder even at " + (int) TITLE_FLOOR + " pt; it is shortened on the slide"
          + " and given whole in the speaker notes", "shorten the title");
    }
    TextWriter.write(shape, paras, fit.size(), true);
  }

  private void writeSubtitle(XSLFTextShape shape, SlidePlan plan, String layoutName,
      List<PlanBlock> notes, SourcePos pos) {
    PlanBlock subtitle = new PlanBlock.Paragraph(plan.subtitle(), null);
    if (shape == null) {
      diagnostics.warning(pos, slideName(plan) + ": layout '" + layoutName
          + "' has no place for a subtitle; it went to the speaker notes");
      moveToNotes(notes, Flow.units(List.of(subtitle)));
      return;
    }
    List<Flow.Para> paras = Flow.paras(Flow.units(List.of(subtitle)));
    double start = Math.min(BODY_START, inherited(shape).size());
    TextFitter.Fit fit = TextFitter.fit(paras, start, BODY_FLOOR, Placeholders.area(shape));
    TextWriter.write(shape, paras, fit.size(), true);
  }

  private void writeBody(XSLFTextShape shape, List<Flow.Unit> units, SlidePlan plan,
      List<PlanBlock> notes, SourcePos pos) {
    if (shape == null || units.isEmpty()) {
      return;
    }
    TextFitter.Area area = Placeholders.area(shape);
    double start = plan.bodySize() > 0 ? plan.bodySize()
        : Math.min(BODY_START, inherited(shape).size());
    if (PictureBody.applies(units)) {
      // Display math and figures: text boxes and pictures stacked in reading order.
      PictureBody.Result stacked = PictureBody.write(theme.pictures(), shape, units, start, BODY_FLOOR);
      stacked.problems().forEach(p -> diagnostics.warning(pos, slideName(plan) + ": " + p));
      if (!stacked.rest().isEmpty()) {
        moveToNotes(notes, stacked.rest());
        warnOverflow(pos, plan, stacked.rest().size());
      }
      return;
    }
    TextFitter.Fit fit = TextFitter.fit(Flow.paras(units), start, BODY_FLOOR, area);
    List<Flow.Unit> kept = units;
    if (!fit.fits()) {
      TextFitter.Split split = TextFitter.keepFitting(units, BODY_FLOOR, area);
      kept = new ArrayList<>(split.kept());
      List<Flow.Unit> rest = new ArrayList<>(split.rest());
      // A long paragraph keeps the sentences that fit, rather than leaving the slide bare.
      if (rest.get(0).block() instanceof PlanBlock.Paragraph paragraph) {
        List<Flow.Unit> before = List.copyOf(kept);
        RunCuts.Cut cut = TextFitter.longestFittingHead(paragraph.runs(),
            RunCuts.sentenceEnds(RunCuts.text(paragraph.runs())),
            head -> Flow.paras(append(before, new PlanBlock.Paragraph(head, paragraph.styleClass()))),
            BODY_FLOOR, area);
        if (cut != null) {
          kept.add(new Flow.Unit(new PlanBlock.Paragraph(RunCuts.withEllipsis(cut.head()),
              paragraph.styleClass()), 1));
          rest.set(0, new Flow.Unit(new PlanBlock.Paragraph(cut.tail(), paragraph.styleClass()), 1));
        }
      }
      moveToNotes(notes, rest);
      warnOverflow(pos, plan, rest.size());
    }
    if (!kept.isEmpty()) {
      TextWriter.write(shape, Flow.paras(kept), fit.size(), true);
    }
  }

  private void warnOverflow(SourcePos pos, SlidePlan plan, int moved) {
    diagnostics.warning(pos, slideName(plan) + ": the body does not fit even at "
        + (int) BODY_FLOOR + " pt; the last " + moved + " of its blocks or list items"
        + " (or parts of them) went to the speaker notes",
        "shorten the text, or use overflow=\"continue\" to split it onto more slides");
  }

  private static List<Flow.Unit> append(List<Flow.Unit> units, PlanBlock block) {
    List<Flow.Unit> out = new ArrayList<>(units);
    out.add(new Flow.Unit(block, 1));
    return out;
  }

  private static void moveToNotes(List<PlanBlock> notes, List<Flow.Unit> units) {
    if (units.isEmpty()) {
      return;
    }
    notes.add(new PlanBlock.Paragraph(List.of(Run.plain(DID_NOT_FIT)), null));
    notes.addAll(Flow.blocks(units));
  }

  private void writeNotes(XSLFSlide slide, List<PlanBlock> notes) {
    if (notes.isEmpty()) {
      return;
    }
    XSLFNotes page = NotesPages.of(theme.show(), slide);
    for (XSLFTextShape shape : page.getPlaceholders()) {
      if (shape.getPlaceholder() == Placeholder.BODY) {
        TextWriter.write(shape, Flow.paras(Flow.units(notes)), NOTES_SIZE, false);
        return;
      }
    }
  }

  /** Placeholders nobody wrote to would show "Click to add text" in PowerPoint. */
  private static void removeEmptyPlaceholders(XSLFSlide slide) {
    for (XSLFTextShape shape : Placeholders.all(slide)) {
      if (shape.getText() == null || shape.getText().isBlank()) {
        slide.removeShape(shape);
      }
    }
  }

  /** The size and weight a placeholder gives text by default, from its layout and master. */
  record Inherited(double size, boolean bold) {}

  private static Inherited inherited(XSLFTextShape shape) {
    shape.clearText();
    XSLFTextParagraph paragraph = shape.addNewTextParagraph();
    XSLFTextRun probe = paragraph.addNewTextRun();
    probe.setText("x");
    Double size = probe.getFontSize();
    boolean bold = probe.isBold();
    shape.clearText();
    return new Inherited(size == null ? BODY_START : size, bold);
  }

  private int slideNumber() {
    return theme.show().getSlides().size();
  }

  private String slideName(SlidePlan plan) {
    return "slide " + slideNumber() + " \"" + plan.titleText() + "\"";
  }
}
