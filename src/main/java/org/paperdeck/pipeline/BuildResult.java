package org.paperdeck.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.paperdeck.diagnostics.Diagnostic;

/**
 * What a build made: the deck, PDF handout and HTML handout bytes, or {@code null} for what it
 * could not make or was not asked for, and every diagnostic of every stage. When any diagnostic
 * is an error, nothing may be written.
 *
 * @param slideCount slides in the deck, for the summary line
 * @param generated text that templates generated, by the name diagnostics give it, so that a
 *     message about a line of the deck plan can show that line
 * @param images the image files the notes show (absolute), read by the build besides the notes
 *     and templates: what {@code paperdeck watch} must also watch; empty when the notes could
 *     not be read
 */
public record BuildResult(
    byte[] deck, byte[] handout, byte[] html, int slideCount, List<Diagnostic> diagnostics,
    Map<String, String> generated, List<Path> images) {
  public BuildResult {
    diagnostics = List.copyOf(diagnostics);
    generated = Map.copyOf(generated);
    images = List.copyOf(images);
  }

  /** A result that names no images. */
  public BuildResult(byte[] deck, byte[] handout, byte[] html, int slideCount,
      List<Diagnostic> diagnostics, Map<String, String> generated) {
    this(deck, handout, html, slideCount, diagnostics, generated, List.of());
  }

  /** A result without an HTML handout. */
  public BuildResult(byte[] deck, byte[] handout, int slideCount, List<Diagnostic> diagnostics,
      Map<String, String> generated) {
    this(deck, handout, null, slideCount, diagnostics, generated);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** The bytes of one output, or {@code null}. */
  public byte[] output(BuildOptions.Format format) {
    return switch (format) {
      case PPTX -> deck;
      case PDF -> handout;
      case HTML -> html;
    };
  }
}
