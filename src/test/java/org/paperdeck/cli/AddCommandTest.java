package org.paperdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperdeck.cli.CliTest.paperdeck;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.cli.CliTest.Outcome;

/**
 * {@code paperdeck add} against a stub of arXiv's API and doi.org on the loopback address,
 * serving recorded answers: never the internet.
 */
class AddCommandTest {
  @TempDir
  Path dir;

  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();

  @BeforeEach
  void startStub() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api/query", exchange -> {
      requests.incrementAndGet();
      String query = exchange.getRequestURI().getQuery();
      answer(exchange, query.equals("id_list=2109.13059") ? "arxiv-2109.13059.xml" : null);
    });
    server.createContext("/doi/", exchange -> {
      requests.incrementAndGet();
      boolean csl = String.valueOf(exchange.getRequestHeaders().getFirst("Accept"))
          .equals("application/vnd.citationstyles.csl+json");
      answer(exchange, csl && exchange.getRequestURI().getPath()
          .equals("/doi/10.48550/arXiv.2105.14095") ? "doi-10.48550-arXiv.2105.14095.json" : null);
    });
    server.start();
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    System.setProperty(AddCommand.ARXIV_API, base + "/api/query");
    System.setProperty(AddCommand.DOI_RESOLVER, base + "/doi");
    System.setProperty(AddCommand.CACHE, dir.resolve("cache").toString());
  }

  @AfterEach
  void stopStub() {
    server.stop(0);
    System.clearProperty(AddCommand.ARXIV_API);
    System.clearProperty(AddCommand.DOI_RESOLVER);
    System.clearProperty(AddCommand.CACHE);
  }

  private static void answer(com.sun.net.httpserver.HttpExchange exchange, String recorded)
      throws IOException {
    if (recorded == null) {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
      return;
    }
    byte[] body;
    try (InputStream in = AddCommandTest.class.getResourceAsStream("lookups/" + recorded)) {
      body = in.readAllBytes();
    }
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Test
  void anArxivIdAndADoiPrintPaperBlocksReadyToEdit() {
    Outcome run = paperdeck("add", "arXiv:2109.13059", "doi:10.48550/arXiv.2105.14095");
    assertEquals(0, run.code(), run.err());
    assertEquals("""
        ## Trans-Encoder: Unsupervised sentence-pair modelling through self- and mutual-distillations
        Authors: Fangyu Liu, Yunlong Jiao, Jordan Massiah, Emine Yilmaz and Serhii Havrylov
        Link: https://arxiv.org/abs/2109.13059

        What the paper does.

        ## Weighted Training for Cross-Task Learning
        Authors: Shuxiao Chen, Koby Crammer, Hangfeng He, Dan Roth and Weijie J. Su
        Link: https://doi.org/10.48550/ARXIV.2105.14095

        What the paper does.

        """, run.out());
  }

  @Test
  void aPaperLookedUpOnceIsFoundAgainOffline() {
    assertEquals(0, paperdeck("add", "2109.13059").code());
    server.stop(0);
    Outcome again = paperdeck("add", "2109.13059");
    assertEquals(0, again.code(), again.err());
    assertTrue(again.out().startsWith("## Trans-Encoder"), again.out());
    assertEquals(1, requests.get());
  }

  @Test
  void offlineIsAClearFileProblemWithExitCode3() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    System.setProperty(AddCommand.ARXIV_API, "http://127.0.0.1:" + closed + "/api/query");
    Outcome run = paperdeck("add", "1703.03400");
    assertEquals(3, run.code());
    List<String> lines = run.err().lines().toList();
    assertTrue(lines.get(0).startsWith("paperdeck: cannot reach 127.0.0.1 to look up arXiv"
        + " 1703.03400: "), lines.get(0));
    assertTrue(lines.get(0).endsWith("; are you offline?"), lines.get(0));
    assertEquals("  hint: looked-up papers are kept in " + dir.resolve("cache")
        + "; add them again when online", lines.get(1));
  }

  @Test
  void anUnknownIdentifierIsBadInput() {
    Outcome run = paperdeck("add", "doi:10.1000/nothing");
    assertEquals(1, run.code());
    assertEquals(List.of("paperdeck: no paper has the DOI 10.1000/nothing"),
        run.err().lines().toList());
  }

  @Test
  void addingToNotesCitesTheNewKeyAndAppendsItsBibtexSoTheTalkBuilds() throws IOException {
    Files.writeString(dir.resolve("refs.bib"), "@misc{old, title = {Old}}\n");
    Path notes = Files.writeString(dir.resolve("talk.md"), """
        ---
        bibliography: refs.bib
        ---
        # Training Strategy

        ## @old
        Summary.

        # Further reading
        1. Something
        """);
    Outcome run = paperdeck("add", "2109.13059", "--to", notes.toString(), "--category",
        "Training Strategy");
    assertEquals(0, run.code(), run.err());
    assertEquals("""
        ---
        bibliography: refs.bib
        ---
        # Training Strategy

        ## @old
        Summary.

        ## @liutrans

        What the paper does.

        # Further reading
        1. Something
        """, Files.readString(notes));
    String bib = Files.readString(dir.resolve("refs.bib"));
    assertTrue(bib.startsWith("@misc{old, title = {Old}}\n\n@misc{liutrans,\n"
        + "  title = {Trans-Encoder: Unsupervised sentence-pair modelling through self- and"
        + " mutual-distillations},\n  author = {Liu, Fangyu and Jiao, Yunlong and Massiah, Jordan"
        + " and Yilmaz, Emine and Havrylov, Serhii},\n"), bib);
    Outcome plan = paperdeck("plan", notes.toString());
    assertEquals(0, plan.code(), plan.err());
    assertTrue(plan.out().contains("<title>Trans-Encoder: Unsupervised sentence-pair modelling"
        + " through self- and mutual-distillations</title>"), plan.out());
  }
}
