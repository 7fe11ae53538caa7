package org.paperdeck.pptx;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.paperdeck.layout.Contrast;

/**
 * What the check found in one box: the colours it chose and the worst contrast nothing could
 * mend, told once per box.
 */
final class InkFindings {
  private final Contrast.Backdrop behind;
  private final List<Contrast.Swatch> scheme;
  private final double needed;
  private final InkFindings sum;
  private double worst = Double.MAX_VALUE;
  private double recoloured = Double.MAX_VALUE;
  private final Set<String> chosen = new TreeSet<>();

  InkFindings(Contrast.Backdrop behind, List<Contrast.Swatch> scheme, double needed) {
    this(behind, scheme, needed, null);
  }

  private InkFindings(Contrast.Backdrop behind, List<Contrast.Swatch> scheme, double needed,
      InkFindings sum) {
    this.behind = behind;
    this.scheme = scheme;
    this.needed = needed;
    this.sum = sum;
  }

  double needed() {
    return needed;
  }

  Contrast.Backdrop behind() {
    return behind;
  }

  /** The same judge on another backdrop (a table cell), adding up into this one. */
  InkFindings on(Contrast.Backdrop other) {
    return new InkFindings(other, scheme, needed, this);
  }

  /** Judges {@code ink}; paints with the replacement when there is one and returns its name. */
  String mend(Color ink, Consumer<String> paint) {
    InkFindings into = sum == null ? this : sum;
    Contrast.Verdict verdict = Contrast.judge(ink, behind, scheme, needed);
    String name = null;
    if (verdict.replacement().isPresent()) {
      name = verdict.replacement().get().name();
      paint.accept(name);
      into.chosen.add(name);
      into.recoloured = Math.min(into.recoloured, verdict.ratio());
    }
    if (!verdict.readable()) {
      into.worst = Math.min(into.worst, verdict.ratio());
    }
    return name;
  }

  void report(String box, Consumer<String> warn) {
    if (!chosen.isEmpty() && recoloured < needed) {
      // The replacement is only the least bad: one message says both what was done and that
      // it is still short, rather than one calling it mended and another saying it is not.
      warn.accept(String.format(Locale.ROOT, "the text of %s would not read on what lies behind"
          + " it (WCAG asks %.1f:1), and no colour of the theme's scheme does; it is set in the"
          + " theme's %s, which reads best there, at %.1f:1", box, needed,
          String.join(" and ", chosen), Math.min(recoloured, worst)));
      return;
    }
    // A colour the theme did not ask for is a substitution the user should hear of.
    if (!chosen.isEmpty()) {
      warn.accept(String.format(Locale.ROOT, "the text of %s would not read on"
          + " what lies behind it (WCAG asks %.1f:1); it is set in the theme's %s instead, at"
          + " %.1f:1", box, needed, String.join(" and ", chosen), recoloured));
    }
    if (worst < Double.MAX_VALUE) {
      warn.accept(String.format(Locale.ROOT, "the text of %s reads at a contrast of"
          + " %.1f:1 on what lies behind it (WCAG asks %.1f:1), and no colour of the theme's"
          + " scheme reads better there", box, worst, needed));
    }
  }
}
