package org.paperdeck.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.paperdeck.diagnostics.Diagnostic;

class RenderGuardTest {
  private static final RenderLimits LIMITS = new RenderLimits(Duration.ofSeconds(5), 100,
      2_000_000);
  private static final RenderGuard.Given PICTURES =
      new RenderGuard.Given("3,714 slide pictures", 1_500_000);

  private static RenderGuard guard(RenderGuard.Given given) {
    return new RenderGuard(LIMITS, "handout.ftlh", UnaryOperator.identity(), given);
  }

  private static Diagnostic outOfMemory(RenderGuard.Given given, String message) {
    RenderGuard guard = guard(given);
    guard.ranOutOfMemory(new OutOfMemoryError(message));
    return guard.breach();
  }

  @Test
  void aHeapFilledWhilePrintingSlidePicturesBlamesThePicturesNotTheTemplate() {
    Diagnostic breach = outOfMemory(PICTURES, "Java heap space");
    assertTrue(breach.headline().contains("error: template ran out of memory printing the 3,714"
        + " slide pictures it was given (paperdeck has "), breach.headline());
    assertTrue(breach.hint().contains("--templates default"), breach.hint());
  }

  @Test
  void aValueLargerThanJavaCanMakeIsTheTemplatesEvenWithPicturesGiven() {
    String tooLarge = "Requested array size exceeds VM limit";
    assertEquals(outOfMemory(null, tooLarge).headline(),
        outOfMemory(PICTURES, tooLarge).headline());
    assertTrue(outOfMemory(PICTURES, tooLarge).headline()
        .contains("error: template made a value too large for memory"));
    assertTrue(outOfMemory(null, "Java heap space").headline()
        .contains("error: template made a value too large for memory"));
  }
}
