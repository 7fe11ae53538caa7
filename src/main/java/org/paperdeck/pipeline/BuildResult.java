package org.paperdeck.pipeline;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.pptx.DeckWriter;

/**
 * What a build made: the bytes of each output it could make, and every diagnostic of every
 * stage. When any diagnostic is an error, nothing may be written.
 *
 * @param outputs the files of each output made (one, or one per slide), in {@link Outputs}
 *     order; an output asked for but missing could not be made, and the diagnostics say why
 * @param slideCount slides in the deck, for the summary line; 0 when no deck was made
 * @param generated text that templates generated, by the name diagnostics give it, so that a
 *     message about a line of the deck plan can show that line
 * @param images the image files the notes show (absolute), read by the build besides the notes
 *     and templates: what {@code paperdeck watch} must also watch; empty when the notes could
 *     not be read
 * @param title the talk's title, or {@code null} when the notes could not be read; what names
 *     the outputs of notes that have no file name
 * @param slides each slide of the deck, when one was made: its role, title and speaker notes
 */
public record BuildResult(
    Map<Output, List<byte[]>> outputs, int slideCount, List<Diagnostic> diagnostics,
    Map<String, String> generated, List<Path> images, String title,
    List<DeckWriter.Slide> slides) {
  public BuildResult {
    outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
    slides = List.copyOf(slides);
    diagnostics = List.copyOf(diagnostics);
    generated = Map.copyOf(generated);
    images = List.copyOf(images);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** The bytes of an output's first (for most, its only) file, or {@code null} when it was not made. */
  public byte[] output(Output output) {
    List<byte[]> files = outputs.get(output);
    return files == null || files.isEmpty() ? null : files.get(0);
  }

  /** The bytes of each file of an output, in order; empty when it was not made. */
  public List<byte[]> files(Output output) {
    return outputs.getOrDefault(output, List.of());
  }

  /** Whether every output of {@code wanted} was made. */
  public boolean madeAll(List<Output> wanted) {
    return outputs.keySet().containsAll(wanted);
  }
}
