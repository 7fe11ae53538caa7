package org.paperdeck.layout;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The QR codes of one deck, drawn ahead on a spare core while the slides are laid out. Encoding
 * a code (zxing tries all eight masks) is a tenth of a large deck's work and needs nothing from
 * POI, so a thread of its own walks the links in slide order; the deck thread takes a code that
 * is ready, waits for the one being drawn, and draws one not begun itself, keeping it so that the
 * thread skips it: a code is drawn once, whichever thread is ahead. Small decks, and machines
 * with one core, draw every code on the deck thread: there a thread costs more than it saves.
 */
final class QrCodes implements AutoCloseable {
  /** Fewer codes than this are drawn on the deck thread (about 2.5 ms each, cold). */
  static final int AHEAD_FROM = 32;

  /** A drawn code: the PNG, or why the link cannot be one. */
  private record Drawn(byte[] png, IllegalArgumentException problem) {}

  /** Each link's code, drawn or being drawn by the thread that claimed it first. */
  private final Map<String, CompletableFuture<Drawn>> ready = new ConcurrentHashMap<>();
  private final Function<String, byte[]> drawer;
  private final Thread ahead;
  private volatile boolean closed;

  QrCodes(List<String> links) {
    this(links, QrImage::png,
        links.size() >= AHEAD_FROM && Runtime.getRuntime().availableProcessors() > 1);
  }

  /**
   * @param drawer the PNG of a link, throwing {@link IllegalArgumentException} for one that
   *     cannot be a code
   * @param drawAhead whether a thread of its own draws the codes ahead of the deck thread
   */
  QrCodes(List<String> links, Function<String, byte[]> drawer, boolean drawAhead) {
    this.drawer = drawer;
    if (!drawAhead) {
      ahead = null;
      return;
    }
    ahead = new Thread(() -> {
      for (String link : links) {
        if (closed) {
          return;
        }
        try {
          drawIfUnclaimed(link);
        } catch (RuntimeException | Error e) {
          return; // the deck thread meets it when it asks for this link
        }
      }
    }, "paperdeck-qr-codes");
    ahead.setDaemon(true);
    ahead.start();
  }

  /** The PNG for {@code link}; see {@link QrImage#png}. */
  byte[] png(String link) {
    CompletableFuture<Drawn> mine = drawIfUnclaimed(link);
    Drawn drawn;
    try {
      drawn = (mine != null ? mine : ready.get(link)).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
    if (drawn.problem() != null) {
      throw drawn.problem();
    }
    return drawn.png();
  }

  /**
   * Draws {@code link}'s code now, unless a thread has claimed it, for {@link #png} to take
   * later. A link that cannot be a code is told of when its code is taken.
   */
  void drawNow(String link) {
    drawIfUnclaimed(link);
  }

  /**
   * Draws {@code link}'s code when no thread has claimed it yet, and returns it; null when
   * another thread had, which then draws it (without holding the map, so neither thread waits
   * on the other for a link it does not need).
   */
  private CompletableFuture<Drawn> drawIfUnclaimed(String link) {
    CompletableFuture<Drawn> mine = new CompletableFuture<>();
    if (ready.putIfAbsent(link, mine) != null) {
      return null;
    }
    try {
      mine.complete(draw(link));
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e); // whoever waits for the link is told, not left waiting
      throw e;
    }
    return mine;
  }

  private Drawn draw(String link) {
    try {
      return new Drawn(drawer.apply(link), null);
    } catch (IllegalArgumentException e) {
      return new Drawn(null, e);
    }
  }

  /** Waits until the thread drawing ahead has walked every link (or was stopped). */
  void awaitAhead() throws InterruptedException {
    if (ahead != null) {
      ahead.join();
    }
  }

  /** Stops drawing ahead; codes not yet taken are dropped. */
  @Override
  public void close() {
    closed = true;
    ready.clear();
  }
}
