package org.paperdeck.refs;

import java.util.List;
import java.util.stream.Collectors;

/**
 * References as a BibTeX file, for a group's shared library: one entry per reference with the
 * fields paperdeck knows, in the types and field names BibTeX, BibLaTeX, Zotero and JabRef all
 * read ({@code @inproceedings}/{@code booktitle}, {@code @article}/{@code journal}, {@code
 * eprint} with {@code archivePrefix}).
 */
public final class BibTexWriter {
  private BibTexWriter() {}

  public static String write(List<Reference> references) {
    return references.stream().map(BibTexWriter::entry).collect(Collectors.joining("\n"));
  }

  private static String entry(Reference reference) {
    StringBuilder out = new StringBuilder();
    String type = switch (reference.type()) {
      case "paper-conference" -> "inproceedings";
      case "article-journal" -> "article";
      case "book" -> "book";
      case "chapter" -> "incollection";
      case "thesis" -> "phdthesis";
      case "report" -> "techreport";
      default -> "misc";
    };
    out.append('@').append(type).append('{').append(reference.key()).append(",\n");
    if (reference.title() != null) {
      field(out, "title", TitleMarkup.latex(reference.title()));
    }
    if (!reference.authors().isEmpty() || reference.moreAuthors()) {
      String names = reference.authors().stream()
          .map(name -> name.given() == null ? "{" + TitleMarkup.escapeLatex(name.family()) + "}"
              : TitleMarkup.escapeLatex(name.family()) + ", "
                  + TitleMarkup.escapeLatex(name.given()))
          .collect(Collectors.joining(" and "));
      field(out, "author", names + (reference.moreAuthors()
          ? (names.isEmpty() ? "" : " and ") + "others" : ""));
    }
    if (reference.venue() != null) {
      String venueField = type.equals("inproceedings") || type.equals("incollection")
          ? "booktitle" : type.equals("article") ? "journal" : "howpublished";
      field(out, venueField, TitleMarkup.escapeLatex(reference.venue()));
    }
    if (reference.year() != null) {
      field(out, "year", TitleMarkup.escapeLatex(reference.year()));
    }
    if (reference.doi() != null) {
      field(out, "doi", reference.doi());
    }
    if (reference.arxiv() != null) {
      field(out, "eprint", reference.arxiv());
      field(out, "archivePrefix", "arXiv");
    }
    if (reference.url() != null) {
      field(out, "url", reference.url());
    }
    return out.append("}\n").toString();
  }

  private static void field(StringBuilder out, String name, String value) {
    out.append("  ").append(name).append(" = {").append(value).append("},\n");
  }
}
