package org.paperdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperdeck.cli.CliTest.paperdeck;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.cli.CliTest.Outcome;

/**
 * {@code paperdeck site}: the group's website from the test semester, read back page by page
 * with an HTML parser: the schedule in date order split at the given day, every link inside the
 * site reaching a file, nothing loaded from elsewhere, the reading list with one row per paper
 * and a filter, and an Atom feed that parses.
 */
class SiteTest {
  @TempDir
  Path dir;

  private Path semester;
  private Path site;

  @BeforeEach
  void buildSite() throws IOException {
    semester = Semester.copyInto(dir);
    site = dir.resolve("site");
  }


  private Outcome writeSite() {
    return paperdeck("site", semester.toString(), semester.resolve("lightning").toString(),
        semester.resolve("compact").toString(), semester.resolve("lab-theme").toString(),
        "-o", site.toString(), "--today", "2027-02-20");
  }

  private List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.walk(site)) {
      return files.filter(p -> p.toString().endsWith(".html")
          && !p.getFileName().toString().startsWith("week-")).sorted().toList();
    }
  }

  @Test
  void theScheduleListsSessionsByDateUpcomingAndPastAndLeavesTheBrokenTalkOut()
      throws IOException {
    Outcome run = writeSite();
    assertEquals(1, run.code(), run.err());
    assertTrue(run.out().contains("wrote the site of 6 sessions to " + site), run.out());
    assertTrue(run.err().contains("paperdeck: 1 of 7 talks left out of the site, for the errors"
        + " above: " + semester.resolve("week-03-broken.md")), run.err());
    Document home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
    assertEquals(List.of("2027-02-23", "2027-03-02", "2027-03-09", "2027-03-16"),
        home.select("#upcoming time").eachText());
    assertEquals(List.of("2027-02-09", "2027-02-02"), home.select("#past time").eachText());
    assertEquals("Tuesday NLP group", home.selectFirst("h1").text());
    assertEquals("Spring 2027 · Room 4.12", home.selectFirst(".where").text());
  }

  @Test
  void everyLinkInsideTheSiteReachesAFileAndNothingIsLoadedFromElsewhere() throws IOException {
    assertEquals(1, writeSite().code());
    List<String> broken = new ArrayList<>();
    for (Path page : pages()) {
      Document html = Jsoup.parse(page.toFile(), "UTF-8");
      assertEquals("html", html.documentType().name(), page.toString());
      assertEquals("en", html.selectFirst("html").attr("lang"), page.toString());
      assertFalse(html.title().isBlank(), page.toString());
      assertEquals("utf-8", html.selectFirst("meta[charset]").attr("charset"), page.toString());
      for (Element loads : html.select("script[src], link[href], img[src], iframe[src]")) {
        String address = loads.hasAttr("src") ? loads.attr("src") : loads.attr("href");
        assertFalse(URI.create(address).isAbsolute(), page + " loads " + address);
      }
      for (Element link : html.select("a[href], link[href]")) {
        URI address = URI.create(link.attr("href"));
        if (!address.isAbsolute()) {
          Path target = page.getParent().resolve(address.getPath()).normalize();
          if (!Files.isRegularFile(target)) {
            broken.add(page + " -> " + address);
          }
        }
      }
    }
    assertEquals(List.of(), broken);
    assertEquals(8, pages().size(), "home, reading list and six sessions");
  }

  @Test
  void aSessionPageHasTheSessionsFilesAndPapers() throws IOException {
    assertEquals(1, writeSite().code());
    Document page = Jsoup.parse(site.resolve("sessions/week-02-scaling/index.html").toFile(),
        "UTF-8");
    assertEquals("Scaling laws", page.selectFirst("h1").text());
    assertEquals(List.of("week-02-scaling.pptx", "week-02-scaling.pdf", "week-02-scaling.html"),
        page.select("#downloads a").eachAttr("href"));
    assertTrue(Files.size(site.resolve("sessions/week-02-scaling/week-02-scaling.pdf")) > 1000);
    assertEquals(List.of("Scaling laws for neural language models — Jared Kaplan"),
        page.select("#papers li").eachText());
    List<String> thumbnails = page.select("#slides img").eachAttr("src");
    assertTrue(thumbnails.size() >= 3, thumbnails::toString);
    assertEquals("slides/01.png", thumbnails.get(0));
    for (String thumbnail : thumbnails) {
      BufferedImage picture = ImageIO.read(site.resolve("sessions/week-02-scaling")
          .resolve(thumbnail).toFile());
      assertEquals(320, picture.getWidth(), thumbnail + ": a 16:9 slide at thumbnail size");
    }
  }

  @Test
  void theReadingListHasEachPaperOnceWithWhereItWasDiscussedAndAFilter() throws IOException {
    assertEquals(1, writeSite().code());
    Document list = Jsoup.parse(site.resolve("reading-list.html").toFile(), "UTF-8");
    List<Element> rows = list.select("#papers tbody tr");
    assertEquals(9, rows.size(), "nine papers; the retrieval paper recommended again is one");
    Element retrieval = rows.stream()
        .filter(row -> row.text().startsWith("Dense passage retrieval")).findFirst()
        .orElseThrow();
    assertEquals("Retrieval before generation (2027-02-02); Scaling laws (2027-02-09),"
        + " recommended", retrieval.select("td").get(5).text());
    assertEquals("search", list.selectFirst("#filter").attr("type"));
    assertTrue(list.selectFirst("script").data().contains("row.hidden = !match"));
    assertTrue(list.selectFirst("script").data().contains("aria-sort"), "columns sort");
    assertEquals("9 papers", list.selectFirst("#count").text());
  }

  @Test
  void theFeedIsAtomWithAnEntryPerSessionNewestFirst() throws Exception {
    assertEquals(1, writeSite().code());
    var feed = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
        .parse(site.resolve("feed.atom").toFile());
    var entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
    assertEquals(6, entries.getLength());
    assertEquals("The lab's theme again", ((org.w3c.dom.Element) entries.item(0))
        .getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title").item(0)
        .getTextContent());
  }
}
