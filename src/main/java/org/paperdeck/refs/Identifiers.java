package org.paperdeck.refs;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paper's identifiers as people write them, and their one canonical link each (format doc,
 * "Identifiers as links"): {@code doi:10.…}, a bare {@code 10.…/…} or any doi.org address is
 * {@code https://doi.org/10.…}; {@code arXiv:1703.03400}, a bare arXiv ID of either style
 * ({@code 1703.03400v2}, {@code hep-th/9901001}) or an arxiv.org abstract or PDF address is
 * {@code https://arxiv.org/abs/ID}, its version kept. Anything else is not an identifier.
 */
public final class Identifiers {
  /** What a DOI is appended to, to make its link. */
  public static final String DOI_RESOLVER = "https://doi.org/";
  /** What an arXiv ID is appended to, to make its link. */
  public static final String ARXIV_ABSTRACT = "https://arxiv.org/abs/";

  /** A DOI: the directory indicator 10, a registrant code, a slash and a suffix (ISO 26324). */
  private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}(?:\\.\\d+)*/\\S+");
  private static final Pattern DOI_FORMS = Pattern.compile(
      "(?i)(?:doi:\\s*|https?://(?:dx\\.)?doi\\.org/)?(" + DOI.pattern() + ")");
  /**
   * arXiv's two identifier schemes: YYMM.NNNNN since 2007 (four digits after the dot until
   * 2014), and archive(.SUBJECT-CLASS)/YYMMNNN before; either may end with a version.
   */
  private static final String ARXIV_ID =
      "(?:\\d{4}\\.\\d{4,5}|[a-z]+(?:-[a-z]+)*(?:\\.[A-Z]{2})?/\\d{7})(?:v\\d+)?";
  private static final Pattern ARXIV_FORMS = Pattern.compile("(?:(?i:arxiv:)\\s*"
      + "|(?i:https?://(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf)/))?(" + ARXIV_ID + ")"
      + "(?i:\\.pdf)?/?");

  private Identifiers() {}

  /**
   * The canonical link of an identifier, or of an address that names one in another way;
   * empty for anything else, which is then a link of its own (or not a link).
   */
  public static Optional<String> link(String written) {
    Optional<String> doi = doi(written);
    if (doi.isPresent()) {
      return Optional.of(DOI_RESOLVER + doi.get());
    }
    return arxiv(written).map(id -> ARXIV_ABSTRACT + id);
  }

  /** The DOI that {@code written} is or links to, without a prefix. */
  public static Optional<String> doi(String written) {
    Matcher m = DOI_FORMS.matcher(written.strip());
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The arXiv ID that {@code written} is or links to. */
  public static Optional<String> arxiv(String written) {
    Matcher m = ARXIV_FORMS.matcher(written.strip());
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The arXiv ID of a DOI arXiv gave a paper ({@code 10.48550/arXiv.1703.03400}). */
  public static Optional<String> arxivOfDoi(String doi) {
    String prefix = "10.48550/arxiv.";
    return doi.toLowerCase(Locale.ROOT).startsWith(prefix)
        ? arxiv(doi.substring(prefix.length())) : Optional.empty();
  }

  /** The arXiv ID without its version, so that two versions of one paper are one paper. */
  public static String unversioned(String arxivId) {
    return arxivId.replaceFirst("v\\d+$", "");
  }

  /** DOIs are case-insensitive (ISO 26324): the form two DOIs are compared in. */
  public static String comparable(String doi) {
    return doi.toLowerCase(Locale.ROOT);
  }
}
