package org.paperdeck.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QrCodesTest {
  private static final List<String> LINKS =
      IntStream.range(0, 40).mapToObj(i -> "https://example.org/paper/" + i).toList();

  /**
   * The deck thread overtakes the thread drawing ahead (held on the first link): the codes it
   * draws itself are kept, and the thread, once let go, does not draw them again.
   */
  @Test
  void aCodeIsDrawnOnceWhicheverThreadIsAhead() throws InterruptedException {
    Map<String, Integer> draws = new ConcurrentHashMap<>();
    CountDownLatch overtaken = new CountDownLatch(1);
    Function<String, byte[]> drawer = link -> {
      if (link.equals(LINKS.get(0))) {
        await(overtaken);
      }
      draws.merge(link, 1, Integer::sum);
      return link.getBytes(StandardCharsets.UTF_8);
    };
    try (QrCodes codes = new QrCodes(LINKS, drawer, true)) {
      for (String link : LINKS.subList(1, LINKS.size())) {
        assertArrayEquals(link.getBytes(StandardCharsets.UTF_8), codes.png(link));
      }
      overtaken.countDown();
      assertArrayEquals(LINKS.get(0).getBytes(StandardCharsets.UTF_8), codes.png(LINKS.get(0)));
      codes.awaitAhead();
    }
    assertEquals(LINKS.size(), draws.size());
    draws.forEach((link, times) -> assertEquals(1, times, link + " drawn " + times + " times"));
  }

  @Test
  void aLinkThatCannotBeACodeIsToldEveryTimeItIsAskedFor() {
    try (QrCodes codes = new QrCodes(LINKS, link -> {
      throw new IllegalArgumentException("too long for a QR code");
    }, false)) {
      for (int i = 0; i < 2; i++) {
        IllegalArgumentException problem =
            assertThrows(IllegalArgumentException.class, () -> codes.png(LINKS.get(0)));
        assertEquals("too long for a QR code", problem.getMessage());
      }
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
