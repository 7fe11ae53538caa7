package org.paperdeck.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.paperdeck.templates.TemplateSet;

/**
 * What {@code paperdeck templates list} prints: each built-in template set, what it is for, and
 * the files it has of its own (the rest come from the default set). Kept apart from the picocli
 * command so that the answer needs no command-line parser ({@link QuickAnswers}).
 */
final class BuiltInSets {
  private BuiltInSets() {}

  static void print(PrintWriter out) {
    int width = TemplateSet.BUILT_IN_NAMES.stream().mapToInt(String::length).max().orElse(0) + 2;
    String indent = " ".repeat(width + 2);
    out.println("Built-in template sets (build with --templates NAME; copy one to edit with"
        + " 'paperdeck templates export DIR --set NAME'):");
    for (String name : TemplateSet.BUILT_IN_NAMES) {
      out.printf("  %-" + width + "s%s%n", name, TemplateSet.description(name));
      out.println(indent + files(name));
    }
    out.flush();
  }

  /** The set's own files, in the order a template author meets them. */
  private static String files(String name) {
    TemplateSet set = TemplateSet.builtIn(name);
    List<String> own = new ArrayList<>();
    for (String file : TemplateSet.FILES) {
      if (set.displayName(file).equals("templates/" + name + "/" + file)) {
        own.add(file);
      }
    }
    return String.join(", ", own) + (own.size() == TemplateSet.FILES.size()
        ? "" : "; the rest from " + TemplateSet.DEFAULT);
  }
}
