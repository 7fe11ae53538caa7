package org.paperdeck.handout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The fonts installed on this machine, for characters the handout's own fonts lack. The usual
 * font folders of Linux, macOS and Windows are read directly, and the files fontconfig knows
 * ({@code fc-list}) are added when it is installed, so fonts in folders of its configuration
 * count too; nothing depends on fontconfig. The scan runs once per JVM, and only when a handout
 * has a character the built-in fonts lack: a Latin talk never pays for it, and watch mode's
 * rebuilds reuse it.
 */
final class SystemFonts {
  private static final List<String> EXTENSIONS = List.of(".ttf", ".otf", ".ttc");
  private static final int MAX_DEPTH = 6;
  private static volatile List<FontFace> installed;

  private SystemFonts() {}

  /** Every face of every font file on the machine, in a stable order. */
  static List<FontFace> installed() {
    List<FontFace> faces = installed;
    if (faces == null) {
      synchronized (SystemFonts.class) {
        if (installed == null) {
          installed = scan(folders(), true);
        }
        faces = installed;
      }
    }
    return faces;
  }

  /** The faces of the font files under {@code folders} (and fontconfig's, if asked). */
  static List<FontFace> scan(List<Path> folders, boolean askFontconfig) {
    TreeSet<Path> files = new TreeSet<>();
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(folder, MAX_DEPTH, FileVisitOption.FOLLOW_LINKS)) {
        walk.filter(SystemFonts::isFontFile).forEach(p -> files.add(p.toAbsolutePath().normalize()));
      } catch (IOException | RuntimeException e) {
        // An unreadable folder holds no fonts we can use.
      }
    }
    if (askFontconfig) {
      files.addAll(fontconfigFiles());
    }
    List<FontFace> faces = new ArrayList<>();
    for (Path file : files) {
      faces.addAll(FontFace.read(file));
    }
    return List.copyOf(faces);
  }

  static boolean isFontFile(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString()
        .toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(name::endsWith) && Files.isRegularFile(path);
  }

  /** Where Linux, macOS and Windows keep fonts, for all users and for this one. */
  static List<Path> folders() {
    List<Path> folders = new ArrayList<>();
    String home = System.getProperty("user.home", "");
    folders.add(Path.of("/usr/share/fonts"));
    folders.add(Path.of("/usr/local/share/fonts"));
    if (!home.isEmpty()) {
      folders.add(Path.of(home, ".local", "share", "fonts"));
      folders.add(Path.of(home, ".fonts"));
      folders.add(Path.of(home, "Library", "Fonts"));
    }
    folders.add(Path.of("/Library/Fonts"));
    folders.add(Path.of("/System/Library/Fonts"));
    String windows = System.getenv("WINDIR");
    if (windows != null && !windows.isBlank()) {
      folders.add(Path.of(windows, "Fonts"));
      String local = System.getenv("LOCALAPPDATA");
      if (local != null && !local.isBlank()) {
        folders.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
      }
    }
    return folders;
  }

  /** The font files fontconfig lists, or none when it is not installed or does not answer. */
  private static List<Path> fontconfigFiles() {
    List<Path> files = new ArrayList<>();
    try {
      Process process = new ProcessBuilder("fc-list", "--format", "%{file}\\n")
          .redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      process.getOutputStream().close();
      byte[] out;
      try (InputStream in = process.getInputStream()) {
        out = in.readAllBytes();
      }
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroy();
        return files;
      }
      for (String line : new String(out, StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          Path path = Path.of(line.strip());
          if (isFontFile(path)) {
            files.add(path.toAbsolutePath().normalize());
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // No fontconfig: the folders above are all there is.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return files;
  }

}
