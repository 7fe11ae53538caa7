package org.paperdeck.cli;

import java.util.ArrayList;
import java.util.List;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Turns Ctrl-C (SIGINT) and a polite kill (SIGTERM) into a request to stop, for a command that
 * runs until the user ends it. By default the JVM exits on those signals from wherever it is,
 * with status 130 or 143; a watch should instead finish the rebuild in hand (so no output is
 * left half-moved), say that it stopped, and exit 0, which is what ending a watch is.
 *
 * <p>{@code sun.misc.Signal} is the JDK's supported way to do this (module jdk.unsupported,
 * there since Java 9 without a replacement). Where a signal cannot be handled (the JVM was
 * started with {@code -Xrs}) the default stays: the process ends without the tidy message.
 */
final class StopSignals implements AutoCloseable {
  private final List<Signal> signals = new ArrayList<>();
  private final List<SignalHandler> previous = new ArrayList<>();

  private StopSignals() {}

  /** Runs {@code stop} on the signal's thread when Ctrl-C or SIGTERM arrives. */
  static StopSignals install(Runnable stop) {
    StopSignals installed = new StopSignals();
    for (String name : List.of("INT", "TERM")) {
      try {
        Signal signal = new Signal(name);
        installed.previous.add(Signal.handle(signal, s -> stop.run()));
        installed.signals.add(signal);
      } catch (IllegalArgumentException | UnsupportedOperationException e) {
        // Not available on this platform or reserved by the JVM: the default stays.
      }
    }
    return installed;
  }

  /** Gives the signals back to the JVM's defaults once the watch is over. */
  @Override
  public void close() {
    for (int i = 0; i < signals.size(); i++) {
      Signal.handle(signals.get(i), previous.get(i));
    }
  }
}
