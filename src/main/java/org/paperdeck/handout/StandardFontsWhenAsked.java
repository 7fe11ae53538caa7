package org.paperdeck.handout;

import java.util.HashMap;
import java.util.Map;
import org.xhtmlrenderer.css.constants.IdentValue;
import org.xhtmlrenderer.css.value.FontSpecification;
import org.xhtmlrenderer.layout.SharedContext;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.render.FSFont;

/**
 * Flying Saucer's font resolver, with PDF's standard fonts (Times, Helvetica, Courier, Symbol,
 * ZapfDingbats) read only when a handout's CSS reaches them. Flying Saucer reads all fourteen
 * from OpenPDF's metrics files the first time any font is asked for, a tenth of the main
 * thread's time in a build of the example, although the built-in handouts name only the fonts
 * paperdeck registers ({@link HandoutFonts}). A font asked for whose first family is one of
 * those is answered by it, as it was; any other (a generic family such as {@code serif}, a name
 * not registered, or none) has the standard fonts read first, so Flying Saucer chooses among
 * exactly the fonts it had before and the PDF is the same.
 */
final class StandardFontsWhenAsked extends ITextFontResolver {
  private boolean standardRead;

  /** Whether the standard fonts have been read. */
  boolean standardRead() {
    return standardRead;
  }

  /** No standard fonts to begin with: the fonts registered are the only ones. */
  @Override
  protected Map<String, FontFamily> loadFonts() {
    return new HashMap<>();
  }

  @Override
  public FSFont resolveFont(SharedContext context, FontSpecification spec) {
    if (!standardRead && !answeredByRegistered(spec)) {
      readStandard();
    }
    return super.resolveFont(context, spec);
  }

  /**
   * Whether Flying Saucer answers {@code spec} with its first family, one registered: it takes
   * the first family that has a face for the weight and style asked, and only when none has
   * falls back to the standard Times.
   */
  private boolean answeredByRegistered(FontSpecification spec) {
    if (spec.families == null || spec.families.length == 0) {
      return false;
    }
    FontFamily family = getFonts().get(unquoted(spec.families[0]));
    // Flying Saucer reads any style but these as normal.
    IdentValue style = spec.fontStyle == IdentValue.ITALIC || spec.fontStyle == IdentValue.OBLIQUE
        ? spec.fontStyle : IdentValue.NORMAL;
    return family != null
        && family.match(convertWeightToInt(spec.fontWeight), style) != null;
  }

  private static String unquoted(String family) {
    String name = family.startsWith("\"") ? family.substring(1) : family;
    return name.endsWith("\"") ? name.substring(0, name.length() - 1) : name;
  }

  /**
   * Adds the standard fonts as Flying Saucer would have had them from the start: a family
   * registered under one of their names (an {@code @font-face} called "Serif") joins the
   * standard family after its own faces.
   */
  private void readStandard() {
    standardRead = true;
    Map<String, FontFamily> fonts = getFonts();
    for (Map.Entry<String, FontFamily> standard : super.loadFonts().entrySet()) {
      FontFamily registered = fonts.get(standard.getKey());
      if (registered != null) {
        registered.getFontDescriptions().forEach(standard.getValue()::addFontDescription);
      }
      fonts.put(standard.getKey(), standard.getValue());
    }
  }
}
