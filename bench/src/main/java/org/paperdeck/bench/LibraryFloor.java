package org.paperdeck.bench;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.qrcode.QRCodeWriter;
import com.lowagie.text.pdf.BaseFont;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.FutureTask;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.paperdeck.api.Paperdeck;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.xhtmlrenderer.pdf.ITextRenderer;
import picocli.CommandLine;

/**
 * The least that paperdeck's libraries take to start and do each job a build of the example
 * gives them, with none of paperdeck's own work: what no change to paperdeck's code can bring a
 * cold command under on this JVM (docs/performance.md, "Twelfth round"). Run by
 * {@code bench/floors.sh}, from a jar, so that a class-data archive can hold these classes as the
 * launcher's holds paperdeck's.
 *
 * <ul>
 *   <li>{@code plan NOTES TEMPLATES}: parse a command line with picocli, read the notes' YAML
 *       front matter and Markdown, parse the deck template and render a small one over the
 *       headings with FreeMarker;
 *   <li>{@code build NOTES TEMPLATES XHTML [SLIDES]}: the same, the handout template parsed too and
 *       one formula parsed by JLaTeXMath; then, on a second thread, the theme opened and written
 *       back with POI, text measured with java.awt and a QR code made for each of SLIDES papers
 *       (15), while the first lays out the handout's XHTML with Flying Saucer and OpenPDF,
 *       paperdeck's fonts registered;
 *   <li>{@code build-slides …}: the same, with SLIDES slides also made through POI's XSLF (a
 *       title, three paragraphs, speaker notes): what XSLF adds, the most a deck written as XML
 *       text could save;
 *   <li>{@code xhtml NOTES FILE}: not timed; writes the handout XHTML paperdeck makes of NOTES.
 * </ul>
 */
public final class LibraryFloor {
  private static final String THEME = "/org/paperdeck/templates/builtin/default/theme.pptx";
  private static final List<String> FONTS = List.of(
      "liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf",
      "liberation/LiberationSans-Italic.ttf", "liberation/LiberationSans-BoldItalic.ttf",
      "liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf",
      "liberation/LiberationSerif-Italic.ttf", "liberation/LiberationSerif-BoldItalic.ttf",
      "liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf",
      "liberation/LiberationMono-Italic.ttf", "liberation/LiberationMono-BoldItalic.ttf",
      "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf",
      "net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf");

  private LibraryFloor() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "plan" -> System.out.println(plan(Path.of(args[1]), Path.of(args[2])));
      case "build", "build-slides" -> {
        int slides = args.length > 4 ? Integer.parseInt(args[4]) : 15;
        boolean throughXslf = args[0].equals("build-slides");
        plan(Path.of(args[1]), Path.of(args[2]));
        configuration(Path.of(args[2])).getTemplate("handout.ftlh");
        new TeXFormula("\\alpha = 1 + h_\\gamma");
        FutureTask<Integer> deck = new FutureTask<>(() -> deck(slides, throughXslf));
        new Thread(deck, "deck").start();
        int handout = handout(Path.of(args[3]));
        System.out.println(deck.get() + " " + handout);
      }
      case "xhtml" -> {
        Map<String, String> generated = Paperdeck.builder().build().build(Path.of(args[1]))
            .generatedText();
        String xhtml = generated.entrySet().stream()
            .filter(entry -> entry.getKey().endsWith("[xhtml]")).map(Map.Entry::getValue)
            .findFirst().orElseThrow(() -> new IllegalStateException("no handout XHTML"));
        Files.writeString(Path.of(args[2]), xhtml);
      }
      default -> throw new IllegalArgumentException("unknown mode " + args[0]);
    }
  }

  @CommandLine.Command(name = "plan")
  static final class PlanCommand {
    @CommandLine.Parameters(index = "0")
    Path notes;
  }

  /** Returns the length of the rendered text, so that nothing is left unused. */
  private static int plan(Path notes, Path templates) throws Exception {
    PlanCommand command = new PlanCommand();
    new CommandLine(command).parseArgs(notes.toString());
    String[] parts = Files.readString(command.notes).split("(?m)^---\\s*$", 3);
    Object front = new Load(LoadSettings.builder().build()).loadFromString(parts[1]);
    Node document = Parser.builder()
        .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create())).build()
        .parse(parts[2]);
    Configuration configuration = configuration(templates);
    configuration.getTemplate("deck.ftlx");
    List<String> headings = new ArrayList<>();
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading) {
        headings.add("heading");
      }
    }
    Template small = new Template("small",
        "<deck><#list headings as h><slide>${h?xml}</slide></#list></deck>", configuration);
    StringWriter out = new StringWriter();
    small.process(Map.of("headings", headings, "front", front), out);
    return out.toString().length();
  }

  private static Configuration configuration(Path templates) throws Exception {
    Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
    configuration.setDirectoryForTemplateLoading(templates.toFile());
    return configuration;
  }

  /** Returns the deck's size in bytes. */
  private static int deck(int slides, boolean throughXslf) throws Exception {
    measureAndQr(slides);
    try (InputStream in = LibraryFloor.class.getResourceAsStream(THEME);
        XMLSlideShow show = new XMLSlideShow(in)) {
      if (throughXslf) {
        XSLFSlideLayout layout = show.getSlideMasters().get(0).getSlideLayouts()[1];
        for (int i = 0; i < slides; i++) {
          XSLFSlide slide = show.createSlide(layout);
          for (XSLFTextShape shape : slide.getPlaceholders()) {
            shape.clearText();
            for (int p = 0; p < 3; p++) {
              shape.addNewTextParagraph().addNewTextRun()
                  .setText("Paper " + i + ", point " + p + ": a sentence about what it shows.");
            }
          }
          XSLFNotes notes = show.getNotesSlide(slide);
          for (XSLFTextShape shape : notes.getPlaceholders()) {
            if (shape.getTextType() == Placeholder.BODY) {
              shape.setText("What to say about paper " + i);
            }
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      show.write(out);
      return out.size();
    }
  }

  /** What fitting text and linking papers ask of java.awt and zxing, once a paper. */
  private static void measureAndQr(int papers) throws Exception {
    Font font;
    try (InputStream in = LibraryFloor.class.getResourceAsStream(
        "/liberation/LiberationSans-Regular.ttf")) {
      font = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(20f);
    }
    FontRenderContext context = new FontRenderContext(null, true, true);
    int lines = 0;
    for (int i = 0; i < papers; i++) {
      AttributedString text = new AttributedString("Paper " + i + ": a sentence about what it"
          + " shows, long enough to need two lines on a slide of its own.");
      text.addAttribute(TextAttribute.FONT, font);
      LineBreakMeasurer measurer = new LineBreakMeasurer(text.getIterator(), context);
      while (measurer.getPosition() < text.getIterator().getEndIndex()) {
        measurer.nextLayout(400f);
        lines++;
      }
      new QRCodeWriter().encode("https://openreview.net/forum?id=paper" + i,
          BarcodeFormat.QR_CODE, 0, 0);
    }
    if (lines < papers) {
      throw new IllegalStateException("measured no lines");
    }
  }

  /** Returns the PDF's size in bytes. */
  private static int handout(Path xhtml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    org.w3c.dom.Document document = factory.newDocumentBuilder().parse(xhtml.toFile());
    ITextRenderer renderer = new ITextRenderer();
    for (String font : FONTS) {
      renderer.getFontResolver().addFont(font, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    }
    renderer.setDocument(document, new File(xhtml.toString()).toURI().toString());
    renderer.layout();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.createPDF(out);
    return out.size();
  }
}
