package org.paperdeck.notes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.files.FileRoots;
import org.paperdeck.model.Inline;
import org.paperdeck.model.Reading;
import org.paperdeck.model.RichText;
import org.paperdeck.model.Talk;
import org.paperdeck.refs.Bibliography;
import org.paperdeck.refs.CitationStyle;
import org.paperdeck.refs.Reference;

/**
 * The front matter's {@code csl:} (format doc, "Citation styles"): every paper and
 * further-reading entry formatted in that style, for the further-reading list and the
 * handout's References. Without {@code csl:} nothing here runs, and no class of the citation
 * processor is loaded.
 */
final class StyledReferences {
  private StyledReferences() {}

  static Talk apply(Talk talk, Tree value, Path folder, Bibliography bibliography,
      FileRoots images, Diagnostics diagnostics) {
    if (talk == null || value == null) {
      return talk;
    }
    if (!(value instanceof Tree.Scalar scalar) || scalar.kind() == Tree.Kind.NULL
        || scalar.text().isBlank()) {
      diagnostics.error(value.pos(), "'csl' must be a style's name or a .csl file",
          "for example: csl: ieee (or apa, acm-sig-proceedings, chicago-author-date, mystyle.csl)");
      return talk;
    }
    String written = scalar.text().strip();
    String style = written;
    if (written.endsWith(".csl")) {
      try {
        style = Files.readString(folder.resolve(written));
      } catch (IOException | RuntimeException e) {
        diagnostics.error(value.pos(), "cannot read the citation style " + written + ": "
            + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
        return talk;
      }
    }
    List<Reference> references = TalkReferences.of(talk, bibliography);
    CitationStyle.Formatted formatted;
    try {
      formatted = CitationStyle.format(style, references);
    } catch (IllegalArgumentException e) {
      Optional<String> closest = written.endsWith(".csl") ? Optional.empty()
          : CitationStyle.closest(written);
      diagnostics.error(value.pos(), e.getMessage() + closest.map(c -> "; did you mean '" + c
          + "'?").orElse(""), "a style of the Citation Style Language repository by its file"
          + " name (ieee, apa, acm-sig-proceedings, chicago-author-date …), or a .csl file");
      return talk;
    }
    // CSL has no "and others": the style names the authors the bibliography names.
    references.stream().filter(Reference::moreAuthors).map(Reference::key).distinct()
        .forEach(key -> diagnostics.warning(references.stream()
            .filter(r -> r.key().equals(key)).findFirst().orElseThrow().pos(),
            "the citation style lists only the authors '" + key + "' names; its 'and others'"
                + " has no place in a style"));
    int papers = talk.papers().size();
    List<Reading> readings = new ArrayList<>();
    for (int i = 0; i < talk.furtherReading().size(); i++) {
      Reading reading = talk.furtherReading().get(i);
      String markdown = formatted.byKey().get(references.get(papers + i).key());
      readings.add(markdown == null ? reading
          : reading.withStyled(text(markdown, reading, images, diagnostics)));
    }
    List<RichText> all = new ArrayList<>();
    for (String entry : formatted.ordered()) {
      all.add(text(entry, null, images, diagnostics));
    }
    return new Talk(talk.sourceName(), talk.info(), talk.intro(), talk.categories(), readings,
        all);
  }

  private static RichText text(String markdown, Reading at, FileRoots images,
      Diagnostics diagnostics) {
    org.paperdeck.diagnostics.SourcePos pos = at == null
        ? org.paperdeck.diagnostics.SourcePos.startOf("citation style") : at.pos();
    Tree.Scalar scalar = new Tree.Scalar(pos, markdown, Tree.Kind.STRING,
        new TextOrigin(pos.file(), pos.line(), pos.column(), 0));
    List<Inline> inlines = MarkdownText.inlines(scalar, "a formatted reference", images,
        diagnostics);
    return RichText.ofInlines(inlines);
  }
}
