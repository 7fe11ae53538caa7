package org.paperdeck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs a class's {@code main} in a JVM of its own, on the tests' class path: for what only a
 * whole process shows, such as what it prints the first time a library starts or what reaches
 * its standard error from a thread.
 *
 * @param exitCode the process's exit code
 * @param output what it printed, standard output and error together
 */
public record FreshJvm(int exitCode, String output) {
  /** Runs {@code main} and waits up to two minutes for it to end. */
  public static FreshJvm run(Class<?> main) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        main.getName()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(main.getName() + " did not end within two minutes");
    }
    return new FreshJvm(process.exitValue(), output);
  }
}
