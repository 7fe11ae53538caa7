package org.paperdeck.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;

/**
 * A master's date prompt, which LibreOffice prints on every slide of a deck made from a theme
 * it converted, is blanked; the theme's own words stay.
 */
class ThemePromptsTest {
  @Test
  void aMastersDatePromptIsBlankedAndItsOwnTextStays() throws Exception {
    byte[] theme;
    try (XMLSlideShow show = new XMLSlideShow(Files.newInputStream(
        Path.of("templates/default/theme.pptx")))) {
      XSLFSlideMaster master = show.getSlideMasters().get(0);
      XSLFTextBox date = master.createTextBox();
      date.setPlaceholder(Placeholder.DATETIME);
      date.setText("<date/time>");
      XSLFTextBox typed = master.createTextBox();
      typed.setText("<date/time>");
      XSLFTextBox lab = master.createTextBox();
      lab.setText("Machine Learning Lab <2026>");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      show.write(out);
      theme = out.toByteArray();
    }
    try (Theme opened = Theme.open(theme)) {
      List<String> texts = new ArrayList<>();
      for (XSLFShape shape : opened.show().getSlideMasters().get(0).getShapes()) {
        if (shape instanceof XSLFTextShape text && text.getText() != null
            && !text.getText().isBlank()) {
          texts.add(text.getText());
        }
      }
      assertEquals(0, texts.stream().filter(t -> t.contains("<date/time>")).count(), texts.toString());
      assertEquals(1, texts.stream().filter(t -> t.equals("Machine Learning Lab <2026>")).count(),
          texts.toString());
    }
  }
}
