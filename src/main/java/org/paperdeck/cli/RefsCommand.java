package org.paperdeck.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.notes.NotesReader;
import org.paperdeck.notes.NotesSource;
import org.paperdeck.notes.ReadResult;
import org.paperdeck.notes.TalkReferences;
import org.paperdeck.refs.BibTexWriter;
import org.paperdeck.refs.CslJsonWriter;
import org.paperdeck.refs.Reference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code paperdeck refs NOTES}: every paper and further-reading entry of a talk as BibTeX or
 * CSL-JSON on standard output, for the group's shared library.
 */
@Command(name = "refs", mixinStandardHelpOptions = true,
    description = "Print every paper and further-reading entry of the notes as BibTeX or"
        + " CSL-JSON, cited entries with the notes' own fields on top.")
final class RefsCommand implements Callable<Integer> {
  /** The formats {@code --format} takes. */
  enum RefsFormat {
    BIBTEX, CSL_JSON;

    static RefsFormat named(String name) {
      return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
  }

  @Spec
  CommandSpec spec;

  @Mixin
  NotesArgument notes;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "bibtex",
      converter = FormatName.class,
      description = "bibtex (the default) or csl-json.")
  RefsFormat format;

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    if (notes.isStandardInput()) {
      throw new CommandFailure(ExitCode.USAGE, "refs reads a notes file, not standard input",
          "name the notes file: its bibliography is found beside it");
    }
    java.nio.file.Path file = notes.file();
    NotesSource source = NotesSource.file(file, file.toString());
    ReadResult read = new NotesReader().read(notes.from == null ? source : source.as(notes.from));
    DiagnosticPrinter printer = new DiagnosticPrinter(err);
    printer.print(read.diagnostics(), true);
    if (read.talk() == null) {
      return ExitCode.ofInputErrors(read.diagnostics());
    }
    List<Reference> references =
        TalkReferences.distinct(TalkReferences.of(read.talk(), read.bibliography()));
    if (format == RefsFormat.CSL_JSON) {
      // CSL-JSON has no way to say that the list of authors goes on.
      printer.print(references.stream().filter(Reference::moreAuthors)
          .map(r -> Diagnostic.warning(r.pos(), "CSL-JSON cannot say 'and others': '" + r.key()
              + "' lists only the authors named"))
          .toList(), true);
    }
    spec.commandLine().getOut().print(format == RefsFormat.BIBTEX
        ? BibTexWriter.write(references) : CslJsonWriter.write(references));
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }

  /** {@code --format}'s names. */
  static final class FormatName implements picocli.CommandLine.ITypeConverter<RefsFormat> {
    @Override
    public RefsFormat convert(String value) {
      try {
        return RefsFormat.named(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "unknown format '" + value + "'; use bibtex or csl-json");
      }
    }
  }
}
