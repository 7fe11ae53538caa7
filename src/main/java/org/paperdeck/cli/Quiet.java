package org.paperdeck.cli;

/**
 * Silences the libraries' own logging before any of their classes load: the terminal shows
 * paperdeck's messages only. POI logs through Log4j's API, which without a backend prints a
 * "no logging implementation" notice; FreeMarker and Flying Saucer pick a logger on their own.
 */
final class Quiet {
  private Quiet() {}

  static void libraries() {
    setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    setIfAbsent("log4j2.simplelogLevel", "OFF");
    setIfAbsent("log4j2.statusLoggerLevel", "OFF");
    setIfAbsent("log4j2.StatusLogger.level", "OFF");
    setIfAbsent("org.freemarker.loggerLibrary", "none");
    setIfAbsent("xr.util-logging.loggingEnabled", "false");
    setIfAbsent("java.awt.headless", "true");
  }

  /**
   * Switches off java.util.logging, through which some libraries of a build log (Flying Saucer's
   * utilities, commons-logging, ICU). Only for commands that reach them: starting the log
   * manager reads the JDK's logging configuration, 30 to 70 ms of a short command.
   */
  static void javaLogging() {
    java.util.logging.LogManager.getLogManager().reset();
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
