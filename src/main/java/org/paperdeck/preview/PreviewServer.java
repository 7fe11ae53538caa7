package org.paperdeck.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The preview's web server: the page, the slides' pictures, the handout and a stream of
 * Server-Sent Events that tells the page when a rebuild changed what it shows. It listens on
 * 127.0.0.1 only, and answers only requests whose path starts with a random token made for this
 * run (other users of the machine can reach the port, not guess the token) and whose
 * {@code Host} is this address or {@code localhost} with this port (a web page elsewhere that
 * points a name of its own at 127.0.0.1 gets nothing). The page loads nothing from elsewhere,
 * and says so to the browser in its Content-Security-Policy.
 *
 * <p>Its threads are named {@code paperdeck-preview-N}; {@link #close} ends them all and frees
 * the port.
 */
public final class PreviewServer implements AutoCloseable {
  /** How often an idle event stream gets a comment, to notice pages that were closed. */
  static final long KEEP_ALIVE_MS = 15_000;

  private static final String PAGE_POLICY = "default-src 'none'; img-src 'self' data:;"
      + " style-src 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self';"
      + " frame-src 'self'; base-uri 'none'; form-action 'none'";
  private static final String HANDOUT_POLICY = "default-src 'none'; img-src data:;"
      + " style-src 'unsafe-inline'; font-src data:; base-uri 'none'; form-action 'none'";

  private final HttpServer server;
  private final ExecutorService threads;
  private final String token;
  private final int port;
  private final Object lock = new Object();
  private PreviewState state = PreviewState.empty();
  private boolean closed;

  private PreviewServer(HttpServer server, ExecutorService threads, String token) {
    this.server = server;
    this.threads = threads;
    this.token = token;
    this.port = server.getAddress().getPort();
  }

  /**
   * Starts serving on 127.0.0.1.
   *
   * @param port the port, or 0 for any free one
   * @throws IOException when the port cannot be had (another program has it)
   */
  public static PreviewServer start(int port) throws IOException {
    HttpServer server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
    AtomicInteger count = new AtomicInteger();
    ExecutorService threads = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "paperdeck-preview-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    byte[] random = new byte[16];
    new SecureRandom().nextBytes(random);
    PreviewServer preview = new PreviewServer(server, threads, HexFormat.of().formatHex(random));
    server.setExecutor(threads);
    server.createContext("/", preview::handle);
    server.start();
    return preview;
  }

  /** The page's address, token included: what the user opens. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + port + "/" + token + "/");
  }

  /** The port listened on. */
  public int port() {
    return port;
  }

  /** What the page shows now. */
  public PreviewState state() {
    synchronized (lock) {
      return state;
    }
  }

  /** Shows {@code next} from now on, and tells every open page. */
  public void show(PreviewState next) {
    synchronized (lock) {
      state = next;
      lock.notifyAll();
    }
  }

  /** Stops listening, ends every open event stream and every thread, and frees the port. */
  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
      lock.notifyAll();
    }
    server.stop(0);
    threads.shutdownNow();
    try {
      threads.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String refused = refusal(exchange);
      if (refused != null) {
        send(exchange, 403, "text/plain; charset=utf-8", refused.getBytes(StandardCharsets.UTF_8));
        return;
      }
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        send(exchange, 405, "text/plain; charset=utf-8",
            "the preview only answers GET\n".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String path = exchange.getRequestURI().getPath().substring(token.length() + 1);
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
      exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
      if (path.equals("/")) {
        exchange.getResponseHeaders().set("Content-Security-Policy", PAGE_POLICY);
        send(exchange, 200, "text/html; charset=utf-8", page());
      } else if (path.equals("/state")) {
        send(exchange, 200, "application/json", StateJson.of(state()));
      } else if (path.equals("/events")) {
        events(exchange);
      } else if (path.equals("/handout")) {
        byte[] handout = state().handout();
        exchange.getResponseHeaders().set("Content-Security-Policy", HANDOUT_POLICY);
        send(exchange, handout == null ? 404 : 200, "text/html; charset=utf-8",
            handout == null ? "no handout yet".getBytes(StandardCharsets.UTF_8) : handout);
      } else if (path.matches("/slides/\\d{1,5}\\.png")) {
        int number = Integer.parseInt(path.substring(8, path.length() - 4));
        var slides = state().slides();
        byte[] png = number >= 1 && number <= slides.size() ? slides.get(number - 1).png() : null;
        send(exchange, png == null ? 404 : 200, png == null ? "text/plain" : "image/png",
            png == null ? "no such slide".getBytes(StandardCharsets.UTF_8) : png);
      } else {
        send(exchange, 404, "text/plain; charset=utf-8",
            "not found\n".getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      // The page went away in the middle of an answer: nothing to tell it.
    }
  }

  /** Why a request is refused, or {@code null} when it may be answered. */
  private String refusal(HttpExchange exchange) {
    String host = exchange.getRequestHeaders().getFirst("Host");
    String wantedHost = host == null ? "" : host.toLowerCase(Locale.ROOT);
    if (!wantedHost.equals("127.0.0.1:" + port) && !wantedHost.equals("localhost:" + port)) {
      return "refused: this preview answers only to 127.0.0.1:" + port + " or localhost:" + port
          + ", not to Host " + host + "\n";
    }
    String path = exchange.getRequestURI().getRawPath();
    String prefix = "/" + token;
    boolean tokenOk = path.length() > prefix.length() && path.charAt(prefix.length()) == '/'
        && MessageDigest.isEqual(path.substring(0, prefix.length()).getBytes(StandardCharsets.UTF_8),
            prefix.getBytes(StandardCharsets.UTF_8));
    return tokenOk ? null : "refused: open the address paperdeck preview printed, token and all\n";
  }

  /**
   * The event stream: a {@code build} event with the state's generation at once, then one after
   * every rebuild, until the page goes away or the server closes.
   */
  private void events(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    long shown = -1;
    while (true) {
      long generation;
      synchronized (lock) {
        long deadline = System.currentTimeMillis() + KEEP_ALIVE_MS;
        while (!closed && state.generation() == shown && System.currentTimeMillis() < deadline) {
          try {
            lock.wait(Math.max(1, deadline - System.currentTimeMillis()));
          } catch (InterruptedException e) {
            return;
          }
        }
        if (closed) {
          return;
        }
        generation = state.generation();
      }
      String event = generation == shown ? ": still here\n\n"
          : "event: build\ndata: " + generation + "\n\n";
      shown = generation;
      out.write(event.getBytes(StandardCharsets.UTF_8));
      out.flush();
    }
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
    if (!head) {
      exchange.getResponseBody().write(body);
    }
  }

  private static byte[] page() throws IOException {
    try (InputStream in = PreviewServer.class.getResourceAsStream("preview.html")) {
      if (in == null) {
        throw new IOException("preview.html is missing from the jar");
      }
      return in.readAllBytes();
    }
  }
}
