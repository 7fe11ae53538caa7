package org.paperdeck.disk;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.CRC32C;

/**
 * The TrueType fonts paperdeck ships (inside its jar and its libraries' jars) as java.awt fonts,
 * read from files in the user's cache folder. {@link Font#createFont(int, InputStream)} copies
 * the font to a file {@code +~JF….tmp} in the system's temporary folder and deletes it only when
 * the JVM exits normally, so a killed build would leave every font it loaded there; a font made
 * from a file is read where it lies. Each font is written to the cache once, atomically (a
 * scratch file, flushed, renamed), under a name that carries a checksum of its bytes, so another
 * version's font never stands in for this one's.
 *
 * <p>The cache folder is {@code $XDG_CACHE_HOME/paperdeck/fonts}, else, on Windows,
 * {@code %LOCALAPPDATA%\paperdeck\cache\fonts}, on macOS {@code ~/Library/Caches/paperdeck/fonts},
 * elsewhere {@code ~/.cache/paperdeck/fonts}. Where it cannot be written, a font is made from its
 * bytes as before: the build is the same, only a kill may leave a copy behind.
 */
public final class BundledFonts {
  private BundledFonts() {}

  /**
   * The font in {@code resource}, found as {@code owner}'s resources are.
   *
   * @throws IOException when there is no such resource or it cannot be read
   */
  public static Font trueType(Class<?> owner, String resource)
      throws IOException, FontFormatException {
    return trueType(owner, resource, folder());
  }

  /** {@link #trueType(Class, String)} with the cache in {@code folder}; null for none. */
  static Font trueType(Class<?> owner, String resource, Path folder)
      throws IOException, FontFormatException {
    byte[] bytes;
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException(resource + " is missing from the classpath");
      }
      bytes = in.readAllBytes();
    }
    Path file = folder == null ? null : cached(folder, resource, bytes);
    if (file != null) {
      return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
    }
    return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
  }

  /** The cache file holding {@code bytes}, written now if need be; null when it cannot be. */
  private static Path cached(Path folder, String resource, byte[] bytes) {
    String name = resource.substring(resource.lastIndexOf('/') + 1);
    Path file = folder.resolve(digest(bytes) + "-" + name);
    try {
      if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
          && Files.size(file) == bytes.length) {
        return file;
      }
      Files.createDirectories(folder);
      ScratchFiles.removeAbandoned(file, Disk.SYSTEM);
      Path part = ScratchFiles.name(file, ScratchFiles.PART, ScratchFiles.ownPid());
      try {
        Disk.SYSTEM.write(part, bytes);
        Disk.SYSTEM.sync(part);
        // Two builds may write the same font at once: the same bytes, whichever lands last.
        Disk.SYSTEM.rename(part, file);
      } finally {
        Disk.SYSTEM.delete(part);
      }
      return file;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The user's cache folder for fonts, or null when the environment names none. */
  static Path folder() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String xdg = System.getenv("XDG_CACHE_HOME");
    String localAppData = System.getenv("LOCALAPPDATA");
    String home = System.getProperty("user.home");
    try {
      if (xdg != null && Path.of(xdg).isAbsolute()) {
        return Path.of(xdg, "paperdeck", "fonts");
      }
      if (os.startsWith("windows") && localAppData != null && !localAppData.isBlank()) {
        return Path.of(localAppData, "paperdeck", "cache", "fonts");
      }
      if (home == null || home.isBlank() || home.equals("?")) {
        return null;
      }
      if (os.startsWith("mac")) {
        return Path.of(home, "Library", "Caches", "paperdeck", "fonts");
      }
      return Path.of(home, ".cache", "paperdeck", "fonts");
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * The bytes' checksum and length. It tells one version of a font from another, which is all
   * the name needs (the folder is the user's own, not a place where files are forged); a
   * cryptographic digest of the seven fonts cost a cold build about a tenth of a second.
   */
  private static String digest(byte[] bytes) {
    CRC32C crc = new CRC32C();
    crc.update(bytes);
    return String.format(Locale.ROOT, "%08x-%d", crc.getValue(), bytes.length);
  }
}
