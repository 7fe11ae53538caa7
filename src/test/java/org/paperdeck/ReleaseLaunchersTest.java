package org.paperdeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The release's two launchers, bin/paperdeck (the checkout's own script) and bin/paperdeck.cmd
 * for Windows, start the JVM alike: the same flags, on the same conditions.
 */
class ReleaseLaunchersTest {
  private static final Path SCRIPT = Path.of("paperdeck");
  private static final Path CMD = Path.of("src/main/dist/paperdeck.cmd");
  /** What the shell script asks of Linux alone: the heap in its transparent huge pages. */
  private static final Set<String> LINUX_ONLY = Set.of("-XX:+UseTransparentHugePages");

  @Test
  void windowsStartsTheJvmWithTheFlagsOfTheShellScriptButLinuxsOwn() throws IOException {
    Set<String> shell = flags(SCRIPT, Pattern.compile("\\bjvm\\+?=\\(([^)]*)\\)"));
    Set<String> windows = flags(CMD, Pattern.compile("\\bset JVM=(?:!JVM! )?(.*)$"));
    assertTrue(shell.contains("-Xmx1g"), shell.toString());
    assertTrue(shell.containsAll(LINUX_ONLY), shell.toString());
    shell.removeAll(LINUX_ONLY);
    assertEquals(shell, windows);
  }

  @Test
  void bothLaunchersTellASmallTalkBySize() throws IOException {
    // 256 KB: about 200 papers, below which a small first heap starts faster.
    assertTrue(Files.readString(SCRIPT).contains("-gt 262144"));
    assertTrue(Files.readString(CMD).contains("GTR 262144"));
  }

  @Test
  void theWindowsLauncherIsKeptWithWindowsLineEndingsInTheRelease() throws IOException {
    // The release's descriptor converts it; in the repository it is an ordinary text file.
    String descriptor = Files.readString(Path.of("src/main/assembly/release.xml"));
    assertTrue(descriptor.contains("<source>src/main/dist/paperdeck.cmd</source>\n"
        + "      <outputDirectory>bin</outputDirectory>\n      <lineEnding>dos</lineEnding>"),
        descriptor);
    assertFalse(Files.readString(CMD).contains("\r"));
  }

  private static Set<String> flags(Path file, Pattern assignment) throws IOException {
    Set<String> flags = new TreeSet<>();
    for (String line : Files.readAllLines(file)) {
      Matcher matcher = assignment.matcher(line);
      if (matcher.find()) {
        Arrays.stream(matcher.group(1).strip().split("\\s+")).filter(f -> f.startsWith("-X"))
            .forEach(flags::add);
      }
    }
    return flags;
  }
}
