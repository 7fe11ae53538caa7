package org.paperdeck.disk;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Every step of a careful write that changes the disk, one method each. {@link #SYSTEM} does
 * them; a test hands a writer one that fails, or stops as a kill would, at a chosen step, and
 * checks what the files hold at that point.
 */
public interface Disk {
  /** The machine's file system. */
  Disk SYSTEM = new SystemDisk();

  /** Creates {@code file}, which must not exist yet, holding {@code bytes}. */
  void write(Path file, byte[] bytes) throws IOException;

  /** Flushes a file's bytes to the device, so a rename never exposes a file still in memory. */
  void sync(Path file) throws IOException;

  /**
   * Flushes a folder's names to the device, so a rename done survives a power cut. Where the
   * system cannot open a folder for this (Windows) or its file system refuses, there is nothing
   * more to do: the renames are atomic all the same.
   */
  void syncFolder(Path folder) throws IOException;

  /** Gives {@code existing}'s bytes a second name, {@code link}, without copying them. */
  void link(Path existing, Path link) throws IOException;

  /** Copies {@code from} to {@code to}, which must not exist yet: a backup where links fail. */
  void copy(Path from, Path to) throws IOException;

  /**
   * Moves {@code from} over {@code to} in one step: {@code to} names the old file or the new one
   * at every instant, never nothing and never part of either.
   */
  void rename(Path from, Path to) throws IOException;

  /** Removes {@code file} if it is there. */
  void delete(Path file) throws IOException;

  /** {@link Disk} on the machine's file system. */
  final class SystemDisk implements Disk {
    private SystemDisk() {}

    @Override
    public void write(Path file, byte[] bytes) throws IOException {
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
      }
    }

    @Override
    public void sync(Path file) throws IOException {
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
    }

    @Override
    public void syncFolder(Path folder) {
      try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
        channel.force(true);
      } catch (IOException e) {
        // See the interface: a folder that cannot be flushed still holds whole files.
      }
    }

    @Override
    public void link(Path existing, Path link) throws IOException {
      try {
        Files.createLink(link, existing);
      } catch (UnsupportedOperationException e) {
        throw new IOException("hard links are not supported here", e);
      }
    }

    @Override
    public void copy(Path from, Path to) throws IOException {
      Files.copy(from, to, LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public void rename(Path from, Path to) throws IOException {
      // Never fall back to a plain move: without ATOMIC_MOVE the JDK deletes the target first,
      // and a kill between the two steps would leave no file of that name.
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void delete(Path file) throws IOException {
      Files.deleteIfExists(file);
    }
  }
}
