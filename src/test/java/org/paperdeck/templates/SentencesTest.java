package org.paperdeck.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The lightning set's key insight, when a paper has no insights, is a whole first sentence. */
class SentencesTest {
  @Test
  void theFirstSentenceEndsAtItsFullStopNotAtAnAbbreviationOrAnInitial() {
    assertEquals("Smith et al. show that mixup helps, e.g. on CIFAR.",
        Sentences.first("Smith et al. show that mixup helps, e.g. on CIFAR. It also hurts."));
    assertEquals("J. R. Smith trained the model twice.",
        Sentences.first("J. R. Smith trained the model twice. Then again."));
  }

  @Test
  void aFragmentOfFewerThanThreeWordsIsNeverTheSentence() {
    assertEquals("Yes. The method scales to long inputs.",
        Sentences.first("Yes. The method scales to long inputs. More follows."));
  }

  @Test
  void textWithoutAFullStopIsTakenWholeAndFolded() {
    assertEquals("A summary without an end", Sentences.first("A summary\n  without an end"));
    assertEquals("", Sentences.first("  "));
  }
}
