package org.paperdeck.notes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.model.Block;
import org.paperdeck.model.Inline;
import org.paperdeck.model.Paper;
import org.paperdeck.model.Reading;
import org.paperdeck.model.RichText;
import org.paperdeck.model.Talk;
import org.paperdeck.refs.Bibliography;
import org.paperdeck.refs.Identifiers;
import org.paperdeck.refs.MarkdownEscape;
import org.paperdeck.refs.Name;
import org.paperdeck.refs.Reference;

/**
 * Every paper and further-reading entry of a talk as a reference, for {@code paperdeck refs}
 * (format doc, "Exporting the talk's references"): a cited entry with the notes' own fields on
 * top, an entry typed out with what the notes give. One reference per paper, then one per
 * further-reading entry; an entry cited twice has one key (see {@link #distinct}). Keys are the cited keys, or made as
 * Google Scholar makes them (first author's family name, year, first word of the title).
 */
public final class TalkReferences {
  private TalkReferences() {}

  public static List<Reference> of(Talk talk, Bibliography bibliography) {
    List<Reference> references = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (Paper paper : talk.papers()) {
      references.add(reference(paper.cite(), paper.title(), paper.authors(), paper.venue(),
          paper.year(), paper.link(), paper.pos(), bibliography, keys));
    }
    for (Reading reading : talk.furtherReading()) {
      references.add(reference(reading.cite(), reading.title(), reading.authors(),
          reading.venue(), reading.year(), reading.link(), reading.pos(), bibliography, keys));
    }
    return references;
  }

  private static Reference reference(String cite, RichText title, List<String> authors,
      String venue, String year, String link, SourcePos pos, Bibliography bibliography,
      Set<String> keys) {
    Optional<Reference> cited = cite == null ? Optional.empty() : bibliography.find(cite);
    List<String> written = new ArrayList<>(authors);
    boolean more = !written.isEmpty() && written.get(written.size() - 1).equals("others");
    if (more) {
      written.remove(written.size() - 1);
    }
    List<Name> names = cited.isPresent() && cited.get().authorNames().equals(written)
        ? cited.get().authors() : written.stream().map(Name::parse).toList();
    String linkedDoi = link == null ? null : Identifiers.doi(link).orElse(null);
    String doi = linkedDoi;
    String arxiv = link == null ? null : Identifiers.arxiv(link)
        .or(() -> Optional.ofNullable(linkedDoi).flatMap(Identifiers::arxivOfDoi)).orElse(null);
    String url = doi == null && arxiv == null ? link : null;
    if (cited.isPresent() && link != null && link.equals(cited.get().link())) {
      doi = cited.get().doi();
      arxiv = cited.get().arxiv();
      url = cited.get().url();
    }
    String markdown = markdown(title);
    String type = cited.map(Reference::type)
        .orElse(arxiv != null && venue == null ? "article" : venue != null ? "paper-conference"
            : "document");
    String unique = cite;
    if (cite == null) {
      String key = Reference.makeKey(names, year, title.plainText());
      unique = key;
      for (char suffix = 'a'; keys.contains(unique) && suffix <= 'z'; suffix++) {
        unique = key + suffix;
      }
    }
    keys.add(unique);
    return new Reference(unique, type, markdown.isBlank() ? null : markdown, names, more, venue,
        year, doi, arxiv, url, List.of(), pos);
  }

  /** Each key's first reference: what an exported bibliography holds. */
  public static List<Reference> distinct(List<Reference> references) {
    Set<String> seen = new HashSet<>();
    return references.stream().filter(r -> seen.add(r.key())).toList();
  }

  /** A title in the Markdown references carry: emphasis, strong, code and math kept. */
  static String markdown(RichText text) {
    StringBuilder out = new StringBuilder();
    for (Block block : text.blocks()) {
      if (block instanceof Block.Paragraph paragraph) {
        inlines(paragraph.inlines(), out);
      }
    }
    return out.toString().strip();
  }

  private static void inlines(List<Inline> inlines, StringBuilder out) {
    for (Inline inline : inlines) {
      if (inline instanceof Inline.Text text) {
        out.append(MarkdownEscape.escape(text.text()));
      } else if (inline instanceof Inline.Code code) {
        out.append('`').append(code.text()).append('`');
      } else if (inline instanceof Inline.Math math) {
        out.append("\\(").append(math.latex()).append("\\)");
      } else if (inline instanceof Inline.Styled styled) {
        String mark = styled.style() == Inline.Style.EMPHASIS ? "*"
            : styled.style() == Inline.Style.STRONG ? "**" : "";
        out.append(mark);
        inlines(styled.children(), out);
        out.append(mark);
      } else if (inline instanceof Inline.Link link) {
        inlines(link.children(), out);
      } else if (inline instanceof Inline.Break) {
        out.append(' ');
      }
    }
  }
}
