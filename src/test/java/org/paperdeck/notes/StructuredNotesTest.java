package org.paperdeck.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperdeck.notes.NotesFixture.errors;
import static org.paperdeck.notes.NotesFixture.readAs;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.paperdeck.model.Inline;
import org.paperdeck.model.Paper;
import org.paperdeck.model.Talk;

/** The YAML and JSON form: the same model and the same diagnostics, positioned in the file. */
public class StructuredNotesTest {
  private static final String PAPER = "categories:\n  - name: C\n    papers:\n      - title: P\n";

  @Test
  void yamlNotesFillTheWholeModel() {
    Talk talk = readAs("talk.yaml", """
        title: Reading group
        presenter: [Jane Doe]
        venue: ICLR 2022
        intro: Hello.
        categories:
          - name: Training
            description: About *training*.
            papers:
              - title: "TRANS-ENCODER: \\\\(\\\\geq 2\\\\)"
                authors: Fangyu Liu and Yunlong Jiao
                link: https://example.org/t
                tags: [a, b]
                minutes: 5
                summary: |
                  First paragraph.

                  Second.
                insights:
                  - One.
                  - Two with \\(h_\\gamma\\).
                questions: [Why?]
                sections:
                  - label: Method
                    text: Steps.
                notes: Speaker only.
        further-reading:
          - title: Pyraformer
            link: https://example.org/p
            note: A note.
        """).talk();
    assertEquals("Reading group", talk.info().title());
    assertEquals(List.of("Jane Doe"), talk.info().presenters());
    assertEquals("Hello.", talk.intro().plainText());
    assertEquals("About training.", talk.categories().get(0).description().plainText());
    Paper paper = talk.papers().get(0);
    assertEquals(List.of(new Inline.Text("TRANS-ENCODER: "), new Inline.Math("\\geq 2")),
        ((org.paperdeck.model.Block.Paragraph) paper.title().blocks().get(0)).inlines());
    assertEquals(List.of("Fangyu Liu", "Yunlong Jiao"), paper.authors());
    assertEquals("ICLR 2022", paper.venue());
    assertEquals(List.of("a", "b"), paper.tags());
    assertEquals(5, paper.minutes());
    assertEquals(2, paper.summary().blocks().size());
    assertEquals("Two with h_\\gamma.", paper.insights().get(1).text().plainText());
    assertEquals("Why?", paper.questions().get(0).plainText());
    assertEquals("Method", paper.sections().get(0).label());
    assertEquals("Speaker only.", paper.notes().plainText());
    assertEquals("https://example.org/p", talk.furtherReading().get(0).link());
    assertEquals("A note.", talk.furtherReading().get(0).note().plainText());
  }

  /** The YAML and JSON half of the bad-input corpus: file name, notes, the error it must give. */
  public static Stream<Arguments> badStructuredNotes() {
    return Stream.of(
        Arguments.of("talk.yaml", "title: T\npresnter: X\n" + PAPER,
            "talk.yaml:2:1: error: unknown key 'presnter'; did you mean 'presenter'?"),
        Arguments.of("talk.yaml", PAPER + "        autors: Ann\n",
            "talk.yaml:5:9: error: unknown paper key 'autors'; did you mean 'authors'?"),
        Arguments.of("talk.yaml", PAPER + "        insights: One big string\n",
            "talk.yaml:5:19: error: 'insights' must be a list, not text"),
        Arguments.of("talk.yaml", "duration: an hour\n" + PAPER,
            "talk.yaml:1:11: error: 'duration' must be a positive whole number of minutes"),
        Arguments.of("talk.yaml", "date: {day: 6}\n" + PAPER,
            "talk.yaml:1:7: error: 'date' must be text, not a map"),
        Arguments.of("talk.yaml", "title: [unclosed\n" + PAPER,
            "talk.yaml:2:11: error: the file is not valid YAML"),
        Arguments.of("talk.yaml", "title: A\ntitle: B\n" + PAPER,
            "talk.yaml:2:1: error: key 'title' is given twice"),
        Arguments.of("talk.yaml", "categories: Training\n",
            "talk.yaml:1:13: error: 'categories' must be a list, not text"),
        Arguments.of("talk.yaml", "categories:\n  - name: C\n    papers:\n      - authors: Ann\n",
            "talk.yaml:4:9: error: a paper needs a 'title'"),
        Arguments.of("talk.yaml", "categories:\n  - name: Empty\n",
            "talk.yaml:2:5: error: category 'Empty' has no papers"),
        Arguments.of("talk.yaml", PAPER + "        link: javascript:alert(1)\n",
            "talk.yaml:5:15: error: link scheme 'javascript:' is not allowed"),
        Arguments.of("talk.yaml", PAPER + "        summary: |\n          Fine text,\n          then \\(x broken.\n",
            "talk.yaml:7:16: error: math opened with '\\(' is never closed"),
        Arguments.of("talk.yaml", PAPER + "        image: ../outside.png\n",
            "talk.yaml:5:16: error: image '../outside.png' is outside the notes file's folder"),
        Arguments.of("talk.yaml", "- just\n- a list\n",
            "talk.yaml:1:1: error: notes must be a map"),
        Arguments.of("talk.json", "{\"title\": \"T\",}",
            "talk.json:1:15: error: not valid JSON: unexpected character ('}'): was expecting double-quote to start field name"),
        Arguments.of("talk.json", "// comment\n{\"title\": \"T\"}",
            "talk.json:1:1: error: not valid JSON: unexpected character ('/'): maybe a (non-standard) comment?"),
        Arguments.of("talk.json", "{'title': 'T'}",
            "talk.json:1:2: error: not valid JSON"),
        Arguments.of("talk.json", "{\"title\": \"A\", \"title\": \"B\"}",
            "talk.json:1:16: error: key 'title' is given twice"),
        Arguments.of("talk.json", "{\"categories\": [{\"name\": \"C\", \"papers\": [{\"title\": \"P\", \"minutes\": \"five\"}]}]}",
            "talk.json:1:68: error: 'minutes' must be a positive whole number"),
        Arguments.of("talk.json", "",
            "talk.json:1:1: error: the file is empty"),
        Arguments.of("talk.yaml", "# only a comment\n# and another\n",
            "talk.yaml:1:1: error: the file holds no notes"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("badStructuredNotes")
  void badStructuredNotesGiveAPreciseError(String name, String notes, String expectedStart) {
    ReadResult result = readAs(name, notes);
    assertNull(result.talk(), "errors mean no talk");
    List<String> errors = errors(result);
    assertTrue(errors.stream().anyMatch(e -> e.startsWith(expectedStart)),
        "expected an error starting with\n  " + expectedStart + "\nbut got\n  " + String.join("\n  ", errors));
  }
}
