package org.paperdeck.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;

/** A Chinese talk's deck tells PowerPoint which runs are Chinese and which English. */
class RunLanguagesTest {
  private static final String PLAN = """
      <deck lang="zh-CN">
        <slide role="paper"><title>一种渐进式蒸馏方法</title>
          <body><p>作者提出先训练小模型。</p><p>The method is evaluated twice.</p></body>
          <notes><p>讨论时间五分钟。</p></notes></slide>
      </deck>
      """;

  @Test
  void chineseRunsAreChineseWithTheThemesEastAsianFaceAndLatinRunsEnglish() throws IOException {
    try (XMLSlideShow show = DeckWriterTest.read(DeckWriterTest.write(PLAN, "languages"))) {
      XSLFSlide slide = show.getSlides().get(0);
      Map<String, String> langs = new LinkedHashMap<>();
      Map<String, String> eastAsian = new LinkedHashMap<>();
      collect(slide.getShapes(), langs, eastAsian);
      collect(slide.getNotes().getShapes(), langs, eastAsian);
      assertEquals("zh-CN", langs.get("一种渐进式蒸馏方法"));
      assertEquals("zh-CN", langs.get("作者提出先训练小模型。"));
      assertEquals("en-US", langs.get("The method is evaluated twice."));
      assertEquals("zh-CN", langs.get("讨论时间五分钟。"), "the speaker notes too");
      assertEquals("+mn-ea", eastAsian.get("作者提出先训练小模型。"));
      assertFalse(eastAsian.containsKey("The method is evaluated twice."));
    }
  }

  @Test
  void aRunThatMixesScriptsBecomesARunAScriptWithItsLanguageAndFace() throws IOException {
    String plan = """
        <deck lang="zh-CN">
          <slide role="paper"><title>混合文本</title>
            <body><p>作者用 <b>BERT 模型</b>做实验。</p><p>以 ابن الهيثم 命名。</p></body></slide>
        </deck>
        """;
    try (XMLSlideShow show = DeckWriterTest.read(DeckWriterTest.write(plan, "mixed"))) {
      List<String> runs = new ArrayList<>();
      for (XSLFShape shape : show.getSlides().get(0).getShapes()) {
        if (shape instanceof XSLFTextShape text && text.getText().startsWith("作者用")) {
          for (XSLFTextParagraph paragraph : text.getTextParagraphs()) {
            for (XSLFTextRun run : paragraph.getTextRuns()) {
              CTTextCharacterProperties rPr = ((CTRegularTextRun) run.getXmlObject()).getRPr();
              runs.add(run.getRawText() + "|" + rPr.getLang() + "|" + rPr.getB()
                  + "|" + (rPr.isSetEa() ? rPr.getEa().getTypeface() : "-")
                  + "|" + (rPr.isSetCs() ? rPr.getCs().getTypeface() : "-"));
            }
            runs.add("¶");
          }
        }
      }
      assertEquals(List.of(
          "作者用 |zh-CN|false|+mn-ea|-", "BERT |en-US|true|-|-", "模型|zh-CN|true|+mn-ea|-",
          "做实验。|zh-CN|false|+mn-ea|-", "¶",
          "以 |zh-CN|false|+mn-ea|-", "ابن الهيثم |ar-SA|false|-|+mn-cs", "命名。|zh-CN|false|+mn-ea|-",
          "¶"), runs);
    }
  }

  private static void collect(Iterable<? extends XSLFShape> shapes, Map<String, String> langs,
      Map<String, String> eastAsian) {
    for (XSLFShape shape : shapes) {
      if (shape instanceof XSLFTextShape text) {
        for (XSLFTextParagraph paragraph : text.getTextParagraphs()) {
          for (XSLFTextRun run : paragraph.getTextRuns()) {
            if (run.getXmlObject() instanceof CTRegularTextRun regular && regular.isSetRPr()) {
              langs.put(regular.getT(), regular.getRPr().getLang());
              if (regular.getRPr().isSetEa()) {
                eastAsian.put(regular.getT(), regular.getRPr().getEa().getTypeface());
              }
            }
          }
        }
      }
    }
  }

  @Test
  void aParagraphThatStartsInArabicOrHebrewIsRightToLeftAndKeepsItsCharacters() throws IOException {
    String plan = """
        <deck lang="ar">
          <slide role="paper"><title>Reading group</title>
            <body><p>تعلم الآلة 2022</p><p>למידת מכונה</p><p>Plain English.</p></body></slide>
        </deck>
        """;
    try (XMLSlideShow show = DeckWriterTest.read(DeckWriterTest.write(plan, "rtl"))) {
      Map<String, Boolean> rtl = new LinkedHashMap<>();
      for (XSLFShape shape : show.getSlides().get(0).getShapes()) {
        if (shape instanceof XSLFTextShape text) {
          for (XSLFTextParagraph paragraph : text.getTextParagraphs()) {
            var properties = paragraph.getXmlObject().getPPr();
            rtl.put(paragraph.getText(), properties != null && properties.isSetRtl()
                && properties.getRtl());
          }
        }
      }
      assertEquals(true, rtl.get("تعلم الآلة 2022"), rtl.toString());
      assertEquals(true, rtl.get("למידת מכונה"), rtl.toString());
      assertEquals(false, rtl.get("Plain English."), rtl.toString());
    }
  }

  /**
   * A slide is walked for right-to-left paragraphs only when a run has a right-to-left letter,
   * looked for from Hebrew's block on: no character before it may be one, or a paragraph
   * starting with it would be left marked left to right.
   */
  @Test
  void noLetterBeforeHebrewIsWrittenRightToLeft() {
    for (char c = 0; c < RunLanguages.FIRST_RIGHT_TO_LEFT; c++) {
      assertNotEquals(Boolean.TRUE, RunLanguages.rightToLeft(String.valueOf(c)),
          "U+" + Integer.toHexString(c));
    }
    assertTrue(RunLanguages.hasRightToLeftLetter("see \u05d0 here"));
    assertTrue(RunLanguages.hasRightToLeftLetter("\u0627"));
    assertFalse(RunLanguages.hasRightToLeftLetter("Ünïcödé — 中文 Ελληνικά"));
  }
}
