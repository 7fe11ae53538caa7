package org.paperdeck.pipeline;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.handout.HandoutGlyphs;
import org.paperdeck.handout.PdfRenderer;
import org.paperdeck.model.Category;
import org.paperdeck.model.Paper;
import org.paperdeck.model.Talk;
import org.paperdeck.notes.NotesReader;
import org.paperdeck.notes.NotesSource;
import org.paperdeck.notes.ReadResult;
import org.paperdeck.pptx.DeckReport;
import org.paperdeck.render.SlideGlyphs;
import org.paperdeck.templates.TemplateEngine;

/**
 * What a build made of a talk, for a reader who checks it before the meeting ({@code paperdeck
 * check}, {@code build --report}): each slide's role, layout, fitted type size and scale, which
 * slides continue another and which moved text to the notes; each paper's time against the
 * talk's {@code duration}; links that are not web addresses; papers without insights or a link;
 * characters no font has. Plain values, so the command can print them as text or JSON.
 *
 * @param title the talk's title
 * @param duration the talk's {@code duration} in minutes, or {@code null}
 * @param plannedMinutes the papers' minutes added up, or {@code null} when no paper has any
 */
public record BuildReport(String title, Integer duration, Integer plannedMinutes,
    List<SlideEntry> slides, List<PaperEntry> papers, List<LinkEntry> malformedLinks,
    List<GlyphEntry> missingCharacters) {
  /** The deck's name in {@link GlyphEntry#outputs}. */
  public static final String DECK = "deck";
  /** The handout's name in {@link GlyphEntry#outputs}. */
  public static final String HANDOUT = "handout";

  public BuildReport {
    slides = List.copyOf(slides);
    papers = List.copyOf(papers);
    malformedLinks = List.copyOf(malformedLinks);
    missingCharacters = List.copyOf(missingCharacters);
  }

  /**
   * One slide.
   *
   * @param role the role its plan slide gave it ({@code title}, {@code paper} …), or its layout
   * @param bodySize the smallest type size of its body, points; 0 when it has no body text
   * @param scale {@code bodySize} against the size a body starts at before fitting (1 unshrunk)
   * @param movedToNotes text that did not fit went to its speaker notes
   */
  public record SlideEntry(int number, String role, String layout, String title,
      boolean continuation, double titleSize, double bodySize, double scale,
      boolean movedToNotes) {}

  /**
   * One paper.
   *
   * @param minutes its {@code minutes}, or {@code null}
   * @param link its link, or {@code null}
   */
  public record PaperEntry(String title, String category, SourcePos at, Integer minutes,
      String link, int insights) {}

  /** A link that is no web address a reader could open. */
  public record LinkEntry(SourcePos at, String field, String link) {}

  /**
   * A character of the talk that no font draws in some output.
   *
   * @param at where the notes first write it (or the template that printed it)
   * @param outputs {@link #DECK} (no font of the slides, nor of this machine, has it: a box on
   *     the slide pictures, and in PowerPoint unless the viewer's machine has a font for it),
   *     {@link #HANDOUT} (no font the PDF handout may use has it: the handout is not made, or
   *     made without it under {@code missing-glyphs: warn}), or both
   */
  public record GlyphEntry(int codePoint, SourcePos at, List<String> outputs) {
    public GlyphEntry {
      outputs = List.copyOf(outputs);
    }

    /** {@code U+1F9EA}. */
    public String code() {
      return String.format("U+%04X", codePoint);
    }

    /** The character itself. */
    public String text() {
      return Character.toString(codePoint);
    }

    /** Its Unicode name, or {@code null} for an unassigned code point. */
    public String name() {
      return Character.getName(codePoint);
    }
  }

  private static final Pattern SLIDE = Pattern.compile("<slide\\b([^>]*)>");
  private static final Pattern ROLE = Pattern.compile("\\brole=\"([^\"]*)\"");
  private static final Pattern LAYOUT = Pattern.compile("\\blayout=\"([^\"]*)\"");

  /**
   * The report of one build.
   *
   * @param notes the notes built
   * @param pptx the deck made, or {@code null} when none was
   * @param generated the texts the build's templates generated ({@link BuildResult#generated}):
   *     the deck plan, and the handout's XHTML whose characters the handout's fonts must have
   * @return {@code null} when the notes cannot be read
   */
  public static BuildReport of(NotesSource notes, byte[] pptx, Map<String, String> generated) {
    String plan = generated(generated, "[plan]");
    ReadResult read = new NotesReader().read(notes);
    if (read.talk() == null) {
      return null;
    }
    Talk talk = read.talk();
    List<PaperEntry> papers = new ArrayList<>();
    List<LinkEntry> malformed = new ArrayList<>();
    Integer planned = null;
    for (Category category : talk.categories()) {
      for (Paper paper : category.papers()) {
        papers.add(new PaperEntry(paper.title().plainText(), category.name(), paper.pos(),
            paper.minutes(), paper.link(), paper.insights().size()));
        if (paper.minutes() != null) {
          planned = (planned == null ? 0 : planned) + paper.minutes();
        }
        check(paper.pos(), "link", paper.link(), malformed);
        check(paper.pos(), "code", paper.code(), malformed);
      }
    }
    talk.furtherReading().forEach(reading -> check(reading.pos(), "link", reading.link(),
        malformed));
    return new BuildReport(talk.info().title(), talk.info().duration(), planned,
        pptx == null ? List.of() : slides(DeckReport.read(pptx), plan), papers, malformed,
        missingCharacters(notes, talk, pptx, generated));
  }

  /**
   * The characters the deck or the handout has no font for, in order of first use in the notes,
   * each at the place the handout's diagnostic gives it.
   */
  private static List<GlyphEntry> missingCharacters(NotesSource notes, Talk talk, byte[] pptx,
      Map<String, String> generated) {
    HandoutGlyphs glyphs = HandoutGlyphs.of(talk, notes.folder(), notes::read);
    Map<Integer, SourcePos> handout = new LinkedHashMap<>();
    String xhtmlName = generated.keySet().stream()
        .filter(name -> name.endsWith(TemplateEngine.XHTML)).findFirst().orElse(null);
    if (xhtmlName != null) {
      handout = new PdfRenderer().charactersNoFontHas(generated.get(xhtmlName), xhtmlName,
          glyphs);
    }
    Map<Integer, List<String>> outputs = new LinkedHashMap<>();
    Map<Integer, SourcePos> at = new LinkedHashMap<>(handout);
    if (pptx != null) {
      for (int c : SlideGlyphs.undrawable(pptx)) {
        outputs.computeIfAbsent(c, k -> new ArrayList<>()).add(DECK);
        at.computeIfAbsent(c, k -> glyphs.locator().find(k)
            .orElse(SourcePos.startOf(notes.displayName())));
      }
    }
    handout.keySet().forEach(c -> outputs.computeIfAbsent(c, k -> new ArrayList<>())
        .add(HANDOUT));
    return outputs.entrySet().stream()
        .map(e -> new GlyphEntry(e.getKey(), at.get(e.getKey()), e.getValue()))
        .sorted(Comparator.comparing((GlyphEntry g) -> g.at().file())
            .thenComparingInt(g -> g.at().line()).thenComparingInt(g -> g.at().column()))
        .toList();
  }

  private static String generated(Map<String, String> generated, String suffix) {
    return generated.entrySet().stream().filter(e -> e.getKey().endsWith(suffix))
        .map(Map.Entry::getValue).findFirst().orElse(null);
  }

  /** The papers without any insight. */
  public List<PaperEntry> withoutInsights() {
    return papers.stream().filter(p -> p.insights() == 0).toList();
  }

  /** The papers without a link. */
  public List<PaperEntry> withoutLink() {
    return papers.stream().filter(p -> p.link() == null || p.link().isBlank()).toList();
  }

  private static List<SlideEntry> slides(List<DeckReport.Slide> read, String plan) {
    List<String> roles = new ArrayList<>();
    Matcher slide = SLIDE.matcher(plan == null ? "" : plan);
    while (slide.find()) {
      Matcher role = ROLE.matcher(slide.group(1));
      Matcher layout = LAYOUT.matcher(slide.group(1));
      roles.add(role.find() ? role.group(1) : layout.find() ? layout.group(1) : "slide");
    }
    List<SlideEntry> slides = new ArrayList<>();
    int planSlide = -1;
    for (DeckReport.Slide s : read) {
      if (!s.continuation() || planSlide < 0) {
        planSlide++;
      }
      String role = planSlide < roles.size() ? roles.get(planSlide) : "slide";
      slides.add(new SlideEntry(s.number(), role, s.layout(), s.title(), s.continuation(),
          s.titleSize(), s.bodySize(), s.scale(), s.movedToNotes()));
    }
    return slides;
  }

  /** A link a reader can open: an absolute http(s), mailto or doi address. */
  private static void check(SourcePos at, String field, String link, List<LinkEntry> malformed) {
    if (link == null || link.isBlank()) {
      return;
    }
    try {
      URI uri = new URI(link.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
          && uri.getHost().contains(".");
      if (!web && !scheme.equals("mailto") && !scheme.equals("doi")) {
        malformed.add(new LinkEntry(at, field, link));
      }
    } catch (URISyntaxException e) {
      malformed.add(new LinkEntry(at, field, link));
    }
  }
}
