package org.paperdeck.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.paperdeck.pipeline.BuildOptions;
import org.paperdeck.pipeline.BuildOptions.Format;
import org.paperdeck.pipeline.BuildOptions.Paper;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code build}'s and {@code watch}'s choice of outputs: which files, and the handout's paper. */
final class OutputOptions {
  @Option(names = "--formats", paramLabel = "LIST", split = ",", converter = FormatName.class,
      description = "What to write, comma-separated: pptx, pdf, html (default: pptx,pdf). "
          + "html is the handout as one self-contained file.")
  List<Format> formats;

  @Option(names = "--paper", paramLabel = "SIZE", converter = PaperName.class,
      description = "The handout's paper: a4 or letter (default: a4).")
  Paper paper;

  BuildOptions options() {
    Set<Format> chosen = formats == null || formats.isEmpty()
        ? EnumSet.of(Format.PPTX, Format.PDF) : EnumSet.copyOf(formats);
    return new BuildOptions(chosen, paper == null ? Paper.A4 : paper);
  }

  /** Lower-case names, as users type them and file extensions read. */
  static final class FormatName implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format format : Format.values()) {
        if (format.extension().equals(value.strip().toLowerCase(Locale.ROOT))) {
          return format;
        }
      }
      throw new TypeConversionException("unknown format '" + value + "'; use pptx, pdf or html");
    }
  }

  static final class PaperName implements ITypeConverter<Paper> {
    @Override
    public Paper convert(String value) {
      for (Paper paper : Paper.values()) {
        if (paper.css().equalsIgnoreCase(value.strip())) {
          return paper;
        }
      }
      throw new TypeConversionException("unknown paper '" + value + "'; use a4 or letter");
    }
  }
}
