package org.paperdeck.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.paperdeck.cli.Cli;
import org.paperdeck.plan.DeckPlan;
import org.paperdeck.plan.PlanParser;

/** The worked example's deck plan, as {@code paperdeck plan talks/iclr-2022.md} prints it. */
final class ExamplePlan {
  private ExamplePlan() {}

  static DeckPlan read() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertEquals(0, Cli.run(new String[] {"plan", "talks/iclr-2022.md"}, new PrintWriter(out),
        new PrintWriter(err)), err.toString());
    PlanParser.Result parsed = PlanParser.parse(out.toString(), "deck.ftlx");
    assertEquals(List.of(), parsed.diagnostics());
    return parsed.plan();
  }
}
