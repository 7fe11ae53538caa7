package org.paperdeck.render;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/**
 * What a slide's picture depends on, as one digest: the slide's own XML as stored, and the
 * bytes of every part it reaches through its relationships (its layout, that layout's master and
 * theme, its pictures), but not its speaker notes, which are not drawn; and the picture's size in
 * pixels and the slide's number. Two slides with the same key draw the same picture, so a slide an
 * edit left alone is not drawn again. The parts' own digests are worked out once per deck.
 */
final class SlideKeys {
  private static final String NOTES_SLIDE =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesSlide";

  private final String size;
  private final Map<String, byte[]> partDigests = new HashMap<>();

  /** @param size the pictures' size, such as {@code 1280x720} */
  SlideKeys(String size) {
    this.size = size;
  }

  /** The slide's key, or {@code null} when a part cannot be read (the slide is then drawn). */
  String of(XSLFSlide slide, int number) {
    try {
      MessageDigest digest = sha256();
      digest.update(text(size + "#" + number));
      reach(slide.getPackagePart(), digest, new HashSet<>());
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException | InvalidFormatException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Adds to {@code digest} the bytes of {@code part} and, depth first, of every part it relates
   * to; a part reached twice (a master and its layouts relate to each other) is added once.
   */
  private void reach(PackagePart part, MessageDigest digest, Set<String> seen)
      throws IOException, InvalidFormatException {
    String name = part.getPartName().getName();
    digest.update(text(name));
    if (!seen.add(name)) {
      return;
    }
    digest.update(contentDigest(part));
    for (PackageRelationship relation : part.getRelationships()) {
      digest.update(text(relation.getId()));
      if (relation.getTargetMode() == TargetMode.EXTERNAL
          || NOTES_SLIDE.equals(relation.getRelationshipType())) {
        digest.update(text(relation.getTargetURI().toString()));
      } else {
        reach(part.getRelatedPart(relation), digest, seen);
      }
    }
  }

  /** The digest of one part's bytes, worked out once per deck. */
  private byte[] contentDigest(PackagePart part) throws IOException {
    String name = part.getPartName().getName();
    byte[] known = partDigests.get(name);
    if (known == null) {
      try (InputStream in = part.getInputStream()) {
        known = sha256().digest(in.readAllBytes());
      }
      partDigests.put(name, known);
    }
    return known;
  }

  private static byte[] text(String text) {
    return (text + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
