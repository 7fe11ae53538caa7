package org.paperdeck.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.paperdeck.notes.ReadResult;
import org.paperdeck.pipeline.Builder;
import org.paperdeck.templates.Rendered;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code paperdeck plan NOTES}: prints the deck plan the deck template made, for template authors. */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = "Print the deck plan (XML) that the deck template makes of a notes file.")
final class PlanCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @ParentCommand
  PaperdeckCommand paperdeck;

  @Mixin
  NotesArgument notes;

  @Mixin
  TemplateOptions templateOptions;

  @Mixin
  VarOptions varOptions;

  @Override
  public Integer call() throws IOException {
    var err = spec.commandLine().getErr();
    Builder builder = new Builder(templateOptions.set(spec), varOptions.vars(spec),
        templateOptions.limits(spec));
    builder.planAhead();
    ReadResult read = builder.readForPlan(notes.source(paperdeck.streams(), null));
    DiagnosticPrinter printer = new DiagnosticPrinter(err);
    printer.print(read.diagnostics(), true);
    if (read.talk() == null) {
      return ExitCode.ofInputErrors(read.diagnostics());
    }
    Rendered plan = builder.plan(read.talk());
    printer.print(plan.diagnostics(), true);
    if (plan.failed()) {
      return ExitCode.BAD_INPUT;
    }
    spec.commandLine().getOut().print(plan.text());
    return ExitCode.OK;
  }
}
