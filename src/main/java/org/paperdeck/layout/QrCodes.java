package org.paperdeck.layout;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The QR codes of one deck, drawn ahead on a spare core while the slides are laid out. Encoding
 * a code (zxing tries all eight masks) is a tenth of a large deck's work and needs nothing from
 * POI, so a thread of its own walks the links in slide order; the deck thread takes a code that
 * is ready and draws one that is not itself, never waiting. Small decks, and machines with one
 * core, draw every code on the deck thread: there a thread costs more than it saves.
 */
final class QrCodes implements AutoCloseable {
  /** Fewer codes than this are drawn on the deck thread (about 2.5 ms each, cold). */
  static final int AHEAD_FROM = 32;

  /** A drawn code: the PNG, or why the link cannot be one. */
  private record Drawn(byte[] png, IllegalArgumentException problem) {}

  private final Map<String, Drawn> ready = new ConcurrentHashMap<>();
  private volatile boolean closed;

  QrCodes(List<String> links) {
    if (links.size() >= AHEAD_FROM && Runtime.getRuntime().availableProcessors() > 1) {
      Thread ahead = new Thread(() -> {
        for (String link : links) {
          if (closed) {
            return;
          }
          ready.computeIfAbsent(link, QrCodes::draw);
        }
      }, "paperdeck-qr-codes");
      ahead.setDaemon(true);
      ahead.start();
    }
  }

  /** The PNG for {@code link}; see {@link QrImage#png}. */
  byte[] png(String link) {
    Drawn drawn = ready.get(link);
    if (drawn == null) {
      drawn = draw(link);
    }
    if (drawn.problem() != null) {
      throw drawn.problem();
    }
    return drawn.png();
  }

  private static Drawn draw(String link) {
    try {
      return new Drawn(QrImage.png(link), null);
    } catch (IllegalArgumentException e) {
      return new Drawn(null, e);
    }
  }

  /** Stops drawing ahead; codes not yet taken are dropped. */
  @Override
  public void close() {
    closed = true;
    ready.clear();
  }
}
