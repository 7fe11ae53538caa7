package org.paperdeck.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RunCollectorTest {
  /** What a plan's text reads as: XML's white space folded, nothing else touched. */
  @Test
  void foldsWhiteSpaceAsAnXmlReaderWould() {
    Random random = new Random(20);
    String alphabet = "ab \t\r\n\u00a0\u3000é";
    for (int n = 0; n < 5_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String raw = text.toString();
      assertEquals(raw.replaceAll("[ \\t\\r\\n]+", " "), RunCollector.collapseSpace(raw),
          "[" + raw + "]");
    }
  }

  @Test
  void textWithNothingToFoldIsKeptAsItIs() {
    String plain = " one space, and a trailing one ";
    assertSame(plain, RunCollector.collapseSpace(plain));
  }
}
