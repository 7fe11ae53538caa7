package org.paperdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperdeck.cli.CliTest.paperdeck;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.Tools;
import org.paperdeck.UsesExternalPrograms;

class CompletionCommandTest {
  @TempDir
  Path dir;

  @Test
  void bashCompletionIsRegisteredForThePaperdeckCommand() {
    CliTest.Outcome run = paperdeck("completion", "bash");
    assertEquals(Cli.OK, run.code(), run.err());
    assertTrue(run.out().contains("\ncomplete -F _complete_paperdeck -o default paperdeck "),
        run.out());
  }

  @Test
  void anUnknownShellIsAUsageError() {
    CliTest.Outcome run = paperdeck("completion", "fish");
    assertEquals(Cli.USAGE, run.code());
    assertTrue(run.err().contains("no completion for the shell 'fish'; use bash or zsh"),
        run.err());
  }

  @Test
  @UsesExternalPrograms
  void bashAcceptsTheScript() throws Exception {
    Path script = script("bash");
    assertEquals("", Tools.run(dir, List.of("bash", "-n", script.toString())));
  }

  @Test
  @UsesExternalPrograms
  void bashCompletesCommandsOptionsAndTheirValues() throws Exception {
    Path script = script("bash");
    assertEquals("build", complete(script, "paperdeck", "b"));
    assertEquals("build check init site watch preview plan theme templates refs add completion",
        complete(script, "paperdeck", ""));
    assertEquals("list export", complete(script, "paperdeck", "templates", ""));
    assertEquals("--formats", complete(script, "paperdeck", "build", "--form"));
    assertEquals("--serve", complete(script, "paperdeck", "watch", "--se"));
    assertEquals("pptx pdf html png slides-pdf", complete(script, "paperdeck", "build", "--formats", ""));
    assertEquals("bash zsh", complete(script, "paperdeck", "completion", ""));
  }

  @Test
  @UsesExternalPrograms
  void zshLoadsTheScriptAsTheCompletionOfPaperdeck() throws Exception {
    Path script = script("zsh");
    // -f: none of the machine's start-up files; compinit -u: no questions about their owners.
    String bound = Tools.run(dir, List.of("zsh", "-f", "-c", "autoload -U compinit && compinit -u"
        + " -d " + dir.resolve("zcompdump") + "; source " + script
        + "; print -r -- ${_comps[paperdeck]}"));
    assertTrue(bound.contains("_complete_paperdeck"), bound);
  }

  /** The words bash offers for the last of {@code words}, as a press of Tab would. */
  private String complete(Path script, String... words) throws Exception {
    StringBuilder array = new StringBuilder();
    for (String word : words) {
      array.append(" '").append(word).append('\'');
    }
    // Outside a real Tab press, the script's compopt complains; its words are what count.
    String command = "source " + script + "; COMP_WORDS=(" + array + "); COMP_CWORD="
        + (words.length - 1) + "; _complete_paperdeck 2>/dev/null; echo \"${COMPREPLY[*]}\"";
    return Tools.run(dir, List.of("bash", "-c", command)).strip();
  }

  private Path script(String shell) throws Exception {
    CliTest.Outcome run = paperdeck("completion", shell);
    assertEquals(Cli.OK, run.code(), run.err());
    Path script = dir.resolve("paperdeck." + shell);
    Files.writeString(script, run.out(), StandardCharsets.UTF_8);
    return script;
  }
}
