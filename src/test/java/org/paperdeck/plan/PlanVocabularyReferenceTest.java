package org.paperdeck.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * docs/templates.md ("The deck plan") names every element, attribute and attribute value the
 * writer knows, so a change to {@link PlanVocabulary} without one to the reference fails here.
 */
class PlanVocabularyReferenceTest {
  /** Every element reachable from the top of the plan. */
  static TreeSet<String> elements() {
    TreeSet<String> seen = new TreeSet<>();
    Deque<String> todo = new ArrayDeque<>(PlanVocabulary.children(PlanVocabulary.DOCUMENT));
    while (!todo.isEmpty()) {
      String element = todo.pop();
      if (seen.add(element)) {
        todo.addAll(PlanVocabulary.children(element));
      }
    }
    return seen;
  }

  @Test
  void everyElementAttributeAndValueIsInTheReference() throws IOException {
    String reference = Files.readString(Path.of("docs/templates.md"));
    TreeSet<String> elements = elements();
    assertTrue(elements.containsAll(List.of("deck", "slide", "image", "qr", "math", "figure")),
        elements.toString());
    List<String> wanted = new ArrayList<>();
    for (String element : elements) {
      wanted.add("`<" + element + ">`");
      for (String attribute : PlanVocabulary.attributes(element)) {
        wanted.add("`" + element + "@" + attribute + "`");
      }
    }
    SlideRole.planNames().forEach(role -> wanted.add("`" + role + "`"));
    PlanVocabulary.PARAGRAPH_CLASSES.forEach(c -> wanted.add("`" + c + "`"));
    for (PlanImage.Corner corner : PlanImage.Corner.values()) {
      wanted.add("`" + corner.planName() + "`");
    }
    for (SlidePlan.Overflow overflow : SlidePlan.Overflow.values()) {
      wanted.add("`" + overflow.name().toLowerCase(java.util.Locale.ROOT) + "`");
    }
    List<String> missing = wanted.stream().filter(w -> !reference.contains(w)).toList();
    assertEquals(List.of(), missing, "not in docs/templates.md");
  }
}
