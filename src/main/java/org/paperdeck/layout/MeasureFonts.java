package org.paperdeck.layout;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.paperdeck.disk.BundledFonts;
import org.paperdeck.plan.Run;

/**
 * The java.awt faces text is measured with, for the font a theme names (docs/theme.md,
 * "Measuring text"). Fonts with a metric-compatible Liberation twin are measured with the twin,
 * which ships inside the jar (openpdf-fonts-extra), so a deck fits the same on every machine:
 * Arial, Helvetica and Arimo as Liberation Sans, Times New Roman and Tinos as Liberation Serif,
 * Courier New and Cousine as Liberation Mono. Any other font is measured as itself when java.awt
 * has it, and as Liberation Sans when it does not: right for Calibri-like sans fonts, which are
 * narrower (so text errs on the side of fitting), and a guess for anything wider.
 *
 * @param family the family the theme asked for
 * @param measuredAs the family actually measured
 * @param faces plain, bold, italic, bold italic
 */
public record MeasureFonts(String family, String measuredAs, Font[] faces) {
  /** The font code runs are written and measured in. */
  public static final String MONO_FAMILY = "Liberation Mono";

  private static final Map<String, String> TWINS = Map.ofEntries(
      Map.entry("arial", "LiberationSans"), Map.entry("helvetica", "LiberationSans"),
      Map.entry("helvetica neue", "LiberationSans"), Map.entry("arimo", "LiberationSans"),
      Map.entry("liberation sans", "LiberationSans"),
      Map.entry("times new roman", "LiberationSerif"), Map.entry("times", "LiberationSerif"),
      Map.entry("tinos", "LiberationSerif"), Map.entry("liberation serif", "LiberationSerif"),
      Map.entry("courier new", "LiberationMono"), Map.entry("courier", "LiberationMono"),
      Map.entry("cousine", "LiberationMono"), Map.entry("liberation mono", "LiberationMono"));
  private static final Map<String, MeasureFonts> CACHE = new ConcurrentHashMap<>();

  public static final MeasureFonts SANS = forFamily("Liberation Sans");
  static final MeasureFonts MONO = forFamily(MONO_FAMILY);

  /** The faces for {@code family}; never fails, falling back as the class comment says. */
  public static MeasureFonts forFamily(String family) {
    String key = family == null ? "" : family.strip().toLowerCase(Locale.ROOT);
    return CACHE.computeIfAbsent(key, k -> {
      String twin = TWINS.get(k);
      if (twin != null) {
        return new MeasureFonts(family, twin.replace("Liberation", "Liberation "), bundled(twin));
      }
      String installed = installed().get(k);
      if (installed != null) {
        Font[] faces = new Font[4];
        for (int style = 0; style < 4; style++) {
          faces[style] = new Font(installed, style, 1);
        }
        return new MeasureFonts(family, installed, faces);
      }
      return new MeasureFonts(family, "Liberation Sans", bundled("LiberationSans"));
    });
  }

  /** The face for a style: bit 1 bold, bit 2 italic. */
  Font face(boolean bold, boolean italic) {
    return faces[(bold ? 1 : 0) + (italic ? 2 : 0)];
  }

  /** The face a run of {@code p} is set in, at {@code size}: code in {@link #MONO}. */
  Font font(Flow.Para p, Run run, double size) {
    return (run.code() ? MONO : this).face(Flow.bold(p, run), Flow.italic(p, run))
        .deriveFont((float) size);
  }

  private static Map<String, String> installed() {
    return Holder.INSTALLED;
  }

  /** Asked once, and only when a theme names a font without a bundled twin. */
  private static final class Holder {
    static final Map<String, String> INSTALLED = Stream.of(GraphicsEnvironment
        .getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT))
        .collect(Collectors.toMap(n -> n.toLowerCase(Locale.ROOT), n -> n, (a, b) -> a));
  }

  private static Font[] bundled(String file) {
    String[] styles = {"Regular", "Bold", "Italic", "BoldItalic"};
    Font[] fonts = new Font[4];
    for (int i = 0; i < 4; i++) {
      String resource = "/liberation/" + file + "-" + styles[i] + ".ttf";
      try {
        fonts[i] = BundledFonts.trueType(MeasureFonts.class, resource);
      } catch (IOException e) {
        throw new IllegalStateException(
            resource + " missing: is openpdf-fonts-extra on the classpath?", e);
      } catch (FontFormatException e) {
        throw new IllegalStateException(resource + ": " + e.getMessage(), e);
      }
    }
    return fonts;
  }
}
