package org.paperdeck.handout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.model.Category;
import org.paperdeck.model.FontRequest;
import org.paperdeck.model.Insight;
import org.paperdeck.model.Paper;
import org.paperdeck.model.Reading;
import org.paperdeck.model.RichText;
import org.paperdeck.model.Section;
import org.paperdeck.model.Talk;
import org.paperdeck.model.TalkInfo;

/**
 * What the handout's fonts must serve, from the talk: its language, the fonts its notes name,
 * whether a character no font has stops the build, and where in the notes each character is
 * written, so that such a character is reported at its line and column in the notes rather than
 * in the XHTML the template made of them.
 *
 * @param lang the talk's language ({@code null}: the document's {@code lang})
 * @param fonts fonts the notes name, tried first
 * @param warnMissing a character no font has is a warning (else an error)
 * @param notesFolder what relative font paths resolve against ({@code null}: the current folder)
 */
public record HandoutGlyphs(String lang, List<FontRequest> fonts, boolean warnMissing,
    Path notesFolder, Locator locator) {
  /** Finds where a character is written in the notes. */
  public interface Locator {
    Optional<SourcePos> find(int codePoint);
  }

  public HandoutGlyphs {
    fonts = List.copyOf(fonts);
  }

  /** No talk: the document's language, no fonts named, missing characters are errors. */
  public static HandoutGlyphs defaults() {
    return new HandoutGlyphs(null, List.of(), false, null, c -> Optional.empty());
  }

  /**
   * For a talk read from {@code notesFile}: a character is looked for first in the text that
   * reaches the handout (speaker notes do not), which gives the paper, insight or section it is
   * in; then in the file itself from there on, which gives its line and column.
   */
  public static HandoutGlyphs of(Talk talk, Path notesFile) {
    return of(talk, notesFile.toAbsolutePath().getParent(), () -> Files.readAllBytes(notesFile));
  }

  /** The notes' text, read only when a character must be found in it. */
  public interface NotesText {
    byte[] read() throws IOException;
  }

  /** For a talk read from {@code text} (standard input, say), with its relative paths in {@code folder}. */
  public static HandoutGlyphs of(Talk talk, Path folder, NotesText text) {
    TalkInfo info = talk.info();
    return new HandoutGlyphs(info.lang(), info.fonts(), info.warnMissingGlyphs(), folder,
        new NotesLocator(talk, text));
  }

  /** Where the talk's handout text is, piece by piece, and the notes file to search. */
  private static final class NotesLocator implements Locator {
    private record Piece(String text, SourcePos owner) {}

    private final Talk talk;
    private final NotesText text;
    private List<Piece> pieces;
    private List<String> lines;

    NotesLocator(Talk talk, NotesText text) {
      this.talk = talk;
      this.text = text;
    }

    @Override
    public synchronized Optional<SourcePos> find(int codePoint) {
      if (pieces == null) {
        pieces = pieces(talk);
      }
      String target = Character.toString(codePoint);
      SourcePos owner = pieces.stream().filter(p -> p.text.contains(target)).map(Piece::owner)
          .findFirst().orElse(null);
      if (owner == null) {
        return Optional.empty(); // not from the notes: the template or a label printed it
      }
      if (lines == null) {
        try {
          lines = List.of(new String(text.read(), StandardCharsets.UTF_8)
              .split("\r?\n", -1));
        } catch (IOException | RuntimeException e) {
          lines = List.of();
        }
      }
      for (int pass = 0; pass < 2; pass++) {
        int from = pass == 0 ? owner.line() - 1 : 0;
        int to = pass == 0 ? lines.size() : Math.min(owner.line() - 1, lines.size());
        for (int i = Math.max(from, 0); i < to; i++) {
          int at = lines.get(i).indexOf(target);
          if (at >= 0) {
            int column = lines.get(i).codePointCount(0, at) + 1;
            return Optional.of(new SourcePos(owner.file(), i + 1, column));
          }
        }
      }
      return Optional.of(owner); // written as an escape or entity: the element it is in
    }

    private static List<Piece> pieces(Talk talk) {
      List<Piece> out = new ArrayList<>();
      TalkInfo info = talk.info();
      SourcePos top = SourcePos.startOf(talk.sourceName());
      for (String text : new String[] {info.title(), info.subtitle(), info.date(), info.event(),
          info.venue()}) {
        if (text != null) {
          out.add(new Piece(text, top));
        }
      }
      info.presenters().forEach(p -> out.add(new Piece(p, top)));
      out.add(new Piece(text(talk.intro()), top));
      for (Category category : talk.categories()) {
        out.add(new Piece(category.name(), category.pos()));
        out.add(new Piece(text(category.description()), category.pos()));
        for (Paper paper : category.papers()) {
          SourcePos pos = paper.pos();
          StringBuilder fields = new StringBuilder(text(paper.title()));
          paper.authors().forEach(a -> fields.append('\n').append(a));
          paper.tags().forEach(t -> fields.append('\n').append(t));
          for (String s : new String[] {paper.affiliation(), paper.venue(), paper.year(),
              paper.presenter()}) {
            if (s != null) {
              fields.append('\n').append(s);
            }
          }
          out.add(new Piece(fields.toString(), pos));
          out.add(new Piece(text(paper.summary()), pos));
          for (Section section : paper.sections()) {
            out.add(new Piece(section.label() + "\n" + text(section.body()), section.pos()));
          }
          for (Insight insight : paper.insights()) {
            out.add(new Piece(text(insight.text()), insight.pos()));
          }
          paper.questions().forEach(q -> out.add(new Piece(text(q), pos)));
        }
      }
      for (Reading reading : talk.furtherReading()) {
        out.add(new Piece(text(reading.title()) + "\n" + text(reading.note()), reading.pos()));
      }
      return out;
    }

    /** The text without markup; math keeps its source, which is where its characters are. */
    private static String text(RichText rich) {
      return rich.plainText();
    }
  }
}
