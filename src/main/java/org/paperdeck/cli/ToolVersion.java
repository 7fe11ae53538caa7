package org.paperdeck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version Maven wrote into the jar, as {@code --version} prints it. */
final class ToolVersion {
  private ToolVersion() {}

  /** {@code paperdeck 0.1.0}, or {@code paperdeck (development)} outside a Maven build. */
  static String line() {
    Properties properties = new Properties();
    try (InputStream in = ToolVersion.class.getResourceAsStream("/org/paperdeck/version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read paperdeck's version from its jar", e);
    }
    return "paperdeck " + properties.getProperty("version", "(development)");
  }
}
