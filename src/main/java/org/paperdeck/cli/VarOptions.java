package org.paperdeck.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --var key=value}, for {@code build}, {@code watch} and {@code plan}: template
 * variables that win over the front matter's {@code vars}, so one notes file can make a deck with
 * and one without, say, the logo. Values are strings, as typed; a template compares them as
 * strings.
 */
final class VarOptions {
  /** Names a template can write as {@code vars.NAME}; others would need {@code vars["…"]}. */
  private static final Pattern NAME = Pattern.compile("(labels\\.)?[A-Za-z_][A-Za-z0-9_]*");

  // Strings, split here rather than by picocli, whose message for a value without '=' is
  // garbled ("Value for option option '--var' ...").
  @Option(names = "--var", paramLabel = "KEY=VALUE",
      description = "A template variable, seen as vars.KEY (a string); repeatable. Wins over the"
          + " notes' front-matter vars. labels.KEY=WORDS sets a label (docs/templates.md).")
  List<String> assignments = new ArrayList<>();

  /** The variables, checked: a key a template could not write as {@code vars.KEY} is a usage error. */
  Map<String, String> vars(CommandSpec spec) {
    Map<String, String> vars = new LinkedHashMap<>();
    for (String assignment : assignments) {
      int equals = assignment.indexOf('=');
      if (equals < 0) {
        throw new ParameterException(spec.commandLine(), "--var " + assignment
            + ": write KEY=VALUE, as in --var logo=lab.png");
      }
      vars.put(assignment.substring(0, equals), assignment.substring(equals + 1));
    }
    for (String key : vars.keySet()) {
      if (!NAME.matcher(key).matches()) {
        throw new ParameterException(spec.commandLine(), "--var: '" + key + "' is not a variable"
            + " name; use letters, digits and _ (not starting with a digit), as in --var logo=lab.png");
      }
    }
    return Map.copyOf(vars);
  }
}
