package org.paperdeck.notes;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.model.Category;
import org.paperdeck.model.Paper;

/**
 * The rules that look at the whole talk, whatever form it was written in (format doc, "Errors
 * and warnings"): categories are unique and not empty, paper titles are unique, and there is at
 * least one paper.
 */
final class TalkChecks {
  private TalkChecks() {}

  static void check(String file, List<Category> categories, Diagnostics diagnostics) {
    Map<String, SourcePos> seenPapers = new HashMap<>();
    Map<String, SourcePos> seenCategories = new HashMap<>();
    int papers = 0;
    for (Category category : categories) {
      String name = category.name().toLowerCase(Locale.ROOT);
      if (!name.isEmpty() && seenCategories.containsKey(name)) {
        diagnostics.error(category.pos(), "duplicate category '" + category.name() + "'",
            "first on line " + seenCategories.get(name).line() + "; merge the two");
      }
      seenCategories.putIfAbsent(name, category.pos());
      if (category.papers().isEmpty() && !category.name().isEmpty()) {
        diagnostics.error(category.pos(), "category '" + category.name() + "' has no papers",
            "add a paper under it or remove it");
      }
      for (Paper paper : category.papers()) {
        papers++;
        if (papers == Limits.MAX_PAPERS + 1) {
          diagnostics.error(paper.pos(), "more than " + Limits.MAX_PAPERS + " papers",
              "split the talk into several notes files");
        }
        String title = paper.title().plainText().strip().toLowerCase(Locale.ROOT);
        if (!title.isEmpty() && seenPapers.containsKey(title)) {
          diagnostics.error(paper.pos(), "duplicate paper '" + paper.title().plainText() + "'",
              "first on line " + seenPapers.get(title).line());
        }
        seenPapers.putIfAbsent(title, paper.pos());
      }
    }
    if (papers == 0) {
      diagnostics.error(SourcePos.startOf(file), "no papers in this file",
          "a paper is a level-2 heading (## Title) under a level-1 category heading (# Name)");
    }
  }
}
