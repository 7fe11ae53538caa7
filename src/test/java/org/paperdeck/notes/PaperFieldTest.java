package org.paperdeck.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paperdeck.model.Paper;

/** The table of paper fields covers the model, and both forms read their keys from it. */
class PaperFieldTest {
  @Test
  void everyPaperComponentButItsPositionHasOneRowNamedAlike() {
    List<String> components = Arrays.stream(Paper.class.getRecordComponents())
        .map(c -> c.getName()).filter(name -> !name.equals("pos")).toList();
    assertEquals(components, Arrays.stream(PaperField.values()).map(PaperField::key).toList());
  }

  @Test
  void markdownMetadataKeysAreTheRowsWrittenAsKeyValueLines() {
    assertEquals(new LinkedHashSet<>(List.of("authors", "affiliation", "venue", "year", "link",
        "code", "image", "presenter", "minutes", "tags", "cite")), PaperMetadata.KEYS);
  }

  @Test
  void structuredNotesTakeEveryRow() {
    assertEquals(Set.of("title", "authors", "affiliation", "venue", "year", "link", "code",
        "image", "presenter", "minutes", "tags", "summary", "insights", "questions", "sections",
        "notes", "cite"), StructuredNotes.PAPER_KEYS);
  }
}
