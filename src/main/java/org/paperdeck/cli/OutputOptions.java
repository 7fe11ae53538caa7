package org.paperdeck.cli;

import java.util.Iterator;
import java.util.List;
import org.paperdeck.pipeline.BuildOptions;
import org.paperdeck.pipeline.Output;
import org.paperdeck.pipeline.Outputs;
import org.paperdeck.pipeline.PaperSize;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code build}'s and {@code watch}'s choice of outputs: which files, by the names of {@link
 * Outputs}, and the handout's paper.
 */
final class OutputOptions {
  /** As given; {@code null} when not given, which means the default outputs. */
  @Option(names = {"-t", "--formats"}, paramLabel = "LIST", split = ",",
      converter = FormatName.class, completionCandidates = FormatNames.class,
      description = "What to write, comma-separated: ${COMPLETION-CANDIDATES} "
          + "(default: " + Outputs.DEFAULT_NAMES + "), each to NAME.FORMAT.")
  List<Output> formats;

  @Option(names = "--paper", paramLabel = "SIZE", converter = PaperName.class,
      description = "The handout's paper: a4 or letter (default: a4).")
  PaperSize paper;

  @Option(names = "--dpi", paramLabel = "N", converter = Dpi.class,
      description = "The resolution of the png pictures of the slides, in dots per inch, "
          + BuildOptions.MIN_DPI + " to " + BuildOptions.MAX_DPI + " (default: "
          + BuildOptions.DEFAULT_DPI + ").")
  Integer dpi;

  BuildOptions options() {
    return options(formats == null || formats.isEmpty() ? Outputs.defaults() : formats);
  }

  /** The options with these outputs, which {@code -o FILE} or {@code -o -} may have chosen. */
  BuildOptions options(List<Output> outputs) {
    return new BuildOptions(outputs, paper == null ? PaperSize.A4 : paper,
        dpi == null ? BuildOptions.DEFAULT_DPI : dpi);
  }

  /** The registry's names, for the help. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Outputs.names().iterator();
    }
  }

  /** Names as users type them and file extensions read, case aside. */
  static final class FormatName implements ITypeConverter<Output> {
    @Override
    public Output convert(String value) {
      return Outputs.named(value).orElseThrow(() -> new TypeConversionException(
          "unknown format '" + value + "'; use " + Outputs.namesInWords()));
    }
  }

  /** A resolution within what the pictures can be drawn at. */
  static final class Dpi implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int dpi;
      try {
        dpi = Integer.parseInt(value.strip());
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is not a whole number of dots per"
            + " inch; use " + BuildOptions.MIN_DPI + " to " + BuildOptions.MAX_DPI);
      }
      if (dpi < BuildOptions.MIN_DPI || dpi > BuildOptions.MAX_DPI) {
        throw new TypeConversionException(dpi + " dpi is out of range; use "
            + BuildOptions.MIN_DPI + " to " + BuildOptions.MAX_DPI);
      }
      return dpi;
    }
  }

  static final class PaperName implements ITypeConverter<PaperSize> {
    @Override
    public PaperSize convert(String value) {
      for (PaperSize paper : PaperSize.values()) {
        if (paper.css().equalsIgnoreCase(value.strip())) {
          return paper;
        }
      }
      throw new TypeConversionException("unknown paper '" + value + "'; use a4 or letter");
    }
  }
}
