package org.paperdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code paperdeck preview} run in-process, asked with Java's own HTTP client as a browser
 * would: the page and each slide's picture with the token, nothing without it or for another
 * host name, an event on the stream after every rebuild with the new slides, errors over the last
 * good slides, and after the stop no thread of the server and a free port.
 */
class PreviewCommandTest {
  private static final long PATIENCE_MS = 120_000;

  /** A talk of one paper whose title is {@code %s}: the watch's notes. */
  private static final String NOTES = WatchCommandTest.NOTES;

  @TempDir
  Path dir;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void servesTheSlidesWithTheTokenAndTellsThePageOfEveryRebuild() throws Exception {
    Path notes = dir.resolve("talk.md");
    Files.writeString(notes, NOTES.formatted("A first title"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Thread preview = new Thread(() -> Cli.run(new String[] {"preview", notes.toString()},
        new PrintWriter(out, true), new PrintWriter(err, true)));
    preview.start();
    URI url;
    int port;
    try {
      url = URI.create(await(out, Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/\\w+/)")));
      port = url.getPort();
      await(err, Pattern.compile("(watching)"));

      HttpResponse<String> page = get(url);
      assertEquals(200, page.statusCode());
      assertTrue(page.body().contains("<title>paperdeck preview</title>"), page.body());
      assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow()
          .contains("default-src 'none'"));
      String state = get(url.resolve("state")).body();
      assertTrue(state.contains("\"title\":\"A first title\""), state);
      assertTrue(state.contains("\"role\":\"paper\""), state);
      HttpResponse<byte[]> picture = http.send(HttpRequest.newBuilder(url.resolve("slides/1.png"))
          .build(), HttpResponse.BodyHandlers.ofByteArray());
      assertEquals("image/png", picture.headers().firstValue("Content-Type").orElseThrow());
      assertEquals("\u0089PNG", new String(picture.body(), 0, 4, StandardCharsets.ISO_8859_1));
      assertTrue(get(url.resolve("handout")).body().contains("A first title"));

      // Without the token, with another's, or for another host name: refused.
      assertEquals(403, get(URI.create("http://127.0.0.1:" + port + "/")).statusCode());
      assertEquals(403, get(URI.create("http://127.0.0.1:" + port + "/0123456789abcdef/state"))
          .statusCode());
      String rebound = rawGet(port, url.getPath() + "state", "attacker.example:" + port);
      assertTrue(rebound.startsWith("HTTP/1.1 403"), rebound);
      assertTrue(rawGet(port, url.getPath() + "state", "localhost:" + port)
          .startsWith("HTTP/1.1 200"));

      BlockingQueue<String> events = new LinkedBlockingQueue<>();
      http.sendAsync(HttpRequest.newBuilder(url.resolve("events")).build(),
          HttpResponse.BodyHandlers.ofLines()).thenAccept(response ->
          response.body().filter(line -> line.startsWith("data: ")).forEach(events::add));
      assertEquals("data: 1", events.poll(PATIENCE_MS, TimeUnit.MILLISECONDS));

      Files.writeString(notes, NOTES.formatted("A second title"));
      assertEquals("data: 2", events.poll(PATIENCE_MS, TimeUnit.MILLISECONDS));
      state = get(url.resolve("state")).body();
      assertTrue(state.contains("\"title\":\"A second title\""), state);
      assertTrue(state.contains("\"problems\":[]"), state);

      Files.writeString(notes, NOTES.formatted("A third title")
          .replace("Authors: Ada Lovelace\n", "Authors: Ada Lovelace\nAutors: Nobody\n"));
      assertEquals("data: 3", events.poll(PATIENCE_MS, TimeUnit.MILLISECONDS));
      state = get(url.resolve("state")).body();
      assertTrue(state.contains(notes + ":9:1: error: ") && state.contains("Autors"), state);
      assertTrue(state.contains("\"title\":\"A second title\""), "the last good slides: " + state);
    } finally {
      preview.interrupt();
      preview.join(PATIENCE_MS);
    }
    assertFalse(preview.isAlive(), "the preview did not stop");
    assertTrue(err.toString().contains("paperdeck: stopped watching"), err.toString());
    try (Stream<Thread> threads = Thread.getAllStackTraces().keySet().stream()) {
      assertEquals(0, threads.filter(t -> t.isAlive()
          && t.getName().startsWith("paperdeck-preview-")).count(), "server threads left");
    }
    try (ServerSocket again = new ServerSocket(port, 1,
        java.net.InetAddress.getLoopbackAddress())) {
      assertEquals(port, again.getLocalPort(), "the port is free again");
    }
  }

  @Test
  void watchServeIsThePreviewAndWritesNoFiles() throws Exception {
    Path notes = dir.resolve("talk.md");
    Files.writeString(notes, NOTES.formatted("A served title"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Thread watch = new Thread(() -> Cli.run(new String[] {"watch", "--serve", notes.toString(),
        "--dpi", "30"}, new PrintWriter(out, true), new PrintWriter(err, true)));
    watch.start();
    try {
      URI url = URI.create(await(out, Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/\\w+/)")));
      await(err, Pattern.compile("(watching)"));
      assertTrue(get(url).body().contains("<title>paperdeck preview</title>"));
      String state = get(url.resolve("state")).body();
      assertTrue(state.contains("\"title\":\"A served title\""), state);
      assertEquals(403, get(URI.create("http://127.0.0.1:" + url.getPort() + "/")).statusCode());
    } finally {
      watch.interrupt();
      watch.join(PATIENCE_MS);
    }
    assertFalse(watch.isAlive(), "the preview did not stop");
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(java.util.List.of(notes), files.toList());
    }
  }

  @Test
  void watchRefusesServeOptionsWithoutServeAndFileOptionsWithIt() throws IOException {
    Path notes = Files.writeString(dir.resolve("talk.md"), NOTES.formatted("A title"));
    CliTest.Outcome port = CliTest.paperdeck("watch", notes.toString(), "--port", "8080");
    assertEquals(ExitCode.USAGE, port.code());
    assertTrue(port.err().contains("--port goes with --serve"), port.err());
    CliTest.Outcome output = CliTest.paperdeck("watch", "--serve", notes.toString(), "-o",
        dir.resolve("out").toString());
    assertEquals(ExitCode.USAGE, output.code());
    assertTrue(output.err().contains("-o is for the files watch writes; watch --serve writes"
        + " none"), output.err());
  }

  @Test
  void aPortThatIsTakenIsSaidPlainly() throws Exception {
    Path notes = dir.resolve("talk.md");
    Files.writeString(notes, NOTES.formatted("A title"));
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Cli.run(new String[] {"preview", notes.toString(), "--port",
          String.valueOf(taken.getLocalPort())}, new PrintWriter(out, true),
          new PrintWriter(err, true));
      assertEquals(ExitCode.FAILURE, code, err.toString());
      assertTrue(err.toString().contains("cannot serve the preview on port "
          + taken.getLocalPort()), err.toString());
      assertFalse(err.toString().contains("Exception"), err.toString());
    }
  }

  private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A request with a Host header of our choosing, which Java's HTTP client does not allow. */
  private static String rawGet(int port, String path, String host) throws IOException {
    try (Socket socket = new Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return new BufferedReader(new InputStreamReader(socket.getInputStream(),
          StandardCharsets.UTF_8)).readLine();
    }
  }

  /** Waits until {@code text} has a match of {@code pattern}; its first group. */
  private static String await(StringWriter text, Pattern pattern) throws InterruptedException {
    long end = System.currentTimeMillis() + PATIENCE_MS;
    while (true) {
      Matcher m = pattern.matcher(text.toString());
      if (m.find()) {
        return m.group(1);
      }
      if (System.currentTimeMillis() > end) {
        throw new AssertionError("never saw " + pattern + " in:\n" + text);
      }
      Thread.sleep(50);
    }
  }
}
