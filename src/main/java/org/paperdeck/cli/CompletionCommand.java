package org.paperdeck.cli;

import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code paperdeck completion bash|zsh}: prints a script that makes the shell complete
 * paperdeck's commands, options and their values, generated from the same picocli model as
 * {@code --help}. One script serves both shells: picocli's script turns on zsh's bash
 * compatibility (bashcompinit) when zsh sources it.
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
    description = {"Print a script that completes paperdeck's commands and options in bash or"
        + " zsh. Load it with: source <(paperdeck completion bash)",
        "or, to keep it, add that line to ~/.bashrc (or ~/.zshrc, with zsh)."})
final class CompletionCommand implements Callable<Integer> {
  /** The shells the script is known to load in. */
  static final class Shells implements Iterable<String> {
    static final List<String> NAMES = List.of("bash", "zsh");

    @Override
    public Iterator<String> iterator() {
      return NAMES.iterator();
    }
  }

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "SHELL", completionCandidates = Shells.class,
      description = "The shell: ${COMPLETION-CANDIDATES}.")
  String shell;

  @Override
  public Integer call() {
    if (!Shells.NAMES.contains(shell)) {
      throw new ParameterException(spec.commandLine(),
          "no completion for the shell '" + shell + "'; use bash or zsh");
    }
    String script = AutoComplete.bash(spec.root().name(), spec.root().commandLine());
    if (shell.equals("zsh")) {
      spec.commandLine().getOut().println("# paperdeck's completion for zsh: the bash script"
          + " below, which loads zsh's bashcompinit itself.");
    }
    spec.commandLine().getOut().print(script);
    return ExitCode.OK;
  }
}
