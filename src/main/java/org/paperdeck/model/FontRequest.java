package org.paperdeck.model;

import java.util.Objects;
import org.paperdeck.diagnostics.SourcePos;

/**
 * A font the notes ask the handout to use (front matter {@code fonts}): a font file's path, as
 * written, or a family name to find among the machine's fonts.
 */
public record FontRequest(String name, SourcePos pos) {
  public FontRequest {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pos, "pos");
  }
}
