package org.paperdeck.preview;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperdeck.api.Format;
import org.paperdeck.api.Result;
import org.paperdeck.api.Slide;
import org.paperdeck.diagnostics.Diagnostic;

/**
 * What the preview page shows at one moment: the slides of the last good build with their
 * pictures, speaker notes and warnings, its HTML handout, and the errors of the latest build
 * when it failed. Immutable; each rebuild makes the next one from the last ({@link #after}).
 *
 * @param generation counts the builds the page has been told about, from 1
 * @param slides the last good build's slides; empty before the first good build
 * @param handout the last good build's HTML handout, or {@code null}
 * @param problems the latest build's errors as {@code FILE:LINE:COL: error: …} lines (with the
 *     source line and caret), empty when it succeeded: the page shows them over the slides
 * @param warnings the last good build's warnings that name no slide, as lines
 */
public record PreviewState(long generation, List<SlideView> slides, byte[] handout,
    List<String> problems, List<String> warnings) {
  public PreviewState {
    slides = List.copyOf(slides);
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
  }

  /**
   * One slide as the page shows it.
   *
   * @param version a digest of the picture, so the page fetches only pictures that changed
   * @param warnings the warnings whose message names this slide ("slide 5: …", "slides 3, 5: …")
   */
  public record SlideView(int number, String role, String title, String notes,
      List<String> warnings, byte[] png, String version) {
    public SlideView {
      warnings = List.copyOf(warnings);
    }
  }

  /** Before the first build. */
  public static PreviewState empty() {
    return new PreviewState(0, List.of(), null, List.of(), List.of());
  }

  /** "slide 5", "slides 3, 5 and 7", as the layout's warnings name slides. */
  private static final Pattern SLIDES = Pattern.compile("\\bslides? ((?:\\d+(?:, | and )?)+)");

  /**
   * The state after a build: that build's slides when it made them ({@code pictures} are its PNG
   * files), else the slides before with the build's errors over them.
   *
   * @param messages how each diagnostic is shown: its line, source and caret
   */
  public PreviewState after(Result result, List<byte[]> pictures,
      java.util.function.Function<Diagnostic, String> messages) {
    if (!result.ok()) {
      List<String> errors = result.diagnostics().stream().filter(Diagnostic::isError)
          .map(messages).toList();
      return new PreviewState(generation + 1, slides, handout,
          errors.isEmpty() ? List.of("the build made no slides") : errors, warnings);
    }
    List<List<String>> bySlide = new ArrayList<>();
    result.slides().forEach(s -> bySlide.add(new ArrayList<>()));
    List<String> general = new ArrayList<>();
    for (Diagnostic diagnostic : result.diagnostics()) {
      List<Integer> named = slidesNamed(diagnostic.message());
      boolean placed = false;
      for (int number : named) {
        if (number >= 1 && number <= bySlide.size()) {
          bySlide.get(number - 1).add(messages.apply(diagnostic));
          placed = true;
        }
      }
      if (!placed) {
        general.add(messages.apply(diagnostic));
      }
    }
    List<SlideView> views = new ArrayList<>();
    for (Slide slide : result.slides()) {
      byte[] png = slide.number() <= pictures.size() ? pictures.get(slide.number() - 1) : null;
      views.add(new SlideView(slide.number(), slide.role(), slide.title(), slide.speakerNotes(),
          bySlide.get(slide.number() - 1), png, png == null ? "" : version(png)));
    }
    return new PreviewState(generation + 1, views,
        result.output(Format.HTML).orElse(null), List.of(), general);
  }

  /** The slide numbers a message names. */
  static List<Integer> slidesNamed(String message) {
    List<Integer> numbers = new ArrayList<>();
    Matcher m = SLIDES.matcher(message);
    while (m.find()) {
      for (String number : m.group(1).split("\\D+")) {
        if (!number.isEmpty()) {
          numbers.add(Integer.parseInt(number));
        }
      }
    }
    return numbers;
  }

  private static String version(byte[] png) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
