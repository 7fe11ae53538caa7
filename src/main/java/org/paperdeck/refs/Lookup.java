package org.paperdeck.refs;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.diagnostics.SourcePos;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A paper's reference looked up by its identifier (format doc, "Adding a paper by its
 * identifier"): an arXiv ID through arXiv's API (Atom), a DOI through doi.org's content
 * negotiation (CSL-JSON). Every answer is kept in a cache folder, so that a paper is fetched
 * once; the only network use of paperdeck is here, each request with a time limit.
 */
public final class Lookup {
  /** Where a lookup goes and how long it may take. */
  public record Options(URI arxivApi, URI doiResolver, Duration timeout, Path cache) {}

  /** The identifier is not one, or no paper has it: the user's input is wrong. */
  public static final class NotFound extends Exception {
    private static final long serialVersionUID = 1L;

    NotFound(String message) {
      super(message, null, false, false);
    }
  }

  /** The service cannot be reached or answered nonsense: nothing the input can fix. */
  public static final class Unreachable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreachable(String message) {
      super(message, null, false, false);
    }
  }

  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String ARXIV = "http://arxiv.org/schemas/atom";

  private final Options options;
  private final HttpClient client;

  public Lookup(Options options) {
    this.options = options;
    this.client = HttpClient.newBuilder().connectTimeout(options.timeout())
        .followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  /** The reference of a DOI or an arXiv ID, written any way {@link Identifiers} reads. */
  public Reference find(String written) throws NotFound, Unreachable {
    Optional<String> doi = Identifiers.doi(written);
    if (doi.isPresent()) {
      String json = fetch("doi-" + doi.get(), URI.create(options.doiResolver() + "/"
          + doi.get()), "application/vnd.citationstyles.csl+json", "DOI " + doi.get());
      Diagnostics problems = new Diagnostics();
      List<Reference> read = new CslJsonReader("doi.org", problems).read("[" + json + "]");
      if (read.isEmpty() || problems.hasErrors()) {
        throw new Unreachable("doi.org's answer for " + doi.get() + " is not CSL-JSON");
      }
      Reference r = read.get(0);
      // doi.org names the item by its address; the notes want a key a person can type.
      return new Reference(Reference.makeKey(r.authors(), r.year(), r.title() == null ? ""
          : TitleMarkup.plain(r.title(), latex -> latex)), r.type(), r.title(), r.authors(),
          r.moreAuthors(), r.venue(), r.year(), r.doi() == null ? doi.get() : r.doi(), r.arxiv(),
          r.url(), r.problems(), r.pos());
    }
    Optional<String> arxiv = Identifiers.arxiv(written);
    if (arxiv.isEmpty()) {
      throw new NotFound("'" + written + "' is neither a DOI nor an arXiv ID");
    }
    String atom = fetch("arxiv-" + arxiv.get(), URI.create(options.arxivApi() + "?id_list="
        + URLEncoder.encode(arxiv.get(), StandardCharsets.UTF_8)), "application/atom+xml",
        "arXiv " + arxiv.get());
    return atomEntry(atom, arxiv.get());
  }

  private String fetch(String name, URI uri, String accept, String what)
      throws NotFound, Unreachable {
    Path cached = options.cache().resolve(name.replaceAll("[^A-Za-z0-9._-]", "_"));
    try {
      if (Files.isRegularFile(cached)) {
        return Files.readString(cached);
      }
    } catch (IOException e) {
      // An unreadable cache entry is fetched again.
    }
    HttpResponse<String> response;
    try {
      response = client.send(HttpRequest.newBuilder(uri).timeout(options.timeout())
          .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new Unreachable("cannot reach " + uri.getHost() + " to look up " + what + ": "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
          + "; are you offline?");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unreachable("the lookup of " + what + " was interrupted");
    }
    if (response.statusCode() == 404) {
      throw new NotFound("no paper has the " + what);
    }
    if (response.statusCode() != 200) {
      throw new Unreachable(uri.getHost() + " answered " + response.statusCode() + " for "
          + what);
    }
    try {
      Files.createDirectories(options.cache());
      Path scratch = Files.createTempFile(options.cache(), ".lookup", ".tmp");
      Files.writeString(scratch, response.body());
      Files.move(scratch, cached, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // Without a cache the next lookup fetches again; this one has its answer.
    }
    return response.body();
  }

  /** arXiv's Atom feed of one paper: title, authors, year, DOI, journal. */
  private static Reference atomEntry(String atom, String id) throws NotFound, Unreachable {
    Document document;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(atom)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new Unreachable("arXiv's answer for " + id + " is not an Atom feed");
    }
    NodeList entries = document.getElementsByTagNameNS(ATOM, "entry");
    if (entries.getLength() == 0) {
      throw new NotFound("no paper has the arXiv ID " + id);
    }
    Element entry = (Element) entries.item(0);
    String title = text(entry, ATOM, "title");
    if (title == null) {
      // arXiv answers an unknown ID with an entry that is an error message and has no title.
      throw new NotFound("no paper has the arXiv ID " + id);
    }
    List<Name> authors = new ArrayList<>();
    NodeList names = entry.getElementsByTagNameNS(ATOM, "author");
    for (int i = 0; i < names.getLength(); i++) {
      String name = text((Element) names.item(i), ATOM, "name");
      if (name != null) {
        authors.add(Name.parse(name));
      }
    }
    String published = text(entry, ATOM, "published");
    String year = published != null && published.length() >= 4 ? published.substring(0, 4) : null;
    String doi = text(entry, ARXIV, "doi");
    return new Reference(Reference.makeKey(authors, year, title), "article",
        MarkdownEscape.escape(title.replaceAll("\\s+", " ").strip()), authors, false,
        text(entry, ARXIV, "journal_ref"), year, doi == null ? null : Identifiers.doi(doi)
            .orElse(null), id, null, List.of(), SourcePos.startOf("arXiv"));
  }

  private static String text(Element parent, String namespace, String name) {
    NodeList nodes = parent.getElementsByTagNameNS(namespace, name);
    if (nodes.getLength() == 0) {
      return null;
    }
    String text = nodes.item(0).getTextContent();
    return text == null || text.isBlank() ? null : text.strip();
  }
}
