package org.paperdeck.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The API's promise to its users: what it shows are its own types, the diagnostics' values and
 * Java's, so no internal package or library becomes part of it; and each public thing in it
 * says what it does.
 */
class ApiSurfaceTest {
  private static final Path SOURCES = Path.of("src/main/java/org/paperdeck/api");
  private static final List<String> SHOWN_PACKAGES =
      List.of("java.", "org.paperdeck.api.", "org.paperdeck.diagnostics.");

  @Test
  void publicSignaturesShowOnlyApiDiagnosticsAndJavaTypes() throws Exception {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : publicTypes()) {
      List<Executable> members = new ArrayList<>(List.of(type.getConstructors()));
      members.addAll(List.of(type.getMethods()));
      for (Executable member : members) {
        if (member.getDeclaringClass() != type) {
          continue;
        }
        List<Type> shown = new ArrayList<>(List.of(member.getGenericParameterTypes()));
        shown.addAll(List.of(member.getGenericExceptionTypes()));
        if (member instanceof Method method) {
          shown.add(method.getGenericReturnType());
        }
        shown.forEach(t -> check(t, type.getSimpleName() + "." + member.getName(), leaks));
      }
      for (Field field : type.getFields()) {
        check(field.getGenericType(), type.getSimpleName() + "." + field.getName(), leaks);
      }
    }
    assertEquals(List.of(), leaks);
  }

  @Test
  void everyPublicTypeAndMemberHasADocComment() throws IOException {
    List<String> undocumented = new ArrayList<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path file : files.filter(f -> !f.endsWith("package-info.java")).toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i).strip();
          boolean constant = line.matches("[A-Z0-9_]+\\(.*\\)[,;]") || line.matches("[A-Z0-9_]+[,;]");
          if ((line.startsWith("public ") || constant) && !documented(lines, i)) {
            undocumented.add(file.getFileName() + ":" + (i + 1) + ": " + line);
          }
        }
      }
    }
    assertEquals(List.of(), undocumented);
  }

  /** Whether the declaration at {@code index} follows a doc comment (annotations between). */
  private static boolean documented(List<String> lines, int index) {
    int i = index - 1;
    while (i >= 0 && lines.get(i).strip().startsWith("@")) {
      i--;
    }
    if (i >= 0 && lines.get(i).strip().endsWith("*/")) {
      while (i >= 0 && !lines.get(i).strip().startsWith("/*")) {
        i--;
      }
      return i >= 0 && lines.get(i).strip().startsWith("/**");
    }
    // Members that override a documented method inherit its comment.
    return i >= 0 && lines.get(i).strip().equals("@Override")
        || index > 0 && lines.get(index - 1).strip().equals("@Override");
  }

  private static void check(Type type, String where, List<String> leaks) {
    if (type instanceof Class<?> plain) {
      Class<?> element = plain;
      while (element.isArray()) {
        element = element.getComponentType();
      }
      String name = element.getName() + ".";
      if (!element.isPrimitive() && SHOWN_PACKAGES.stream().noneMatch(name::startsWith)) {
        leaks.add(where + " shows " + element.getName());
      }
    } else if (type instanceof ParameterizedType generic) {
      check(generic.getRawType(), where, leaks);
      for (Type argument : generic.getActualTypeArguments()) {
        check(argument, where, leaks);
      }
    } else if (type instanceof WildcardType wildcard) {
      Stream.concat(Stream.of(wildcard.getUpperBounds()), Stream.of(wildcard.getLowerBounds()))
          .forEach(bound -> check(bound, where, leaks));
    } else if (type instanceof GenericArrayType array) {
      check(array.getGenericComponentType(), where, leaks);
    }
  }

  private static List<Class<?>> publicTypes() throws Exception {
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path file : files.filter(f -> !f.endsWith("package-info.java")).toList()) {
        String name = file.getFileName().toString().replace(".java", "");
        Class<?> type = Class.forName("org.paperdeck.api." + name);
        types.add(type);
        for (Class<?> nested : type.getDeclaredClasses()) {
          if (Modifier.isPublic(nested.getModifiers())) {
            types.add(nested);
          }
        }
      }
    }
    return types;
  }
}
