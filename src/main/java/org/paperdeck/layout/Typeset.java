package org.paperdeck.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paperdeck.math.Script;
import org.paperdeck.plan.Run;

/**
 * Text as it is to be written: every paragraph with its size, indents, gap and marker spelled
 * out, every run with its style, so the pptx stage writes what {@link TextMeasure} measured,
 * whatever the theme's defaults are.
 */
public final class Typeset {
  /** How a paragraph is marked: nothing, a bullet character, or a number. */
  public enum Marker { NONE, BULLET, NUMBER }

  /**
   * A paragraph, lengths in points.
   *
   * @param level the list level, at most 8
   * @param bullet the bullet character, for {@link Marker#BULLET}
   * @param numberedFrom for {@link Marker#NUMBER}: the number of its sequence's first item, which
   *     PowerPoint numbers from (every item of one, possibly continued, list carries it)
   * @param spaceBefore the gap above it
   * @param runs its runs; a line break is a {@link Piece} with {@code lineBreak}
   */
  public record Para(int level, double size, double leftMargin, double indent,
      double spaceBefore, Marker marker, String bullet, int numberedFrom, List<Piece> runs) {
    public Para {
      runs = List.copyOf(runs);
    }
  }

  /**
   * A run of text with one style, or a line break.
   *
   * @param code set in {@link TextMeasure#MONO_FAMILY}
   * @param muted a byline's or caption's quieter colour
   * @param href a hyperlink target, or {@code null}
   * @param latex a formula to write as an equation, {@code text} its approximation; or null
   * @param accent in the slide's accent colour: a section label ("Method") on a slide, so the
   *     summary, the labelled sections and the insights read as three kinds of text
   */
  public record Piece(String text, boolean lineBreak, double size, boolean bold, boolean italic,
      boolean strike, boolean code, Script script, boolean muted, String href, String latex,
      boolean accent) {
    public Piece(String text, boolean lineBreak, double size, boolean bold, boolean italic,
        boolean strike, boolean code, Script script, boolean muted, String href) {
      this(text, lineBreak, size, bold, italic, strike, code, script, muted, href, null, false);
    }
  }

  private Typeset() {}

  /**
   * The paragraphs as written at body size {@code base}.
   *
   * @param links keep links as hyperlinks; otherwise write them as "text (address)", as speaker
   *     notes show them
   */
  public static List<Para> of(List<Flow.Para> paras, double base, boolean links) {
    return of(paras, base, links, Flow.MIN_SIZE);
  }

  /** As {@link #of(List, double, boolean)}, on a slide whose body floor is {@code floor}. */
  public static List<Para> of(List<Flow.Para> paras, double base, boolean links, double floor) {
    List<Para> out = new ArrayList<>();
    Map<Integer, Integer> numberingStart = new HashMap<>();
    for (int i = 0; i < paras.size(); i++) {
      Flow.Para p = paras.get(i);
      double size = Flow.size(p, base, floor);
      // Deeper levels end where a shallower paragraph starts.
      numberingStart.keySet().removeIf(level -> level > p.level());
      Marker marker = Marker.NONE;
      String bullet = null;
      int from = 0;
      if (p.marker() == Flow.Marker.NONE) {
        numberingStart.remove(p.level());
      } else if (p.marker() == Flow.Marker.BULLET) {
        numberingStart.remove(p.level());
        marker = Marker.BULLET;
        bullet = p.level() == 0 ? "•" : "–";
      } else {
        marker = Marker.NUMBER;
        from = numberingStart.computeIfAbsent(p.level(), level -> p.number());
      }
      List<Piece> pieces = new ArrayList<>();
      for (Run run : p.runs()) {
        if (run.isBreak()) {
          pieces.add(new Piece("\n", true, size, false, false, false, false, Script.NORMAL,
              false, null));
          continue;
        }
        String label = run.text();
        if (!links && run.href() != null && !run.href().equals(label.strip())) {
          label = label + " (" + run.href() + ")";
        }
        pieces.add(new Piece(label, false, size, Flow.bold(p, run), Flow.italic(p, run),
            run.strike(), run.code(), run.script(),
            "byline".equals(p.styleClass()) || "caption".equals(p.styleClass()),
            links ? run.href() : null, run.latex(), links && "label".equals(p.styleClass())));
      }
      out.add(new Para(Math.min(p.level(), 8), size, Flow.leftMargin(p, size),
          Flow.indent(p, size), Flow.spaceBefore(p, base, i == 0), marker, bullet, from, pieces));
    }
    return out;
  }
}
