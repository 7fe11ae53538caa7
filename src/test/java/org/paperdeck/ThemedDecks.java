package org.paperdeck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperdeck.cli.Cli;
import org.paperdeck.layout.Contrast;

/**
 * Decks built with the real command on a theme, rendered by LibreOffice (many decks in one
 * start), and read back as a reader looks at them: every word readable on what lies behind it
 * (WCAG's 4.5:1, 3:1 for titles) unless the build said which slide it could not make readable,
 * every word on its slide and inside the box that holds it (nothing overflows), no word and no
 * picture the deck placed over the theme's artwork, and no word under a picture.
 */
final class ThemedDecks {
  /**
   * What a measured ratio may fall short of WCAG's: the render's anti-aliasing and the
   * histogram that finds the background cost a few hundredths.
   */
  private static final double MEASURING = 0.93;
  /** How far a word may stand past its box's edge: glyph overhang and LibreOffice's rounding. */
  private static final double SLACK = 3;
  /** A word whose letters this share of artwork lies under is printed on the artwork. */
  private static final double ON_ARTWORK = 0.15;
  /** A picture may touch artwork this little (anti-aliased edges, a shadow's fringe). */
  private static final double PICTURE_ON_ARTWORK = 0.02;
  /** Artwork under this share of a box or picture is the panel it is set on. */
  private static final double PANEL = 0.9;
  private static final Pattern UNREADABLE = Pattern.compile(
      "slides? ([\\d, ]+): the text of .*no colour of the theme's scheme (reads better|does)");

  /** How many decks one start of LibreOffice renders. */
  private static final int BATCH = 8;

  /** A deck the command built, and what it told the user. */
  record Built(String name, Path pptx, String messages) {}

  private ThemedDecks() {}

  /** Builds {@code notes} on {@code theme} with the real command; the deck is {@code name}.pptx. */
  static Built build(Path notes, Path theme, Path dir, String name) throws IOException {
    Path out = Files.createDirectories(dir.resolve("out").resolve(name));
    StringWriter err = new StringWriter();
    int code = Cli.run(new String[] {"build", notes.toString(), "-o", out.toString(),
        "--formats", "pptx", "--theme", theme.toString()}, new PrintWriter(new StringWriter()),
        new PrintWriter(err));
    assertEquals(0, code, name + ": " + err);
    Path deck = Files.createDirectories(dir.resolve("decks")).resolve(name + ".pptx");
    String built = notes.getFileName().toString().replaceFirst("\\.[^.]+$", ".pptx");
    Files.copy(out.resolve(built), deck);
    return new Built(name, deck, err.toString());
  }

  /**
   * Renders every deck to PDF, a batch of decks to each start of LibreOffice (one start costs
   * seconds; one for dozens of decks holds them all in memory); returns the folder of PDFs.
   */
  static Path render(List<Built> decks, Path dir) throws IOException, InterruptedException {
    Path pdf = Files.createDirectories(dir.resolve("pdf"));
    for (int from = 0; from < decks.size(); from += BATCH) {
      List<String> command = new ArrayList<>(List.of("soffice",
          "-env:UserInstallation=" + Path.of("target", "lo-profile").toAbsolutePath().toUri(),
          "--headless", "--convert-to", "pdf", "--outdir", pdf.toString()));
      decks.subList(from, Math.min(decks.size(), from + BATCH))
          .forEach(deck -> command.add(deck.pptx().toString()));
      Tools.run(dir, command);
    }
    return pdf;
  }

  /** What a reader would find wrong on the rendered deck, one line a finding. */
  static List<String> problems(Built deck, Path pdfDir, Path scratch)
      throws IOException, InterruptedException {
    List<SlideShapes.Slide> slides = SlideShapes.read(deck.pptx());
    Path pdf = pdfDir.resolve(deck.name() + ".pdf");
    List<String> problems = new ArrayList<>();
    int pages = RenderedPages.forEach(pdf, scratch.resolve(deck.name()), (number, page) -> {
      if (number <= slides.size()) {
        check(number, page, slides.get(number - 1), deck.messages(), problems);
      }
    });
    if (pages != slides.size()) {
      problems.add(slides.size() + " slides rendered as " + pages + " pages");
    }
    return problems;
  }

  private static void check(int number, RenderedPages.Page page, SlideShapes.Slide slide,
      String messages, List<String> problems) {
    String at = "slide " + number + ": ";
    for (RenderedPages.Word word : page.words()) {
      Rectangle2D box = word.box();
      String quoted = "'" + word.text() + "'";
      // Poppler's word box runs over the font's whole height, beyond the line it sits on: its
      // letters are the middle of it.
      Rectangle2D letters = letters(box);
      if (letters.getX() < -1 || letters.getY() < -1 || letters.getMaxX() > page.width() + 1
          || letters.getMaxY() > page.height() + 1) {
        problems.add(at + quoted + " lies outside the slide");
        continue;
      }
      SlideShapes.TextBox holder = holder(slide, box);
      if (holder == null && themesOwn(slide, letters)) {
        continue; // the theme's design, such as a number its master draws itself
      }
      if (holder == null) {
        problems.add(at + quoted + " lies outside every text box: it overflows");
      } else if (!grown(holder.box(), SLACK).contains(letters)) {
        problems.add(at + quoted + " runs out of '" + holder.name() + "'");
      }
      double needed = holder != null && holder.title() ? Contrast.TITLE : Contrast.BODY;
      // A word of dashes or dots alone is a few anti-aliased pixels thick: its measured ink is
      // paler than the colour it is set in, so its contrast is judged on the words around it.
      boolean measurable = word.text().codePoints().anyMatch(Character::isLetterOrDigit);
      double ratio = RenderedPages.contrast(page.pixels(), box,
          holder == null ? List.of() : holder.inks());
      if (measurable && ratio < needed * MEASURING && !warnedUnreadable(messages, number)) {
        problems.add(String.format(Locale.ROOT, "%s%s shows at %.2f:1 (WCAG asks %.1f:1) with"
            + " no warning", at, quoted, ratio, needed));
      }
      for (SlideShapes.Artwork art : slide.artwork()) {
        if (art.share(letters) > ON_ARTWORK && !meant(holder, art)) {
          problems.add(at + quoted + " lies on the theme's artwork at " + where(art.box()));
        }
      }
      for (SlideShapes.Picture picture : slide.pictures()) {
        Rectangle2D under = picture.box().createIntersection(letters);
        if (!under.isEmpty() && area(under) > 0.25 * area(letters)) {
          problems.add(at + quoted + " lies under the picture '" + picture.name() + "'");
        }
      }
    }
    for (SlideShapes.Picture picture : slide.pictures()) {
      for (SlideShapes.Artwork art : slide.artwork()) {
        double share = art.share(picture.box());
        if (share > PICTURE_ON_ARTWORK && share < PANEL) {
          problems.add(at + "the picture '" + picture.name() + "' lies on the theme's artwork at "
              + where(art.box()));
        }
      }
    }
  }

  /** The middle of a word's box, where its letters are: a fifth off its top and bottom. */
  private static Rectangle2D letters(Rectangle2D word) {
    double trim = word.getHeight() / 5;
    return new Rectangle2D.Double(word.getX(), word.getY() + trim, word.getWidth(),
        word.getHeight() - 2 * trim);
  }

  /** Whether a word outside every text box is drawn by the theme's own artwork (its glyphs). */
  private static boolean themesOwn(SlideShapes.Slide slide, Rectangle2D letters) {
    return slide.artwork().stream().anyMatch(art -> art.share(letters) > ON_ARTWORK);
  }

  /** The text box a word belongs to: the one holding its middle, the smallest of several. */
  private static SlideShapes.TextBox holder(SlideShapes.Slide slide, Rectangle2D word) {
    SlideShapes.TextBox found = null;
    for (SlideShapes.TextBox text : slide.texts()) {
      if (grown(text.box(), SLACK).contains(word.getCenterX(), word.getCenterY())
          && (found == null || area(text.box()) < area(found.box()))) {
        found = text;
      }
    }
    return found;
  }

  /**
   * Whether a word in {@code holder} may lie on {@code art}: the artwork is a panel under the
   * whole box, or the theme itself laid this title, footer or number over it.
   */
  private static boolean meant(SlideShapes.TextBox holder, SlideShapes.Artwork art) {
    if (holder == null) {
      return false;
    }
    if (art.share(holder.box()) >= PANEL) {
      return true;
    }
    return holder.designed() && holder.themeBox() != null && art.share(holder.themeBox()) > 0;
  }

  private static String where(Rectangle2D box) {
    return String.format(Locale.ROOT, "(%.0f, %.0f, %.0f × %.0f pt)", box.getX(), box.getY(),
        box.getWidth(), box.getHeight());
  }


  private static double area(Rectangle2D box) {
    return box.getWidth() * box.getHeight();
  }

  private static Rectangle2D grown(Rectangle2D box, double by) {
    return new Rectangle2D.Double(box.getX() - by, box.getY() - by, box.getWidth() + 2 * by,
        box.getHeight() + 2 * by);
  }

  /** Whether the build warned that text on slide {@code page} could not be made readable. */
  static boolean warnedUnreadable(String warnings, int page) {
    Matcher found = UNREADABLE.matcher(warnings);
    while (found.find()) {
      for (String number : found.group(1).split(",\\s*")) {
        if (number.strip().equals(String.valueOf(page))) {
          return true;
        }
      }
    }
    return false;
  }
}
