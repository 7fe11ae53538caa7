package org.paperdeck.pipeline;

import java.util.function.Function;
import java.util.function.Supplier;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.diagnostics.SourcePos;

/**
 * A stage that ran out of Java's stack, as an error of the input it was reading. The readers,
 * the deck writer and Flying Saucer walk what they read recursively, so elements nested
 * thousands deep (a template can print them in a loop) end in a {@link StackOverflowError}
 * rather than in a message; this turns it into one, naming the text that nests so deeply.
 */
final class TooDeep {
  private TooDeep() {}

  /**
   * What {@code stage} returns, or what {@code failed} makes of the error when the stack ran out.
   *
   * @param source how messages name the text the stage reads
   * @param what the text and the stage, as the message says them: "the deck plan nests too
   *     deeply to be made into slides"
   */
  static <T> T guard(Supplier<T> stage, String source, String what,
      Function<Diagnostic, T> failed) {
    try {
      return stage.get();
    } catch (StackOverflowError e) {
      return failed.apply(Diagnostic.error(SourcePos.startOf(source),
              what + " (Java's stack ran out)")
          .withHint("nest lists, quotes and elements a few levels deep, not hundreds"));
    }
  }
}
