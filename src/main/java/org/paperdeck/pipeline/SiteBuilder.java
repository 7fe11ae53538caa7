package org.paperdeck.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.model.Category;
import org.paperdeck.model.Paper;
import org.paperdeck.model.Reading;
import org.paperdeck.model.Talk;
import org.paperdeck.notes.NotesReader;
import org.paperdeck.notes.NotesSource;
import org.paperdeck.notes.ReadResult;
import org.paperdeck.templates.Rendered;
import org.paperdeck.templates.RenderLimits;
import org.paperdeck.templates.TemplateEngine;
import org.paperdeck.templates.TemplateSet;

/**
 * The group's static site from its talks: the home page with the schedule, a page per session,
 * the cumulative reading list and an Atom feed, each rendered by a template of the template set
 * ({@code site-index.ftlh}, {@code site-session.ftlh}, {@code site-reading.ftlh},
 * {@code site-feed.ftlx}, styled by {@code site.css}). Pages link to each other and to the
 * session's files by relative addresses only, so the site works from disk and from any host.
 */
public final class SiteBuilder {
  /**
   * One session: its notes, the name its files and page go under, its built files, and the
   * pictures of its slides, by their paths inside the site.
   */
  public record Session(Path notes, String slug, Map<String, String> downloads,
      List<String> slides) {
    public Session {
      downloads = Map.copyOf(downloads);
      slides = List.copyOf(slides);
    }
  }

  /**
   * The site's files by their path inside the site, and the problems met.
   *
   * @param files the pages, the feed and the style sheet, each by its relative path
   */
  public record Site(Map<String, byte[]> files, List<Diagnostic> diagnostics) {
    public Site {
      files = Map.copyOf(files);
      diagnostics = List.copyOf(diagnostics);
    }
  }

  private static final Pattern ARXIV = Pattern.compile(
      "arxiv\\.org/(?:abs|pdf)/([0-9]{4}\\.[0-9]{4,5}|[a-z\\-]+/[0-9]{7})", Pattern.CASE_INSENSITIVE);
  private static final Pattern DOI = Pattern.compile("(10\\.[0-9]{4,9}/[^\\s?#]+)");

  private final TemplateEngine engine;

  public SiteBuilder(TemplateSet set) throws IOException {
    this.engine = new TemplateEngine(set, Map.of(), RenderLimits.defaults());
  }

  /**
   * Renders the site.
   *
   * @param group the site's title: the group's name
   * @param term the term, or {@code null}
   * @param place where the group meets, or {@code null}
   * @param today what counts as upcoming: sessions on this day or later
   */
  public Site build(List<Session> sessions, String group, String term, String place,
      LocalDate today) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Map<String, Object>> all = new ArrayList<>();
    Map<String, Map<String, Object>> reading = new LinkedHashMap<>();
    NotesReader reader = new NotesReader();
    for (Session session : sessions) {
      ReadResult read = reader.read(NotesSource.file(session.notes(), session.notes().toString()));
      if (read.talk() == null) {
        diagnostics.addAll(read.diagnostics());
        continue;
      }
      Map<String, Object> model = session(read.talk(), session, today);
      all.add(model);
      collect(read.talk(), model, reading);
    }
    all.sort(Comparator.comparing((Map<String, Object> s) -> (String) s.get("sortKey")));
    Map<String, Object> site = new LinkedHashMap<>();
    site.put("title", group == null ? "Reading group" : group);
    if (term != null) {
      site.put("term", term);
    }
    if (place != null) {
      site.put("place", place);
    }
    site.put("today", today.toString());
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("site", site);
    model.put("sessions", all);
    model.put("upcoming", all.stream().filter(s -> Boolean.TRUE.equals(s.get("upcoming")))
        .toList());
    List<Map<String, Object>> past = new ArrayList<>(all.stream()
        .filter(s -> !Boolean.TRUE.equals(s.get("upcoming"))).toList());
    java.util.Collections.reverse(past);
    model.put("past", past);
    List<Map<String, Object>> papers = new ArrayList<>(distinct(reading.values()));
    papers.sort(Comparator.comparing(p -> ((String) p.get("title")).toLowerCase(Locale.ROOT)));
    model.put("papers", papers);
    Map<String, byte[]> files = new LinkedHashMap<>();
    render("site-index.ftlh", model, "index.html", files, diagnostics);
    render("site-reading.ftlh", model, "reading-list.html", files, diagnostics);
    render("site-feed.ftlx", model, "feed.atom", files, diagnostics);
    render("site.css", model, "site.css", files, diagnostics);
    for (Map<String, Object> session : all) {
      Map<String, Object> one = new LinkedHashMap<>(model);
      one.put("session", session);
      render("site-session.ftlh", one, "sessions/" + session.get("slug") + "/index.html", files,
          diagnostics);
    }
    return new Site(files, diagnostics);
  }

  /** The entries once each, though the map holds some under two keys. */
  private static List<Map<String, Object>> distinct(java.util.Collection<Map<String, Object>> all) {
    java.util.Set<Map<String, Object>> seen =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    return all.stream().filter(seen::add).toList();
  }

  private void render(String template, Map<String, Object> model, String path,
      Map<String, byte[]> files, List<Diagnostic> diagnostics) {
    Rendered rendered = engine.renderSitePage(template, model);
    diagnostics.addAll(rendered.diagnostics());
    if (!rendered.failed()) {
      files.put(path, rendered.text().getBytes(StandardCharsets.UTF_8));
    }
  }

  private static Map<String, Object> session(Talk talk, Session session, LocalDate today) {
    Map<String, Object> model = new LinkedHashMap<>();
    String date = talk.info().date();
    LocalDate day = parse(date);
    model.put("slug", session.slug());
    model.put("title", talk.info().title());
    model.put("date", date == null ? "" : date);
    model.put("dated", day != null);
    model.put("upcoming", day != null && !day.isBefore(today));
    model.put("sortKey", (day == null ? "9999-99-99" : day.toString()) + " " + session.slug());
    model.put("presenter", String.join(", ", talk.info().presenters()));
    model.put("event", talk.info().event() == null ? "" : talk.info().event());
    model.put("venue", talk.info().venue() == null ? "" : talk.info().venue());
    model.put("page", "sessions/" + session.slug() + "/index.html");
    model.put("downloads", session.downloads());
    // Pictures of the slides, by their path inside the site, in order.
    model.put("slides", session.slides());
    List<Map<String, Object>> papers = new ArrayList<>();
    for (Paper paper : talk.papers()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("title", paper.title().plainText());
      p.put("link", paper.link() == null ? "" : paper.link());
      p.put("authors", String.join(", ", paper.authors()));
      papers.add(p);
    }
    model.put("papers", papers);
    return model;
  }

  private static LocalDate parse(String date) {
    if (date == null) {
      return null;
    }
    try {
      return LocalDate.parse(date.strip().length() >= 10 ? date.strip().substring(0, 10)
          : date.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Every paper and further reading of the talk into the reading list, once per paper. */
  private static void collect(Talk talk, Map<String, Object> session,
      Map<String, Map<String, Object>> reading) {
    for (Category category : talk.categories()) {
      for (Paper paper : category.papers()) {
        add(reading, paper.title().plainText(), paper.link(), String.join(", ", paper.authors()),
            paper.year(), category.name(), "presented", session);
      }
    }
    for (Reading further : talk.furtherReading()) {
      add(reading, further.title().plainText(), further.link(), "", null, "", "recommended",
          session);
    }
  }

  @SuppressWarnings("unchecked")
  private static void add(Map<String, Map<String, Object>> reading, String title, String link,
      String authors, String year, String category, String how, Map<String, Object> session) {
    // One paper under its link's key and under its title's, so that a mention with a link and
    // one without find each other.
    String key = key(title, link);
    String byTitle = key(title, null);
    Map<String, Object> known = reading.containsKey(key) ? reading.get(key) : reading.get(byTitle);
    if (known != null) {
      reading.putIfAbsent(key, known);
    }
    Map<String, Object> entry = reading.computeIfAbsent(key, k -> {
      Map<String, Object> fresh = new LinkedHashMap<>();
      fresh.put("title", title);
      fresh.put("link", link == null ? "" : link);
      fresh.put("authors", authors);
      fresh.put("year", year == null ? "" : year);
      fresh.put("category", category);
      fresh.put("presenters", new ArrayList<String>());
      fresh.put("discussed", new ArrayList<Map<String, Object>>());
      return fresh;
    });
    reading.putIfAbsent(byTitle, entry);
    if (((String) entry.get("link")).isEmpty() && link != null) {
      entry.put("link", link);
    }
    if (((String) entry.get("authors")).isEmpty() && !authors.isEmpty()) {
      entry.put("authors", authors);
    }
    if (((String) entry.get("category")).isEmpty() && !category.isEmpty()) {
      entry.put("category", category);
    }
    List<String> presenters = (List<String>) entry.get("presenters");
    String presenter = (String) session.get("presenter");
    if (!presenter.isEmpty() && !presenters.contains(presenter)) {
      presenters.add(presenter);
    }
    Map<String, Object> when = new LinkedHashMap<>();
    when.put("how", how);
    when.put("title", session.get("title"));
    when.put("date", session.get("date"));
    when.put("page", session.get("page"));
    ((List<Map<String, Object>>) entry.get("discussed")).add(when);
  }

  /**
   * What makes two mentions one paper: its DOI, else its arXiv identifier (without version),
   * else its link (scheme, "www." and a trailing slash aside), else its title in lower-case
   * letters and digits only.
   */
  static String key(String title, String link) {
    if (link != null && !link.isBlank()) {
      Matcher doi = DOI.matcher(link);
      if (doi.find()) {
        return "doi:" + doi.group(1).toLowerCase(Locale.ROOT);
      }
      Matcher arxiv = ARXIV.matcher(link);
      if (arxiv.find()) {
        return "arxiv:" + arxiv.group(1).toLowerCase(Locale.ROOT);
      }
      return "link:" + link.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "")
          .replaceFirst("^www\\.", "").replaceAll("/+$", "");
    }
    return "title:" + title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
  }
}
