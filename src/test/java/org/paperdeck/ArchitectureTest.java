package org.paperdeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/architecture.md, checked against the sources: each package imports
 * only what its row of the doc's table allows (which makes the packages a pipeline with no
 * cycle), and inside a package no large knot of classes that all reach each other.
 */
class ArchitectureTest {
  private static final Path SOURCES = Path.of("src/main/java/org/paperdeck");
  private static final Path DOC = Path.of("docs/architecture.md");
  /** A row of the doc's table: | `package` | what it does | `a`, `b` |. */
  private static final Pattern ROW =
      Pattern.compile("^\\|\\s*`([a-z]+)`\\s*\\|[^|]*\\|([^|]*)\\|\\s*$");
  private static final Pattern REFERENCE = Pattern.compile("\\borg\\.paperdeck\\.([a-z]+)\\.");
  /** The largest group of one package's classes that may all reach one another. */
  private static final int LARGEST_KNOT = 4;

  @Test
  void everyPackageImportsOnlyWhatTheArchitectureDocAllows() throws IOException {
    Map<String, Set<String>> allowed = allowedImports();
    Map<String, Set<String>> actual = actualImports();
    assertEquals(new TreeSet<>(actual.keySet()), new TreeSet<>(allowed.keySet()),
        "docs/architecture.md has one row per package, no more and no fewer");
    List<String> broken = new ArrayList<>();
    actual.forEach((pkg, uses) -> {
      Set<String> extra = new TreeSet<>(uses);
      extra.removeAll(allowed.get(pkg));
      if (!extra.isEmpty()) {
        broken.add(pkg + " imports " + extra);
      }
    });
    assertTrue(broken.isEmpty(), String.join("\n", broken));
  }

  @Test
  void theAllowedImportsHaveNoCycle() throws IOException {
    Map<String, Set<String>> allowed = allowedImports();
    for (String start : allowed.keySet()) {
      Deque<String> todo = new ArrayDeque<>(allowed.get(start));
      Set<String> seen = new TreeSet<>();
      while (!todo.isEmpty()) {
        String next = todo.pop();
        assertTrue(!next.equals(start), start + " can reach itself through " + seen);
        if (seen.add(next)) {
          todo.addAll(allowed.getOrDefault(next, Set.of()));
        }
      }
    }
  }

  @Test
  void noPackageHasALargeKnotOfClassesThatAllReachEachOther() throws IOException {
    List<String> knots = new ArrayList<>();
    for (Path folder : packageFolders()) {
      for (Set<String> knot : stronglyConnected(classReferences(folder))) {
        if (knot.size() > LARGEST_KNOT) {
          knots.add(folder.getFileName() + ": " + knot);
        }
      }
    }
    assertTrue(knots.isEmpty(), "classes that all reach each other:\n" + String.join("\n", knots));
  }

  private static Map<String, Set<String>> allowedImports() throws IOException {
    Map<String, Set<String>> allowed = new TreeMap<>();
    for (String line : Files.readAllLines(DOC)) {
      Matcher row = ROW.matcher(line);
      if (row.matches()) {
        Set<String> uses = new TreeSet<>();
        Matcher name = Pattern.compile("`([a-z]+)`").matcher(row.group(2));
        while (name.find()) {
          uses.add(name.group(1));
        }
        allowed.put(row.group(1), uses);
      }
    }
    return allowed;
  }

  private static Map<String, Set<String>> actualImports() throws IOException {
    Map<String, Set<String>> uses = new TreeMap<>();
    for (Path folder : packageFolders()) {
      String pkg = folder.getFileName().toString();
      Set<String> found = new TreeSet<>();
      for (Path file : javaFiles(folder)) {
        Matcher reference = REFERENCE.matcher(code(file));
        while (reference.find()) {
          found.add(reference.group(1));
        }
      }
      found.remove(pkg);
      uses.put(pkg, found);
    }
    return uses;
  }

  /** Which classes of one package name which others (by simple name, outside comments). */
  private static Map<String, Set<String>> classReferences(Path folder) throws IOException {
    Map<String, String> code = new LinkedHashMap<>();
    for (Path file : javaFiles(folder)) {
      String name = file.getFileName().toString().replace(".java", "");
      if (!name.equals("package-info")) {
        code.put(name, code(file));
      }
    }
    Map<String, Set<String>> references = new HashMap<>();
    code.forEach((name, text) -> {
      Set<String> named = new TreeSet<>();
      for (String other : code.keySet()) {
        if (!other.equals(name) && Pattern.compile("\\b" + other + "\\b").matcher(text).find()) {
          named.add(other);
        }
      }
      references.put(name, named);
    });
    return references;
  }

  /** Tarjan's strongly connected components. */
  private static List<Set<String>> stronglyConnected(Map<String, Set<String>> graph) {
    List<Set<String>> components = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    int[] counter = {0};
    for (String node : graph.keySet()) {
      if (!index.containsKey(node)) {
        connect(node, graph, index, low, stack, onStack, counter, components);
      }
    }
    return components;
  }

  private static void connect(String node, Map<String, Set<String>> graph,
      Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
      Set<String> onStack, int[] counter, List<Set<String>> components) {
    index.put(node, counter[0]);
    low.put(node, counter[0]++);
    stack.push(node);
    onStack.add(node);
    for (String next : graph.get(node)) {
      if (!index.containsKey(next)) {
        connect(next, graph, index, low, stack, onStack, counter, components);
        low.put(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.contains(next)) {
        low.put(node, Math.min(low.get(node), index.get(next)));
      }
    }
    if (low.get(node).equals(index.get(node))) {
      Set<String> component = new TreeSet<>();
      String member;
      do {
        member = stack.pop();
        onStack.remove(member);
        component.add(member);
      } while (!member.equals(node));
      components.add(component);
    }
  }

  private static List<Path> packageFolders() throws IOException {
    try (Stream<Path> folders = Files.list(SOURCES)) {
      return folders.filter(Files::isDirectory).sorted().toList();
    }
  }

  private static List<Path> javaFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }

  /** The file's text without comments, so a Javadoc link is not a dependency. */
  private static String code(Path file) {
    try {
      return Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
