package org.paperdeck.refs;

import java.util.Objects;

/**
 * One author's name as a bibliography holds it: a family name and given names, or one literal
 * name (an organisation, or a name the file would not split).
 *
 * @param given the given names, or {@code null} for a literal name
 */
public record Name(String family, String given) {
  public Name {
    Objects.requireNonNull(family, "family");
    given = given == null || given.isBlank() ? null : given.strip();
  }

  /** The name as a byline writes it: given names first. */
  public String display() {
    return given == null ? family : given + " " + family;
  }

  /**
   * A name as notes write it ("Adam Santoro", "Rianne van den Berg"): the last word is the
   * family name, with the lower-case particles before it; one word is a literal name.
   */
  public static Name parse(String written) {
    String[] words = written.strip().split("\\s+");
    if (words.length < 2) {
      return new Name(written.strip(), null);
    }
    int family = words.length - 1;
    while (family > 1 && isParticle(words[family - 1])) {
      family--;
    }
    return new Name(String.join(" ", java.util.Arrays.copyOfRange(words, family, words.length)),
        String.join(" ", java.util.Arrays.copyOfRange(words, 0, family)));
  }

  static boolean isParticle(String word) {
    return !word.isEmpty() && Character.isLowerCase(word.codePointAt(0));
  }
}
