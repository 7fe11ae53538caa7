package org.paperdeck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.paperdeck.cli.Cli;

/**
 * Golden cases, one folder each under {@code src/test/resources/golden/}, found automatically.
 * A case's {@code case.properties} names its notes ({@code notes}, from the project's root, or
 * the folder's own {@code input.md}) and the command's options ({@code args}); a
 * {@code theme.pptx} in the folder is used as {@code --theme}; {@code pins} lists the files
 * the case checks (all four unless it says; a theme's case has no handout of its own to pin).
 * Each case pins, as text:
 * <ul>
 *   <li>{@code plan.xml}: the deck plan the deck template made ({@code paperdeck plan});
 *   <li>{@code deck.txt}: the .pptx read back with POI, slide by slide: layout, each shape's
 *       text with its level and type size, pictures and display equations with their boxes,
 *       the speaker notes;
 *   <li>{@code handout.html}: the HTML handout, its pictures and its inlined stylesheet elided
 *       (the template set's handout.css is in the repository already);
 *   <li>{@code messages.txt}: what the command told the user.
 * </ul>
 * Markdown notes are built a second time with CRLF line endings and must give the same plan.
 * After a deliberate change, {@code mvn test -Dtest=GoldenTest -Dpaperdeck.accept=true}
 * rewrites the files; review {@code git diff src/test/resources/golden} and render the decks
 * before committing (docs/testing.md).
 */
class GoldenTest {
  private static final Path CASES = Path.of("src/test/resources/golden");
  private static final boolean ACCEPT = Boolean.getBoolean("paperdeck.accept");

  @TempDir
  Path work;

  @TestFactory
  Stream<DynamicNode> everyCaseMatchesItsGoldenFiles() throws IOException {
    try (Stream<Path> folders = Files.list(CASES)) {
      return folders.filter(Files::isDirectory).sorted().map(this::caseTests).toList().stream();
    }
  }

  /** The YAML translation of the example plans exactly as the Markdown does. */
  @Test
  void translatedNotesPlanAsTheMarkdown() throws IOException {
    // Everything but the notes positions (at="FILE:LINE:COL"), which differ by format.
    String noPositions = " at=\"[^\"]*\"";
    assertEquals(run("plan", "talks/iclr-2022.md").out().replaceAll(noPositions, ""),
        run("plan", "talks/iclr-2022-structured.yaml").out().replaceAll(noPositions, ""));
  }

  private DynamicNode caseTests(Path folder) {
    String name = folder.getFileName().toString();
    return DynamicContainer.dynamicContainer(name, Stream.of(
        DynamicTest.dynamicTest("outputs", () -> checkOutputs(folder)),
        DynamicTest.dynamicTest("plan with CRLF line endings", () -> checkCrlf(folder))));
  }

  private void checkOutputs(Path folder) throws IOException {
    GoldenCase golden = GoldenCase.of(folder);
    List<String> planArgs = new ArrayList<>(List.of("plan", golden.notes()));
    planArgs.addAll(golden.templateArgs());
    Result plan = run(planArgs.toArray(String[]::new));
    assertEquals(0, plan.code(), plan.err());

    Path out = Files.createDirectories(work.resolve(folder.getFileName()));
    List<String> buildArgs = new ArrayList<>(List.of("build", golden.notes(), "-o", out.toString(),
        "--formats", "pptx,html"));
    buildArgs.addAll(golden.args());
    Result build = run(buildArgs.toArray(String[]::new));
    assertEquals(0, build.code(), build.err());
    String base = Path.of(golden.notes()).getFileName().toString().replaceFirst("\\.[^.]+$", "");

    if (golden.pins("plan.xml")) {
      compare(folder.resolve("plan.xml"), plan.out());
    }
    if (golden.pins("deck.txt")) {
      compare(folder.resolve("deck.txt"), DeckText.of(out.resolve(base + ".pptx")));
    }
    if (golden.pins("handout.html")) {
      compare(folder.resolve("handout.html"), elide(
          Files.readString(out.resolve(base + ".html"), StandardCharsets.UTF_8)));
    }
    if (golden.pins("messages.txt")) {
      compare(folder.resolve("messages.txt"), build.err().replace(out.toString(), "OUT"));
    }
  }

  private void checkCrlf(Path folder) throws IOException {
    GoldenCase golden = GoldenCase.of(folder);
    if (!golden.notes().endsWith(".md") || !golden.pins("plan.xml")) {
      return;
    }
    Path notes = Path.of(golden.notes());
    Path crlf = Files.createDirectories(work.resolve("crlf")).resolve(notes.getFileName());
    Files.writeString(crlf, Files.readString(notes).replace("\n", "\r\n"));
    List<String> args = new ArrayList<>(List.of("plan", crlf.toString()));
    args.addAll(golden.templateArgs());
    Result plan = run(args.toArray(String[]::new));
    assertEquals(0, plan.code(), plan.err());
    // The copy lives elsewhere, so the notes positions (at="FILE:LINE:COL") name another file.
    assertEquals(Files.readString(folder.resolve("plan.xml")),
        plan.out().replace("at=\"" + crlf + ":", "at=\"" + golden.notes() + ":"),
        "the same notes with CRLF line endings plan differently");
  }

  private static void compare(Path golden, String actual) throws IOException {
    if (ACCEPT) {
      Files.writeString(golden, actual);
    }
    String expected = Files.exists(golden) ? Files.readString(golden) : "";
    assertEquals(expected, actual, golden + " differs (-Dpaperdeck.accept=true rewrites it;"
        + " then review git diff and the renders)");
  }

  /**
   * Pictures are pinned by the deck's boxes, not by PNG bytes that vary with the machine's
   * fonts; the stylesheet is the template set's own file.
   */
  static String elide(String html) {
    return html.replaceAll("data:([a-z]+/[a-z0-9.+-]+);base64,[A-Za-z0-9+/=]+", "data:$1;base64,…")
        .replaceAll("(?s)(<style[^>]*>).*?(</style>)", "$1…$2");
  }

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  private record Result(int code, String out, String err) {}

  /** One folder's settings. */
  private record GoldenCase(String notes, List<String> args, List<String> pinned) {
    static GoldenCase of(Path folder) throws IOException {
      Properties properties = new Properties();
      try (InputStream in = Files.newInputStream(folder.resolve("case.properties"))) {
        properties.load(in);
      }
      String notes = properties.getProperty("notes", folder.resolve("input.md").toString());
      List<String> args = new ArrayList<>();
      String given = properties.getProperty("args", "").strip();
      if (!given.isEmpty()) {
        args.addAll(List.of(given.split("\\s+")));
      }
      if (Files.exists(folder.resolve("theme.pptx"))) {
        args.addAll(List.of("--theme", folder.resolve("theme.pptx").toString()));
      }
      List<String> pinned = List.of(properties.getProperty("pins",
          "plan.xml deck.txt handout.html messages.txt").strip().split("\\s+"));
      return new GoldenCase(notes, List.copyOf(args), pinned);
    }

    boolean pins(String file) {
      return pinned.contains(file);
    }

    /** The options {@code plan} takes too: all but the theme. */
    List<String> templateArgs() {
      int theme = args.indexOf("--theme");
      if (theme < 0) {
        return args;
      }
      List<String> kept = new ArrayList<>(args);
      kept.subList(theme, theme + 2).clear();
      return kept;
    }
  }

  /** A deck as reviewable text. */
  static final class DeckText {
    private static final String DRAWINGML = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private final StringBuilder text = new StringBuilder();

    static String of(Path pptx) throws IOException {
      DeckText deck = new DeckText();
      try (InputStream in = Files.newInputStream(pptx); XMLSlideShow show = new XMLSlideShow(in)) {
        deck.line(0, "size " + show.getPageSize().width + " × " + show.getPageSize().height + " pt");
        for (XSLFSlide slide : show.getSlides()) {
          deck.slide(slide);
        }
      }
      return deck.text.toString();
    }

    private void slide(XSLFSlide slide) {
      line(0, "");
      line(0, "slide " + slide.getSlideNumber() + " on '" + slide.getSlideLayout().getName() + "'");
      for (XSLFShape shape : slide.getShapes()) {
        shape(shape);
      }
      XSLFNotes notes = slide.getNotes();
      if (notes != null) {
        for (XSLFShape shape : notes.getShapes()) {
          if (shape instanceof XSLFTextShape box && box.getPlaceholder() != null
              && box.getPlaceholder().name().equals("BODY") && !box.getText().isBlank()) {
            line(1, "notes:");
            paragraphs(box.getTextParagraphs());
          }
        }
      }
    }

    private void shape(XSLFShape shape) {
      String box = box(shape);
      if (shape instanceof XSLFTextShape textShape
          && textShape.getXmlObject() instanceof CTShape sp
          && textShape.getXmlObject().xmlText().contains("oMathPara")) {
        // A display formula as PowerPoint reads it (its picture fallback has the same box).
        line(1, "equation " + box + " " + sp.getNvSpPr().getCNvPr().getDescr());
      } else if (shape instanceof XSLFTextShape textShape) {
        String role = textShape.getPlaceholder() != null
            ? textShape.getPlaceholder().name().toLowerCase(Locale.ROOT) : "text box";
        line(1, role + " " + box);
        paragraphs(textShape.getTextParagraphs());
      } else if (shape instanceof XSLFPictureShape) {
        line(1, "picture " + box);
      } else if (shape instanceof XSLFTable table) {
        line(1, "table " + table.getNumberOfRows() + " × " + table.getNumberOfColumns() + " " + box);
        table.getRows().forEach(row -> line(2, "| " + String.join(" | ",
            row.getCells().stream().map(cell -> cell.getText().strip()).toList()) + " |"));
      } else {
        line(1, shape.getClass().getSimpleName().replace("XSLF", "").toLowerCase(Locale.ROOT)
            + " " + box);
      }
    }

    private void paragraphs(List<XSLFTextParagraph> paragraphs) {
      for (XSLFTextParagraph paragraph : paragraphs) {
        String text = withEquations(paragraph);
        if (text.isBlank()) {
          continue;
        }
        Double size = paragraph.getTextRuns().stream().map(XSLFTextRun::getFontSize)
            .filter(s -> s != null).findFirst().orElse(null);
        line(2, "[" + paragraph.getIndentLevel() + (size == null ? "" : ", " + points(size) + " pt")
            + "] " + text.replace("\n", "⏎").replace("\u000b", "⏎"));
      }
    }

    /**
     * The paragraph's text with each equation in its line as ⟨its fallback text⟩: POI's own
     * text leaves equations out, which would read as lost words.
     */
    private static String withEquations(XSLFTextParagraph paragraph) {
      if (!paragraph.getXmlObject().xmlText().contains("AlternateContent")) {
        return paragraph.getText();
      }
      StringBuilder text = new StringBuilder();
      try (XmlCursor child = paragraph.getXmlObject().newCursor()) {
        for (boolean more = child.toFirstChild(); more; more = child.toNextSibling()) {
          String name = child.getName().getLocalPart();
          if (name.equals("r") || name.equals("fld")) {
            text.append(child.getObject().selectPath(
                "declare namespace a='" + DRAWINGML + "' ./a:t")[0].newCursor().getTextValue());
          } else if (name.equals("br")) {
            text.append('\n');
          } else if (name.equals("AlternateContent")) {
            StringBuilder fallback = new StringBuilder();
            for (XmlObject t : child.getObject().selectPath("declare namespace a='" + DRAWINGML
                + "' declare namespace mc='" + MarkupCompatibility.MC + "' ./mc:Fallback//a:t")) {
              try (XmlCursor value = t.newCursor()) {
                fallback.append(value.getTextValue());
              }
            }
            text.append('⟨').append(fallback).append('⟩');
          }
        }
      }
      return text.toString();
    }

    private static String box(XSLFShape shape) {
      var anchor = shape.getAnchor();
      return anchor == null ? "" : "at " + points(anchor.getX()) + "," + points(anchor.getY())
          + " size " + points(anchor.getWidth()) + "×" + points(anchor.getHeight());
    }

    private static String points(double value) {
      return String.format(Locale.ROOT, "%.1f", value);
    }

    private void line(int indent, String content) {
      text.append("  ".repeat(indent)).append(content).append('\n');
    }
  }
}
