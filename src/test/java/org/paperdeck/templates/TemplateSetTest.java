package org.paperdeck.templates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateSetTest {
  @Test
  void onlyTheThemeShippedWithPaperdeckIsBuiltInNotAUsersCopyOfIt(@TempDir Path folder)
      throws IOException {
    TemplateSet.Resource shipped = TemplateSet.builtIn("default")
        .resource(TemplateSet.THEME).orElseThrow();
    Files.write(folder.resolve(TemplateSet.THEME), shipped.bytes());
    TemplateSet.Resource inFolder = new TemplateSet(folder)
        .resource(TemplateSet.THEME).orElseThrow();
    TemplateSet.Resource given = TemplateSet.builtIn("default")
        .withTheme(folder.resolve(TemplateSet.THEME)).resource(TemplateSet.THEME).orElseThrow();
    assertTrue(shipped.builtIn());
    assertFalse(inFolder.builtIn(), inFolder.displayName());
    assertFalse(given.builtIn(), given.displayName());
    assertArrayEquals(shipped.bytes(), inFolder.bytes());
  }

  @Test
  void aSetWithoutAThemeOfItsOwnTakesTheDefaultSetsAsBuiltIn() throws IOException {
    TemplateSet.Resource compact = TemplateSet.builtIn("compact")
        .resource(TemplateSet.THEME).orElseThrow();
    assertTrue(compact.builtIn());
    assertTrue(compact.displayName().startsWith("templates/default/"), compact.displayName());
  }
}
