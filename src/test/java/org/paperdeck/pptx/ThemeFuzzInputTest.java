package org.paperdeck.pptx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The fuzz test's two forms of input stand for the themes they are made from. */
class ThemeFuzzInputTest {
  @Test
  void aThemeWrittenOutPartByPartIsTheSameThemeAgain() throws IOException {
    byte[] theme = HostileThemes.defaultTheme();
    byte[] again = ThemeFuzzInput.theme(ThemeFuzzInput.plain(theme));
    assertEquals(ThemeReport.inspect(theme), ThemeReport.inspect(again));
  }

  @Test
  void aZipArchiveIsUsedAsItIs() {
    byte[] theme = HostileThemes.defaultTheme();
    assertArrayEquals(theme, ThemeFuzzInput.theme(theme));
  }
}
