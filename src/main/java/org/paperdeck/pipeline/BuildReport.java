package org.paperdeck.pipeline;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.model.Category;
import org.paperdeck.model.Paper;
import org.paperdeck.model.Talk;
import org.paperdeck.notes.NotesReader;
import org.paperdeck.notes.NotesSource;
import org.paperdeck.notes.ReadResult;
import org.paperdeck.pptx.DeckReport;

/**
 * What a build made of a talk, for a reader who checks it before the meeting ({@code paperdeck
 * check}, {@code build --report}): each slide's role, layout, fitted type size and scale, which
 * slides continue another and which moved text to the notes; each paper's time against the
 * talk's {@code duration}; links that are not web addresses; papers without insights or a link.
 * Plain values, so the command can print them as text or JSON.
 *
 * @param title the talk's title
 * @param duration the talk's {@code duration} in minutes, or {@code null}
 * @param plannedMinutes the papers' minutes added up, or {@code null} when no paper has any
 */
public record BuildReport(String title, Integer duration, Integer plannedMinutes,
    List<SlideEntry> slides, List<PaperEntry> papers, List<LinkEntry> malformedLinks) {
  public BuildReport {
    slides = List.copyOf(slides);
    papers = List.copyOf(papers);
    malformedLinks = List.copyOf(malformedLinks);
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

  private static final Pattern SLIDE = Pattern.compile("<slide\\b([^>]*)>");
  private static final Pattern ROLE = Pattern.compile("\\brole=\"([^\"]*)\"");
  private static final Pattern LAYOUT = Pattern.compile("\\blayout=\"([^\"]*)\"");

  /**
   * The report of one build.
   *
   * @param notes the notes built
   * @param pptx the deck made, or {@code null} when none was
   * @param plan the deck plan the template printed, or {@code null}
   * @return {@code null} when the notes cannot be read
   */
  public static BuildReport of(NotesSource notes, byte[] pptx, String plan) {
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
        pptx == null ? List.of() : slides(DeckReport.read(pptx), plan), papers, malformed);
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
