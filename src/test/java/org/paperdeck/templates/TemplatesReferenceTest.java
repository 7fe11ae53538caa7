package org.paperdeck.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.model.Talk;
import org.paperdeck.notes.NotesReader;

/**
 * docs/templates.md names every variable templates see: each key of the data model, walked for
 * a talk that uses every field, must appear in backticks, so a new key without its line in the
 * reference fails here.
 */
class TemplatesReferenceTest {
  static final Path REFERENCE = Path.of("docs/templates.md");

  @TempDir
  Path dir;

  /** A talk with every optional field given, so every optional key is present. */
  private Talk richTalk() throws IOException {
    ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), "png",
        dir.resolve("fig.png").toFile());
    String notes = """
        ---
        title: Reading group
        subtitle: Spring papers
        presenter: Jane Doe
        date: 2022-05-06
        event: NLP reading group
        venue: ICLR 2022
        duration: 20
        lang: en
        vars:
          logo: lab.png
        ---
        Opening words.

        # Training
        A category description.

        ## First paper
        Authors: Ann Lee and Bo Chen
        Affiliation: MIT
        Year: 2022
        Link: https://example.org/first
        Code: https://example.org/code
        Image: fig.png
        Presenter: Cy Diaz
        Minutes: 5
        Tags: distillation, NLP

        Summary. Second sentence.

        ### Insights
        - One.

        ### Method
        Steps.

        ### Questions
        - Why?

        ### Notes
        Speaker only.

        # Further reading
        1. [Pyraformer](https://example.org/pyraformer)
           - A note.
        """;
    return new NotesReader().read(notes.getBytes(StandardCharsets.UTF_8), "talk.md", dir, "talk")
        .talk();
  }

  /** Collects "prefix.key" for every key, naming list items by the singular of their list. */
  private static void walk(String prefix, Map<?, ?> map, TreeSet<String> names) {
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String name = prefix + "." + entry.getKey();
      names.add(name);
      if (entry.getValue() instanceof List<?> list) {
        for (Object item : list) {
          if (item instanceof Map<?, ?> itemMap) {
            walk(singular(entry.getKey().toString()), itemMap, names);
          }
        }
      } else if (entry.getValue() instanceof Map<?, ?> inner) {
        walk(name, inner, names);
      }
    }
  }

  private static String singular(String list) {
    return switch (list) {
      case "categories" -> "category";
      case "furtherReading" -> "reading";
      default -> list.substring(0, list.length() - 1); // papers, sections, slides
    };
  }

  @Test
  void everyVariableOfTheTalkIsInTheReference() throws IOException {
    Map<String, Object> model = TalkView.of(richTalk(), Dialect.PLAN, Map.of());
    assertEquals(List.of("talk", "vars", "labels", "label", "joinNames", "cssLabel"),
        List.copyOf(model.keySet()));
    TreeSet<String> names = new TreeSet<>();
    walk("talk", (Map<?, ?>) model.get("talk"), names);
    names.add("vars");
    names.addAll(List.of("label", "joinNames", "cssLabel"));
    ((Map<?, ?>) model.get("labels")).keySet().forEach(key -> names.add("labels." + key));
    assertTrue(names.size() > 40, names.toString()); // the walk reached papers and sections
    assertAllInReference(names);
  }

  @Test
  void everyHandoutOnlyVariableIsInTheReference() throws IOException {
    // The handout's extra variables as a template sees them, read back through a template.
    Files.writeString(dir.resolve("handout.ftlh"), "${.data_model?keys?join(\",\")}|"
        + "${output?keys?join(\",\")}|<#list deck.slides as s>${s?keys?join(\",\")}</#list>");
    HandoutOutput output = new HandoutOutput("pdf", "A4",
        List.of(new HandoutOutput.Slide(1, "T", "data:image/png;base64,AAAA")));
    String text = new TemplateEngine(new TemplateSet(dir)).renderHandout(richTalk(), output).text();
    String[] parts = text.split("\\|");
    assertEquals("talk,vars,labels,label,joinNames,cssLabel,output,deck", parts[0]);
    List<String> names = new ArrayList<>(List.of("deck.slides"));
    for (String key : parts[1].split(",")) {
      names.add("output." + key);
    }
    for (String key : parts[2].split(",")) {
      names.add("slide." + key);
    }
    assertAllInReference(names);
  }

  static void assertAllInReference(Iterable<String> names) throws IOException {
    String reference = Files.readString(REFERENCE);
    List<String> missing = new ArrayList<>();
    names.forEach(name -> {
      if (!reference.contains("`" + name + "`")) {
        missing.add(name);
      }
    });
    assertEquals(List.of(), missing, "not in docs/templates.md (in backticks)");
  }
}
