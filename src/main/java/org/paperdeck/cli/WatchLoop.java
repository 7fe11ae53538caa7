package org.paperdeck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.paperdeck.templates.TemplateSet;

/**
 * The loop of the commands that rebuild on every save, {@code watch} and {@code preview}: build
 * once, then again whenever the notes, an image they show, a file of the user's template folder
 * or the theme changes, until Ctrl-C or SIGTERM, which end the loop after the rebuild in hand.
 */
final class WatchLoop {
  /** One save often arrives as several events; wait this long for the last before building. */
  static final Duration QUIET = Duration.ofMillis(200);

  /** What the loop runs on every change. */
  interface Rebuild {
    /**
     * Builds once and says what it made.
     *
     * @return the images the notes show, to watch; empty when the notes could not be read
     */
    List<Path> run();

    /** Whether the last run made its outputs (watched images are kept after a failed run). */
    boolean succeeded();

    /** Makes the next run read the template files again: one of them changed. */
    void forgetTemplates();
  }

  private WatchLoop() {}

  /**
   * Runs {@code rebuild} now and after every change until stopped.
   *
   * @param watching says, once the files are watched, that the loop is waiting for changes
   */
  static void run(Path notes, TemplateSet set, Rebuild rebuild, Runnable watching)
      throws IOException {
    Set<Path> templateFolders = set.userFolder() == null ? Set.of() : Set.of(set.userFolder());
    try (FileWatch watch = new FileWatch(QUIET);
        StopSignals stop = StopSignals.install(watch::close)) {
      List<Path> images = rebuild.run();
      // Watching before saying so: an edit made once the message is out is seen.
      watch.watch(watchedFiles(notes, images, set), templateFolders);
      watching.run();
      while (true) {
        Set<Path> changed = watch.awaitChange();
        if (changed.stream().anyMatch(path -> templateFolders.stream().anyMatch(path::startsWith))) {
          rebuild.forgetTemplates();
        }
        List<Path> now = rebuild.run();
        // Notes too broken to read name no images: keep watching the last ones meanwhile.
        images = !rebuild.succeeded() && now.isEmpty() ? images : now;
        watch.watch(watchedFiles(notes, images, set), templateFolders);
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // Stopped: Ctrl-C, SIGTERM, or the watch closed under the loop.
    }
  }

  /** Says that the loop stopped, unless told to be quiet. */
  static void stopped(PrintWriter err, boolean quiet) {
    if (!quiet) {
      err.println("paperdeck: stopped watching");
      err.flush();
    }
  }

  private static Set<Path> watchedFiles(Path notes, List<Path> images, TemplateSet set) {
    Set<Path> files = new HashSet<>(images);
    files.add(notes);
    if (set.theme() != null) {
      files.add(set.theme());
    }
    return files;
  }
}
