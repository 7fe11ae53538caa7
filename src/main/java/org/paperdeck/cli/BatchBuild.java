package org.paperdeck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.paperdeck.api.Format;
import org.paperdeck.api.Notes;
import org.paperdeck.api.Paperdeck;
import org.paperdeck.api.Result;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.notes.NotesReader;

/**
 * Builds many talks in one JVM, side by side on the machine's cores: each thread has its own
 * {@link Paperdeck} per {@link TalkSettings} (a paperdeck builds one talk at a time), so the
 * templates are loaded once per thread and the JVM warms up once for every talk. Each talk is
 * written as {@code build} writes one ({@link OutputFiles}, all or nothing), whatever happens to
 * the others; a talk whose inputs hash as at its last build ({@link BuildState}) is skipped
 * unless forced. Messages come out a talk at a time, never interleaved: each talk's diagnostics
 * together, then its line (or, on a terminal, a progress bar), then the summary.
 */
final class BatchBuild {
  /** One talk to build: its notes, the folder its outputs go to, and how it is built. */
  record Talk(Path notes, Path outputFolder, TalkSettings settings) {}

  /** How a talk ended. */
  enum Status { BUILT, UNCHANGED, ERRORS, UNWRITABLE }

  /**
   * A talk's end.
   *
   * @param result the build's result; {@code null} when skipped or when the build broke down
   */
  record Done(Talk talk, Status status, Result result) {}

  private final List<Talk> talks;
  private final List<Diagnostic> before;
  private final boolean write;
  private final boolean force;
  private final boolean quiet;
  private final PrintWriter out;
  private final PrintWriter err;
  private final ProgressLine progress;
  private final BuildState.Folders states = new BuildState.Folders();
  private final Map<TalkSettings, String> hashes = new ConcurrentHashMap<>();
  private final AtomicInteger finished = new AtomicInteger();

  /**
   * @param before problems found before any build (a talk passed over), printed first
   * @param write whether to write outputs and remember states ({@code build}), or only to build
   *     in memory ({@code check})
   */
  BatchBuild(List<Talk> talks, List<Diagnostic> before, boolean write, boolean force,
      boolean quiet, PrintWriter out, PrintWriter err, ProgressLine progress) {
    this.talks = List.copyOf(talks);
    this.before = List.copyOf(before);
    this.write = write;
    this.force = force;
    this.quiet = quiet;
    this.out = out;
    this.err = err;
    this.progress = progress;
  }

  /** Builds every talk and returns how each ended, in the order of the talks. */
  List<Done> run() {
    new DiagnosticPrinter(err).print(before, !quiet);
    int threads = Math.max(1, Math.min(talks.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, "paperdeck-talk");
      thread.setDaemon(true);
      return thread;
    });
    ThreadLocal<Map<TalkSettings, Paperdeck>> paperdecks = ThreadLocal.withInitial(HashMap::new);
    List<Future<Done>> futures = new ArrayList<>();
    progress.show(0, talks.size(), "");
    try {
      for (Talk talk : talks) {
        futures.add(pool.submit(() -> one(talk, paperdecks.get())));
      }
      List<Done> done = new ArrayList<>();
      for (Future<Done> future : futures) {
        done.add(future.get());
      }
      if (write) {
        saveStates();
      }
      progress.clear();
      return done;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CommandFailure(ExitCode.FAILURE, "interrupted", null);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** The summary line: "12 talks, 11 built, 1 with errors in 8.2 s". */
  static String summary(List<Done> done, boolean write, Duration took) {
    Map<Status, Integer> counts = new LinkedHashMap<>();
    for (Done d : done) {
      counts.merge(d.status(), 1, Integer::sum);
    }
    List<String> parts = new ArrayList<>();
    parts.add(done.size() + (done.size() == 1 ? " talk" : " talks"));
    parts.add(counts.getOrDefault(Status.BUILT, 0) + (write ? " built" : " fine"));
    if (counts.containsKey(Status.UNCHANGED)) {
      parts.add(counts.get(Status.UNCHANGED) + " unchanged");
    }
    if (counts.containsKey(Status.ERRORS)) {
      parts.add(counts.get(Status.ERRORS) + " with errors");
    }
    if (counts.containsKey(Status.UNWRITABLE)) {
      parts.add(counts.get(Status.UNWRITABLE) + " not written");
    }
    return String.join(", ", parts) + String.format(" in %.1f s", took.toNanos() / 1e9);
  }

  /** The exit code of a run: 3 when an output could not be written, 1 for errors, else 0. */
  static int exitCode(List<Done> done) {
    int code = ExitCode.OK;
    for (Done d : done) {
      if (d.status() == Status.UNWRITABLE) {
        return ExitCode.FAILURE;
      }
      if (d.status() == Status.ERRORS) {
        code = ExitCode.BAD_INPUT;
      }
    }
    return code;
  }

  private Done one(Talk talk, Map<TalkSettings, Paperdeck> paperdecks) {
    long start = System.nanoTime();
    String settingsHash = write ? hashes.computeIfAbsent(talk.settings(), TalkSettings::hash) : "";
    BuildState state = write ? states.of(talk.outputFolder()) : null;
    String baseName = NotesReader.baseName(talk.notes());
    Map<Format, Path> targets = new LinkedHashMap<>();
    for (Format format : talk.settings().formats()) {
      targets.put(format, talk.outputFolder().resolve(format.fileName(baseName)));
    }
    if (write && !force && targets.values().stream().allMatch(Files::isRegularFile)
        && state.unchanged(talk.notes(), settingsHash)) {
      return report(new Done(talk, Status.UNCHANGED, null), "", "unchanged", start);
    }
    StringWriter messages = new StringWriter();
    PrintWriter messageWriter = new Paint.Writer(new PrintWriter(messages), Paint.of(err));
    Result result;
    try {
      Paperdeck paperdeck = paperdecks.get(talk.settings());
      if (paperdeck == null) {
        paperdeck = talk.settings().paperdeck();
        paperdecks.put(talk.settings(), paperdeck);
      }
      if (write) {
        OutputFiles.removeAbandoned(List.copyOf(targets.values()));
      }
      result = paperdeck.build(Notes.file(talk.notes()), stage -> {});
    } catch (IOException | IllegalArgumentException e) {
      messageWriter.println((talk.settings().series() == null ? talk.notes()
          : talk.settings().series()) + ":1:1: error: cannot load the templates: "
          + e.getMessage());
      messageWriter.flush();
      forget(state, talk);
      return report(new Done(talk, Status.ERRORS, null), messages.toString(),
          "not built", start);
    } catch (OutOfMemoryError | StackOverflowError e) {
      JvmErrors.report(e, messageWriter);
      forget(state, talk);
      return report(new Done(talk, Status.ERRORS, null), messages.toString(),
          "not built", start);
    }
    DiagnosticPrinter printer = new DiagnosticPrinter(messageWriter);
    result.generatedText().forEach(printer::source);
    if (result.diagnostics().stream().anyMatch(d -> (!quiet || d.isError())
        && !d.pos().file().equals(talk.notes().toString()))) {
      // A message about a template, a theme or a series file names no talk by itself.
      messageWriter.println("In " + talk.notes() + ":");
    }
    printer.print(result.diagnostics(), !quiet);
    if (!result.ok()) {
      forget(state, talk);
      long errors = result.diagnostics().stream().filter(Diagnostic::isError).count();
      return report(new Done(talk, Status.ERRORS, result), messages.toString(),
          errors + (errors == 1 ? " error" : " errors") + (write ? "; nothing written" : ""),
          start);
    }
    if (!write) {
      return report(new Done(talk, Status.BUILT, result), messages.toString(), "fine", start);
    }
    Map<Path, byte[]> files = new LinkedHashMap<>();
    List<String> written = new ArrayList<>();
    targets.forEach((format, file) -> {
      files.put(file, result.output(format).orElseThrow());
      String note = result.summary(format);
      written.add(file.getFileName() + (note.isEmpty() ? "" : " (" + note + ")"));
    });
    try {
      OutputFiles.writeAll(files);
    } catch (IOException e) {
      forget(state, talk);
      messageWriter.printf("paperdeck: cannot write to %s: %s; earlier outputs are unchanged%n",
          talk.outputFolder(), IoReasons.of(e));
      messageWriter.flush();
      return report(new Done(talk, Status.UNWRITABLE, result), messages.toString(),
          "not written", start);
    }
    state.built(talk.notes(), settingsHash, result.images());
    return report(new Done(talk, Status.BUILT, result), messages.toString(),
        "wrote " + String.join(", ", written), start);
  }

  private static void forget(BuildState state, Talk talk) {
    if (state != null) {
      state.failed(talk.notes());
    }
  }

  /** Prints a talk's messages and line together, and moves the bar on. */
  private Done report(Done done, String messages, String what, long start) {
    synchronized (this) {
      int count = finished.incrementAndGet();
      progress.clear();
      if (!messages.isEmpty()) {
        err.print(messages);
        err.flush();
      }
      if (!quiet && !progress.onTerminal()) {
        out.printf("[%d/%d] %s: %s (%.1f s)%n", count, talks.size(), done.talk().notes(), what,
            (System.nanoTime() - start) / 1e9);
        out.flush();
      }
      progress.show(count, talks.size(), count < talks.size() ? "building ..." : "");
    }
    return done;
  }

  /** Writes each output folder's state beside its outputs, with the outputs' care. */
  private void saveStates() {
    for (BuildState state : states.all()) {
      if (!Files.isDirectory(state.file().getParent())) {
        continue;
      }
      try {
        OutputFiles.writeAll(Map.of(state.file(), state.bytes()));
      } catch (IOException e) {
        progress.clear();
        err.printf("paperdeck: warning: cannot write %s: %s; the next run builds every talk"
            + " again%n", state.file(), IoReasons.of(e));
        err.flush();
      }
    }
  }
}
