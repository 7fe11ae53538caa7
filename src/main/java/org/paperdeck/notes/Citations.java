package org.paperdeck.notes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.files.FileRoots;
import org.paperdeck.model.Inline;
import org.paperdeck.model.Paper;
import org.paperdeck.model.RichText;
import org.paperdeck.refs.Bibliography;
import org.paperdeck.refs.Identifiers;
import org.paperdeck.refs.Reference;

/**
 * Papers and further-reading entries that cite a bibliography entry (format doc, "Citing a
 * bibliography"): the key is looked up, an unknown one is an error naming the closest key, and
 * the entry fills what the notes leave out. What the entry's text loses on the way to the
 * notes' markup is a warning at the line that cites it.
 */
final class Citations {
  /** A citation key as BibTeX and CSL-JSON write them. */
  static final Pattern KEY = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_:.+/'-]*");
  /** {@code @key} as a heading or the start of a further-reading entry. */
  static final Pattern AT_KEY = Pattern.compile("@(" + KEY.pattern() + ")");

  private final Bibliography bibliography;
  private final FileRoots images;
  private final Diagnostics diagnostics;
  /** The first paper with each DOI or arXiv ID, for the duplicate warning. */
  private final Map<String, Paper> byIdentifier = new HashMap<>();

  Citations(Bibliography bibliography, FileRoots images, Diagnostics diagnostics) {
    this.bibliography = bibliography;
    this.images = images;
    this.diagnostics = diagnostics;
  }

  Bibliography bibliography() {
    return bibliography;
  }

  /**
   * The files the front matter's {@code bibliography} names (one, or a list), read; their
   * paths are relative to the notes' folder.
   */
  static Bibliography load(Tree value, Path folder, String notesName, Diagnostics diagnostics) {
    if (value == null) {
      return Bibliography.EMPTY;
    }
    List<Tree> items = value instanceof Tree.ListNode list ? list.items() : List.of(value);
    List<Bibliography.Source> sources = new ArrayList<>();
    for (Tree item : items) {
      if (item instanceof Tree.Scalar scalar && scalar.kind() != Tree.Kind.NULL
          && !scalar.text().isBlank()) {
        String written = scalar.text().strip();
        Path path = written.startsWith("~/")
            ? Path.of(System.getProperty("user.home")).resolve(written.substring(2))
            : folder.resolve(written);
        sources.add(new Bibliography.Source(path, displayName(written, notesName), scalar.pos()));
      } else {
        diagnostics.error(item.pos(), "each entry of 'bibliography' must be a file name",
            "for example:\nbibliography:\n  - refs.bib\n  - zotero.json");
      }
    }
    return Bibliography.read(sources, diagnostics);
  }

  /**
   * How messages name a bibliography: beside the notes as the user named them, so that an
   * editor can open both from the messages ({@code talks/refs.bib:12:3}).
   */
  private static String displayName(String written, String notesName) {
    try {
      Path parent = Path.of(notesName).getParent();
      return parent == null || written.startsWith("~/") || Path.of(written).isAbsolute() ? written
          : parent.resolve(written).toString();
    } catch (java.nio.file.InvalidPathException e) {
      return written;
    }
  }

  /** The entry {@code key} names, or empty after an error that says why. */
  Optional<Reference> find(String key, SourcePos at) {
    Optional<Reference> found = bibliography.find(key);
    if (found.isPresent()) {
      found.get().problems().forEach(problem -> diagnostics.warning(at,
          "in the title of '" + key + "' (" + found.get().pos() + "): " + problem));
      return found;
    }
    if (bibliography.isEmpty()) {
      diagnostics.error(at, "'" + key + "' is cited, but the notes name no bibliography",
          "name one in the front matter: bibliography: refs.bib");
      return Optional.empty();
    }
    Optional<String> closest = bibliography.closest(key);
    if (closest.isPresent()) {
      diagnostics.error(at, "unknown citation key '" + key + "'; did you mean '" + closest.get()
          + "'?");
    } else {
      diagnostics.error(at, "unknown citation key '" + key + "'",
          "no entry of the bibliography has this key");
    }
    return Optional.empty();
  }

  /**
   * Fills a paper from its entry before the notes' own fields are set, so that those win;
   * the entry's venue wins over the talk's default venue.
   */
  void fill(Paper.Builder paper, Reference reference, SourcePos at) {
    paper.cite(reference.key());
    paper.authors(authors(reference));
    if (reference.venue() != null) {
      paper.venue(reference.venue());
    }
    paper.year(reference.year());
    paper.link(link(reference, at));
  }

  /** The entry's authors as the notes write them; {@code and others} is the last "author". */
  List<String> authors(Reference reference) {
    List<String> authors = new ArrayList<>(reference.authorNames());
    if (reference.moreAuthors()) {
      authors.add("others");
    }
    return authors;
  }

  /**
   * The entry's link, when it is a web address; a {@code url} of another kind is left out
   * with a warning, as a link typed in the notes would be refused.
   */
  String link(Reference reference, SourcePos at) {
    String link = reference.link();
    if (link == null || link.regionMatches(true, 0, "https://", 0, 8)
        || link.regionMatches(true, 0, "http://", 0, 7)) {
      return link;
    }
    diagnostics.warning(at, "the url of '" + reference.key() + "' (" + reference.pos() + ") is"
        + " not a web address, so the paper has no link: " + link);
    return null;
  }

  /**
   * The entry's title in the notes' markup, for a paper or entry that gives none; an entry
   * without a title is an error at {@code at}.
   */
  RichText title(Reference reference, SourcePos at, String what) {
    if (reference.title() == null) {
      diagnostics.error(at, "the entry '" + reference.key() + "' (" + reference.pos()
          + ") has no title", "give " + what + " a title in the notes, or the entry a title"
          + " field");
      return RichText.EMPTY;
    }
    Tree.Scalar text = new Tree.Scalar(at, reference.title(), Tree.Kind.STRING,
        new TextOrigin(at.file(), at.line(), at.column(), 0));
    List<Inline> inlines = MarkdownText.inlines(text, "the title of '" + reference.key() + "'",
        images, diagnostics);
    return RichText.ofInlines(inlines);
  }

  /**
   * Warns when a paper links the same DOI or arXiv paper (any version) as an earlier one: the
   * same paper twice, most likely under two keys.
   */
  void checkDuplicate(Paper paper) {
    if (paper.link() == null) {
      return;
    }
    Optional<String> arxiv = Identifiers.arxiv(paper.link())
        .or(() -> Identifiers.doi(paper.link()).flatMap(Identifiers::arxivOfDoi));
    Optional<String> id = arxiv.map(a -> "arXiv ID " + Identifiers.unversioned(a))
        .or(() -> Identifiers.doi(paper.link()).map(d -> "DOI " + Identifiers.comparable(d)));
    if (id.isEmpty()) {
      return;
    }
    Paper first = byIdentifier.putIfAbsent(id.get(), paper);
    if (first != null) {
      diagnostics.warning(paper.pos(), "this paper has the same " + id.get() + " as '"
          + first.title().plainText() + "' on line " + first.pos().line(),
          "is it the same paper twice?");
    }
  }
}
