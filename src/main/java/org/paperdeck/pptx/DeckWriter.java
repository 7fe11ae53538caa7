package org.paperdeck.pptx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.layout.DeckLayout;
import org.paperdeck.layout.DeckLayouter;
import org.paperdeck.layout.SlideLayout;
import org.paperdeck.layout.Typeset;
import org.paperdeck.plan.DeckPlan;
import org.paperdeck.plan.PlanParser;

/**
 * Writes a {@link DeckPlan} on a theme's slide layouts with Apache POI and hands back the
 * bytes of an editable .pptx: reads the theme's geometry, has the layout stage decide every
 * slide ({@link DeckLayouter}), then makes the slides it decided. Holds no per-run state, so one
 * writer serves many runs.
 */
public final class DeckWriter {
  /**
   * What writing produced.
   *
   * @param pptx the deck, or {@code null} when there were errors
   * @param slideCount the slides written, "(cont.)" slides included
   * @param diagnostics errors and warnings, in plan order
   * @param slides what each slide written is, in order; empty when there were errors
   */
  public record Result(byte[] pptx, int slideCount, List<Diagnostic> diagnostics,
      List<Slide> slides) {
    public Result {
      diagnostics = List.copyOf(diagnostics);
      slides = List.copyOf(slides);
    }

    /** A result with no slides to describe: errors stopped the deck. */
    Result(byte[] pptx, int slideCount, List<Diagnostic> diagnostics) {
      this(pptx, slideCount, diagnostics, List.of());
    }

    public boolean ok() {
      return pptx != null;
    }
  }

  /**
   * One slide as written, for a preview to label its picture with.
   *
   * @param number 1 for the first slide
   * @param role what the slide is for: the plan's role ({@code paper}), or the layout's name
   *     when the plan named a layout only
   * @param title the title's text, one line, or empty
   * @param notes the speaker notes' text, paragraphs on lines of their own, or empty
   */
  public record Slide(int number, String role, String title, String notes) {}

  public DeckWriter() {}

  /**
   * Does once, ahead, the longest step of the first deck of a JVM: opens and repairs the theme
   * and reads its layouts (which also loads and initialises most of POI's OOXML schema types).
   * The deck's thread finds the reading done, or waits for it rather than reading the theme a
   * second time, and makes its slides in the theme the reading opened. Meant
   * to run on a spare core while the notes are still being read; any failure is left for the
   * real write to report.
   */
  public static void warmUp(byte[] themeBytes) {
    try {
      ThemeReader.read(themeBytes);
    } catch (IOException | RuntimeException e) {
      // Nothing was made; the write that follows meets the same problem and reports it.
    }
  }

  /**
   * Takes the theme in {@code themeBytes} as one shipped inside paperdeck: opening it leaves out
   * the checks a user's theme file gets first (a fifth of opening a theme on a cold start), which
   * paperdeck's tests make of every theme it ships.
   */
  public static void shipped(byte[] themeBytes) {
    ThemeFile.shipped(themeBytes);
  }

  /**
   * Writes {@code plan} on the theme in {@code themeBytes} (a .pptx or .potx).
   *
   * @param themeName the theme's file name, for messages
   * @param templateName the deck template's name; diagnostics point at plan lines under it
   */
  public Result write(DeckPlan plan, byte[] themeBytes, String themeName, String templateName) {
    return write(plan, themeBytes, themeName, templateName, DeflatingZip.EARLIEST_TIME);
  }

  /**
   * As {@link #write(DeckPlan, byte[], String, String)}, with every entry of the deck's zip
   * dated {@code entryTime} (milliseconds since 1970): a deck stamped as it is written, which
   * saves reading the whole zip again to stamp it.
   */
  public Result write(DeckPlan plan, byte[] themeBytes, String themeName, String templateName,
      long entryTime) {
    // The layout is decided as soon as the theme's geometry is known, while the reading
    // finishes opening the theme the slides are made in.
    Diagnostics diagnostics = new Diagnostics();
    DeckLayout deck;
    try {
      deck = new DeckLayouter().layOut(plan, ThemeReader.pending(themeBytes), themeName,
          templateName, diagnostics);
    } catch (IOException | RuntimeException e) {
      // Nothing was laid out: the layout waits for the theme before it reports anything.
      return refused(themeName, e, new Diagnostics());
    }
    if (diagnostics.hasErrors()) {
      return new Result(null, 0, diagnostics.sorted());
    }
    Theme opened;
    try {
      opened = ThemeReader.openForDeck(themeBytes);
    } catch (IOException | RuntimeException e) {
      // Refused before its layout was read, the theme gave the deck nothing to warn about.
      return refused(themeName, e, new Diagnostics());
    }
    try (Theme theme = opened) {
      SlideWriter slides = new SlideWriter(theme, plan.lang());
      Map<String, List<Integer>> slidesByFinding;
      try (SlideFinisher finisher = new SlideFinisher(theme, ThemeReader.backdrops(themeBytes),
          plan.lang())) {
        int number = 0;
        for (SlideLayout decided : deck.slides()) {
          SlideWriter.Made made = slides.write(decided);
          finisher.finish(made.slide(), ++number, decided.layout(), made.texts());
        }
        slidesByFinding = finisher.findings();
      }
      reportInk(deck, slidesByFinding, diagnostics);
      if (slides.madeNotesBox()) {
        deck.slides().stream().filter(slide -> !slide.notes().isEmpty()).findFirst()
            .ifPresent(slide -> diagnostics.warning(slide.at(), "the theme's notes master has no"
                + " notes placeholder: the speaker notes are in a box of paperdeck's own, in the"
                + " lower half of each notes page",
                "give the theme's notes master a notes placeholder (PowerPoint: View > Notes"
                    + " Master > Master Layout) to place and style them"));
      }
      List<OutsidePart> outside = new ArrayList<>(slides.notesOutside());
      outside.addAll(theme.pictures().parts());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (DeflatingZip zip = new DeflatingZip(out,
          RelationshipsXml.takeFrom(theme.show().getPackage()), outside, entryTime)) {
        theme.show().write(zip);
      }
      return new Result(out.toByteArray(), theme.show().getSlides().size(), diagnostics.sorted(),
          described(slides.titles(), deck));
    } catch (IOException | RuntimeException e) {
      return refused(themeName, e, diagnostics);
    }
  }

  /**
   * No deck: the theme {@code themeName} could not be used, as {@code failure} says. A failure
   * that is not the theme's is thrown again.
   */
  private static Result refused(String themeName, Exception failure, Diagnostics diagnostics) {
    String why;
    if (failure instanceof IOException) {
      why = failure.getMessage();
    } else if (ThemeFile.holdsBadValue(failure)) {
      why = ThemeFile.badValue().getMessage();
    } else {
      throw (RuntimeException) failure;
    }
    diagnostics.error(SourcePos.startOf(themeName), "cannot use theme: " + why);
    return new Result(null, 0, diagnostics.sorted());
  }

  /** Each written slide's role, title and speaker notes, from its title in {@code titles}. */
  private static List<Slide> described(List<String> titles, DeckLayout deck) {
    List<Slide> slides = new ArrayList<>();
    for (int i = 0; i < titles.size(); i++) {
      SlideLayout decided = i < deck.slides().size() ? deck.slides().get(i) : null;
      String role = decided == null ? "" : decided.role();
      String notes = decided == null ? "" : text(decided.notes());
      slides.add(new Slide(i + 1, role, titles.get(i), notes));
    }
    return slides;
  }

  /** Paragraphs' text as a reader of the notes page gets it: a line each, breaks kept. */
  private static String text(List<Typeset.Para> paras) {
    return paras.stream().map(p -> p.runs().stream()
            .map(piece -> piece.lineBreak() ? "\n" : piece.text())
            .collect(Collectors.joining()))
        .collect(Collectors.joining("\n")).strip();
  }

  /**
   * Tells of each finding of making the slides' text readable on what lies behind it
   * ({@link ReadableInk}) once, naming every slide it is on, at the notes file's line of the
   * first of them (or its plan line): a .pptx has no lines to show under the message.
   */
  private static void reportInk(DeckLayout deck, Map<String, List<Integer>> slidesByFinding,
      Diagnostics diagnostics) {
    slidesByFinding.forEach((finding, numbers) -> diagnostics.warning(
        deck.slides().get(numbers.get(0) - 1).at(),
        (numbers.size() == 1 ? "slide " : "slides ") + numbers.stream().map(String::valueOf)
            .collect(Collectors.joining(", ")) + ": " + finding,
        "pick a theme colour that reads on its background, or another theme"));
  }
}
