package org.paperdeck.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The checks a theme file gets before POI opens it, and the themes shipped with paperdeck,
 * which are opened without them ({@link ThemeFile#shipped}): each must pass them.
 */
class ThemeFileTest {
  @Test
  void everyThemeShippedWithPaperdeckPassesTheChecksAUsersThemeGetsAndACutCopyFails()
      throws IOException {
    List<Path> shipped;
    try (Stream<Path> files = Files.walk(Path.of("templates"))) {
      shipped = files.filter(file -> file.getFileName().toString().equals("theme.pptx"))
          .toList();
    }
    assertFalse(shipped.isEmpty(), "no theme.pptx under templates/");
    for (Path theme : shipped) {
      byte[] bytes = Files.readAllBytes(theme);
      // Each check throws, naming what is wrong, when the file fails it.
      ThemeFile.check(bytes);
      IOException cut = assertThrows(IOException.class,
          () -> ThemeFile.check(Arrays.copyOf(bytes, bytes.length - 100)), theme.toString());
      assertTrue(cut.getMessage().startsWith("the file is cut short or damaged"),
          cut.getMessage());
    }
  }

  @Test
  void aFileThatFailedTheChecksFailsThemAgainAndTellsWhy() {
    byte[] text = "not a theme".getBytes();
    for (int i = 0; i < 2; i++) {
      IOException refused = assertThrows(IOException.class, () -> ThemeFile.check(text));
      assertEquals("not a .pptx or .potx file: it is not a zip archive", refused.getMessage());
    }
  }
}
