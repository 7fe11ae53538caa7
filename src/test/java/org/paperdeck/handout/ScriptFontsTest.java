package org.paperdeck.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.model.FontRequest;

class ScriptFontsTest {
  @TempDir
  Path dir;

  @Test
  void eachCjkLanguagePrefersItsOwnFace() {
    assertEquals("Noto Sans CJK SC", ScriptFonts.preferredFamilies("zh-CN", Set.of()).get(0));
    assertEquals("Noto Sans CJK SC", ScriptFonts.preferredFamilies("zh", Set.of()).get(0));
    assertEquals("Noto Sans CJK TC", ScriptFonts.preferredFamilies("zh-TW", Set.of()).get(0));
    assertEquals("Noto Sans CJK TC", ScriptFonts.preferredFamilies("zh-Hant", Set.of()).get(0));
    assertEquals("Noto Sans CJK HK", ScriptFonts.preferredFamilies("zh-HK", Set.of()).get(0));
    assertEquals("Noto Sans CJK JP", ScriptFonts.preferredFamilies("ja", Set.of()).get(0));
    assertEquals("Noto Sans CJK KR", ScriptFonts.preferredFamilies("ko-KR", Set.of()).get(0));
  }

  @Test
  void aTalkInAnotherLanguageTakesTheFaceItsCharactersCallFor() {
    assertEquals("Noto Sans CJK JP", ScriptFonts.preferredFamilies("en", Set.of((int) 'か')).get(0));
    assertEquals("Noto Sans CJK KR", ScriptFonts.preferredFamilies("en", Set.of((int) '한')).get(0));
    assertEquals("Noto Sans CJK SC", ScriptFonts.preferredFamilies("en", Set.of((int) '中')).get(0));
  }

  @Test
  void fontFilesAreReadForTheirNamesWeightAndCharacters() throws IOException {
    Path file = copy("DejaVuSans-Bold.ttf");
    List<FontFace> faces = FontFace.read(file);
    assertEquals(1, faces.size());
    FontFace face = faces.get(0);
    assertEquals("DejaVu Sans", face.family);
    assertTrue(face.isBold());
    assertTrue(face.has('∈') && face.has('A'));
    assertTrue(!face.has(0x4E2D));
    assertEquals(List.of(), FontFace.read(Files.writeString(dir.resolve("x.ttf"), "not a font")));
  }

  @Test
  void fontsTheNotesNameComeFirstByPathOrFamily() throws IOException {
    Path regular = copy("DejaVuSans.ttf");
    copy("DejaVuSans-Bold.ttf");
    List<FontFace> machine = SystemFonts.scan(List.of(dir), false);
    SourcePos pos = new SourcePos("talk.md", 4, 5);
    ScriptFonts.Choice byPath = ScriptFonts.choose(Set.of((int) '∈'), "en",
        List.of(new FontRequest("DejaVuSans.ttf", pos)), dir, () -> machine);
    assertEquals(1, byPath.fonts().size());
    assertEquals(regular.toString(), byPath.fonts().get(0).regular().spec());
    assertTrue(byPath.fonts().get(0).bold().isBold()); // its bold face, found by family
    assertEquals(Set.of(), byPath.missing());

    ScriptFonts.Choice byName = ScriptFonts.choose(Set.of((int) '∈'), "en",
        List.of(new FontRequest("dejavu sans", pos)), dir, () -> machine);
    assertEquals("DejaVu Sans", byName.fonts().get(0).describe());

    ScriptFonts.Choice unknown = ScriptFonts.choose(Set.of(0x0378), "en",
        List.of(new FontRequest("DejaVu Snas", pos)), dir, () -> machine);
    assertEquals(Set.of(0x0378), unknown.missing());
    assertEquals("talk.md:4:5: warning: no font named 'DejaVu Snas' on this machine; the handout"
        + " uses its other fonts", unknown.problems().get(0).headline());
    assertEquals("did you mean 'DejaVu Sans'?", unknown.problems().get(0).hint());
    assertTrue(unknown.tried().contains("DejaVu Snas"), unknown.tried()::toString);
  }

  @Test
  void nothingIsScannedWhenTheBuiltInFontsSuffice() {
    ScriptFonts.Choice choice = ScriptFonts.choose(Set.of(), "zh-CN", List.of(), dir, () -> {
      throw new AssertionError("the machine's fonts were scanned");
    });
    assertEquals(List.of(), choice.fonts());
  }

  private Path copy(String name) throws IOException {
    Path target = dir.resolve(name);
    try (InputStream in = ScriptFontsTest.class.getClassLoader()
        .getResourceAsStream("net/sf/jasperreports/fonts/dejavu/" + name)) {
      Files.copy(in, target);
    }
    return target;
  }
}
