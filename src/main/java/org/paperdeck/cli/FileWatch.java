package org.paperdeck.cli;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Waits for changes to a set of files and folders. The JDK's {@link WatchService} watches
 * folders, not files, so this watches the folders that hold them and keeps only the events for
 * the files asked about, or for anything inside a folder asked about. That also ignores the
 * build's own outputs and their temporary files, which land in the notes' folder.
 *
 * <p>Editors save in bursts (a temporary file, a rename, a second write), and a user may save
 * several files in a row: a change is reported only once nothing relevant has happened for the
 * quiet period, so one save makes one rebuild.
 */
final class FileWatch implements AutoCloseable {
  private final WatchService service;
  private final Duration quiet;
  private final Map<Path, WatchKey> keys = new HashMap<>();
  private Set<Path> files = Set.of();
  private Set<Path> folders = Set.of();

  FileWatch(Duration quiet) throws IOException {
    this.service = FileSystems.getDefault().newWatchService();
    this.quiet = quiet;
  }

  /**
   * Watches exactly these files, and every file directly inside these folders, from now on.
   * Paths are made absolute; a folder that cannot be watched (it vanished) is skipped, and
   * watched again when a later call names it and it exists.
   */
  synchronized void watch(Set<Path> watchedFiles, Set<Path> watchedFolders) {
    files = absolute(watchedFiles);
    folders = absolute(watchedFolders);
    Set<Path> needed = new LinkedHashSet<>(folders);
    files.forEach(file -> needed.add(file.getParent()));
    keys.entrySet().removeIf(entry -> {
      if (!needed.contains(entry.getKey())) {
        entry.getValue().cancel();
        return true;
      }
      return !entry.getValue().isValid();
    });
    for (Path folder : needed) {
      if (!keys.containsKey(folder)) {
        try {
          keys.put(folder, folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
              StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE));
        } catch (IOException e) {
          // Nothing to watch there now; the build reports the missing file itself.
        }
      }
    }
  }

  /**
   * Blocks until a watched file changed and the quiet period passed without another change.
   *
   * @return the watched files that changed (a folder stands for its files when the system lost
   *     track of single events)
   * @throws InterruptedException when the thread is interrupted: the watch should end
   * @throws ClosedWatchServiceException when {@link #close} was called: the watch should end
   */
  Set<Path> awaitChange() throws InterruptedException {
    Set<Path> changed = new LinkedHashSet<>();
    while (changed.isEmpty()) {
      collect(service.take(), changed);
    }
    for (WatchKey key = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS); key != null;
        key = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) {
      collect(key, changed);
    }
    return changed;
  }

  private synchronized void collect(WatchKey key, Set<Path> changed) {
    Path folder = (Path) key.watchable();
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        changed.add(folder); // events were lost: assume the worst
        continue;
      }
      Path path = folder.resolve((Path) event.context());
      if (files.contains(path) || folders.contains(folder)) {
        changed.add(path);
      }
    }
    key.reset();
  }

  private static Set<Path> absolute(Set<Path> paths) {
    Set<Path> result = new HashSet<>();
    paths.forEach(path -> result.add(path.toAbsolutePath().normalize()));
    return Set.copyOf(result);
  }

  /** Ends the watch; a thread waiting in {@link #awaitChange} gets a ClosedWatchServiceException. */
  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      // Closing only releases the system's watch handles; the process is ending the watch anyway.
    }
  }
}
