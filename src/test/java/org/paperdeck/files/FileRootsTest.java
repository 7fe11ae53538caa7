package org.paperdeck.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.files.FileRoots.Allowed;
import org.paperdeck.files.FileRoots.Refused;
import org.paperdeck.files.FileRoots.Why;

/** The one rule for files named by notes and templates: inside the roots, links followed. */
class FileRootsTest {
  @TempDir
  Path dir;
  Path notes;
  Path templates;
  Path outside;
  FileRoots roots;

  @BeforeEach
  void folders() throws IOException {
    notes = Files.createDirectories(dir.resolve("talk"));
    templates = Files.createDirectories(dir.resolve("mine"));
    outside = Files.writeString(dir.resolve("secret.txt"), "x");
    roots = FileRoots.of(notes, null, templates);
  }

  @Test
  void aRelativePathIsLookedUpInEachRootInTurn() throws IOException {
    Path logo = Files.writeString(templates.resolve("logo.png"), "x");
    assertEquals(new Allowed(logo), roots.resolve("logo.png"));
    Path mine = Files.writeString(notes.resolve("logo.png"), "x");
    assertEquals(new Allowed(mine), roots.resolve("logo.png"), "the notes folder comes first");
  }

  @Test
  void aRelativePathFoundNowhereIsNamedInTheFirstRoot() {
    assertEquals(new Allowed(notes.resolve("figs/missing.png")), roots.resolve("figs/./missing.png"));
  }

  @Test
  void anAbsolutePathMustLieInsideARoot() throws IOException {
    Path inside = Files.writeString(templates.resolve("a.png"), "x");
    assertEquals(new Allowed(inside), roots.resolve(inside.toString()));
    assertEquals(new Refused(Why.OUTSIDE, "'" + outside + "' is outside the notes folder and the"
        + " template folder"), roots.resolve(outside.toString()));
  }

  @Test
  void dotDotCannotClimbOutOfTheRoots() {
    assertEquals(new Refused(Why.OUTSIDE, "'../secret.txt' is outside the notes folder and the"
        + " template folder"), roots.resolve("../secret.txt"));
  }

  @Test
  void aLinkInsideARootThatPointsOutsideIsRefused() throws IOException {
    Files.createSymbolicLink(notes.resolve("link.txt"), outside);
    Files.createSymbolicLink(notes.resolve("dangling.txt"), dir.resolve("not-yet.txt"));
    Files.createSymbolicLink(notes.resolve("up"), dir);
    assertTrue(roots.resolve("link.txt") instanceof Refused r && r.why() == Why.OUTSIDE);
    assertTrue(roots.resolve("up/secret.txt") instanceof Refused);
    assertTrue(roots.resolve("up/missing.txt") instanceof Refused, "a link's missing file too");
    assertFalse(roots.allows(notes.resolve("link.txt")));
    assertTrue(roots.allows(notes.resolve("dangling.txt")), "nothing to read there");
  }

  @Test
  void aLinkThatStaysInsideTheRootsIsAllowed() throws IOException {
    Path real = Files.writeString(templates.resolve("real.png"), "x");
    Path link = Files.createSymbolicLink(notes.resolve("alias.png"), real);
    assertEquals(new Allowed(link), roots.resolve("alias.png"));
  }

  @Test
  void aRootReachedThroughALinkStillHoldsItsFiles() throws IOException {
    Path linked = Files.createSymbolicLink(dir.resolve("linked-talk"), notes);
    Path file = Files.writeString(notes.resolve("a.png"), "x");
    FileRoots viaLink = FileRoots.of(linked);
    assertTrue(viaLink.allows(file));
    assertTrue(viaLink.allows(linked.resolve("missing.png")));
    assertEquals(new Allowed(linked.resolve("a.png")), viaLink.resolve("a.png"));
  }

  @Test
  void aPathTheSystemCannotNameIsRefusedAsInvalid() {
    assertEquals(new Refused(Why.INVALID_PATH, "'a\0b' is not a valid path"), roots.resolve("a\0b"));
  }

  @Test
  void uriChecksAllowLocalFilesInsideOnly() throws IOException {
    Path link = Files.createSymbolicLink(notes.resolve("link.txt"), outside);
    assertTrue(roots.allows(notes.resolve("inside.png").toUri()));
    assertFalse(roots.allows(link.toUri()));
    assertFalse(roots.allows(outside.toUri()));
    assertFalse(roots.allows(URI.create("https://example.org/a.png")));
    assertFalse(roots.allows(URI.create("data:image/png;base64,AAAA")));
    assertFalse(roots.allows(URI.create("file://host/share/a.png")));
  }

  @Test
  void anywhereHasNoLimitAndTakesRelativePathsAsTheyAre() {
    assertEquals(new Allowed(Path.of("figs/a.png")), FileRoots.ANYWHERE.resolve("figs/a.png"));
    assertEquals(new Allowed(outside), FileRoots.ANYWHERE.resolve(outside.toString()));
    assertTrue(FileRoots.ANYWHERE.allows(outside));
    assertEquals(List.of(), FileRoots.of().roots());
  }
}
