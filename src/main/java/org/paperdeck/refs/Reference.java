package org.paperdeck.refs;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.paperdeck.diagnostics.SourcePos;

/**
 * One entry of a bibliography, with what paperdeck uses of it. Absent fields are {@code null}.
 *
 * @param key the entry's citation key ({@code santoro2016meta})
 * @param type the entry's kind in CSL's words: {@code paper-conference}, {@code
 *     article-journal}, {@code article} (a preprint), {@code book}, {@code thesis}, {@code
 *     report} …
 * @param title the title as Markdown, in the notes' own markup: LaTeX's {@code \emph{x}} is
 *     {@code *x*}, its math {@code \(…\)}, accents are Unicode
 * @param authors the authors in order
 * @param moreAuthors whether the file lists only the first authors ({@code and others})
 * @param venue the conference, journal or collection it appeared in
 * @param doi the DOI without any prefix ({@code 10.48550/arXiv.1703.03400})
 * @param arxiv the arXiv ID ({@code 1703.03400v2}, {@code hep-th/9901001})
 * @param problems what reading the entry had to drop or guess, for the notes that cite it to
 *     warn about at their own line
 * @param pos where the entry starts in its file
 */
public record Reference(
    String key,
    String type,
    String title,
    List<Name> authors,
    boolean moreAuthors,
    String venue,
    String year,
    String doi,
    String arxiv,
    String url,
    List<String> problems,
    SourcePos pos) {
  public Reference {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    authors = List.copyOf(authors);
    problems = List.copyOf(problems);
    Objects.requireNonNull(pos, "pos");
  }

  /**
   * The paper's link: the DOI's at doi.org, else the arXiv abstract page, else the entry's
   * {@code url}; {@code null} when it has none of them.
   */
  public String link() {
    if (doi != null) {
      return Identifiers.DOI_RESOLVER + doi;
    }
    if (arxiv != null) {
      return Identifiers.ARXIV_ABSTRACT + arxiv;
    }
    return url == null ? null : Identifiers.link(url).orElse(url);
  }

  /**
   * A key made as Google Scholar makes them, for a paper that has none: the first author's
   * family name, the year and the title's first word of four letters or more, in plain ASCII
   * ({@code santoro2016meta}).
   */
  public static String makeKey(List<Name> authors, String year, String title) {
    String family = authors.isEmpty() ? "anon" : authors.get(0).family();
    String word = "";
    for (String candidate : title.split("[^\\p{L}\\p{N}]+")) {
      if (candidate.length() > 3) {
        word = candidate;
        break;
      }
    }
    return ascii(family) + (year == null ? "" : year.replaceAll("\\D", "")) + ascii(word);
  }

  private static String ascii(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("[^A-Za-z0-9]", "")
        .toLowerCase(Locale.ROOT);
  }

  /** The authors as bylines write them, given names first. */
  public List<String> authorNames() {
    return authors.stream().map(Name::display).toList();
  }
}
