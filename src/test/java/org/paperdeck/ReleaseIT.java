package org.paperdeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive that {@code mvn package} makes, installed the way the README says: unpacked
 * into a folder of its own, its {@code bin} put on a PATH that has Java and no Maven.
 */
class ReleaseIT {
  /** What bin/paperdeck runs besides java; the PATH of these tests holds these and no more. */
  private static final List<String> LAUNCHER_PROGRAMS =
      List.of("bash", "readlink", "wc", "mkdir", "mktemp", "mv", "rm", "find");

  @TempDir
  static Path dir;

  private static String version;
  private static Path home;

  @BeforeAll
  static void unpack() throws Exception {
    Properties properties = new Properties();
    try (InputStream in = ReleaseIT.class.getResourceAsStream("/org/paperdeck/version.properties")) {
      properties.load(in);
    }
    version = properties.getProperty("version");
    Tools.run(dir, List.of("unzip", "-q", archive("zip").toString(), "-d", "install"));
    home = dir.resolve("install/paperdeck-" + version);
  }

  /** The links to programs outside the folder go first, or JUnit warns of each as it cleans up. */
  @AfterAll
  static void removeLinksToPrograms() throws IOException {
    Path tools = dir.resolve("tools");
    if (Files.isDirectory(tools)) {
      try (Stream<Path> links = Files.list(tools)) {
        for (Path link : links.toList()) {
          Files.delete(link);
        }
      }
    }
  }

  private static Path archive(String extension) {
    Path archive = Path.of("target", "paperdeck-" + version + "." + extension).toAbsolutePath();
    assertTrue(Files.isRegularFile(archive), archive + " is made by mvn package");
    return archive;
  }

  @Test
  void theUnpackedReleaseBuildsTheExampleWithJavaAloneAndRecordsAStartUpArchive()
      throws Exception {
    Path tools = toolsWithoutMaven();
    Path work = Files.createDirectories(dir.resolve("work"));
    Files.copy(home.resolve("talks/iclr-2022.md"), work.resolve("talk.md"));
    String path = tools + File.pathSeparator + home.resolve("bin");

    // What an update of the JDK and a killed first run left beside the jar: the first build
    // that writes an archive removes it, and keeps another JDK's archive and what a first run
    // still going is writing.
    Path lib = home.resolve("lib");
    String jdk = Path.of(System.getProperty("java.home")).toRealPath().getFileName().toString();
    List<Path> stale = List.of(lib.resolve("paperdeck-" + jdk + "-17.0.1.jsa"),
        lib.resolve("paperdeck-" + jdk + ".jsa"),
        lib.resolve("paperdeck-" + jdk + "-17.0.1-plan.jsa"),
        lib.resolve("paperdeck-" + jdk + "-17.0.1.jsa.4242.part.classes"));
    List<Path> kept = List.of(lib.resolve("paperdeck-" + jdk + "-jre-17.0.2.jsa"),
        lib.resolve("paperdeck-" + jdk + "-17.0.1.jsa.4343.part"));
    for (Path file : Stream.concat(stale.stream(), kept.stream()).toList()) {
      Files.writeString(file, "not an archive");
    }
    Files.setLastModifiedTime(stale.get(3), FileTime.from(Instant.now().minus(Duration.ofHours(2))));

    Run first = paperdeck(work, path, "build", "talk.md");
    assertEquals(0, first.code(), first.err());
    for (Path file : stale) {
      assertFalse(Files.exists(file), file + " is removed");
    }
    for (Path file : kept) {
      assertTrue(Files.exists(file), file + " is kept");
      Files.delete(file);
    }
    Matcher wrote = Pattern.compile("wrote talk\\.pptx \\((\\d+) slides\\) and talk\\.pdf in .*\n")
        .matcher(first.out());
    assertTrue(wrote.matches(), first.out());
    try (InputStream in = Files.newInputStream(work.resolve("talk.pptx"));
        XMLSlideShow deck = new XMLSlideShow(in)) {
      assertEquals(Integer.parseInt(wrote.group(1)), deck.getSlides().size());
    }
    byte[] pdf = Files.readAllBytes(work.resolve("talk.pdf"));
    assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));

    // The first build left the class-data archive beside the jar, for later runs to map in;
    // on Java 17 to 24 also a smaller one for `plan`.
    List<String> archives;
    try (Stream<Path> files = Files.list(lib)) {
      archives = files.map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".jsa") || name.endsWith(".aot")).sorted().toList();
    }
    if (archives.get(0).endsWith(".jsa")) {
      assertEquals(2, archives.size(), archives.toString());
      // "…-17.0.15-plan.jsa" sorts before "…-17.0.15.jsa".
      archives = List.of(archives.get(1), archives.get(0));
      assertTrue(archives.get(1).endsWith("-plan.jsa"), archives.toString());
      // Each holds the command line's parser too (picocli, whose Java 5 class files an archive
      // written as the JVM exits leaves out) and the reader of the notes; the build's also the
      // deck's writer, the plan's not.
      String build = classesLoaded(tools, work, archives.get(0), "build", "talk.md");
      String plan = classesLoaded(tools, work, archives.get(1), "plan", "talk.md");
      for (String name : List.of("picocli.CommandLine", "org.paperdeck.notes.NotesReader",
          "freemarker.core.FMParser")) {
        assertFromArchive(build, name);
        assertFromArchive(plan, name);
      }
      assertFromArchive(build, "org.paperdeck.pptx.DeckWriter");
      long buildBytes = Files.size(lib.resolve(archives.get(0)));
      long planBytes = Files.size(lib.resolve(archives.get(1)));
      assertTrue(planBytes < buildBytes / 2, "the plan's archive, " + planBytes
          + " bytes, is under half the build's, " + buildBytes);
    } else {
      assertEquals(1, archives.size(), archives.toString());
    }
    // A later build with the archive says just what the first said: no notice of the JVM's.
    Run second = paperdeck(work, path, "build", "talk.md");
    assertEquals(0, second.code(), second.err());
    assertEquals(first.err(), second.err());
  }

  /** The class-load log of a run of the release's jar on the archive {@code archive}. */
  private static String classesLoaded(Path tools, Path work, String archive, String... command)
      throws Exception {
    List<String> line = new ArrayList<>(List.of(tools.resolve("java").toString(),
        "-XX:+UseSerialGC", "-XX:SharedArchiveFile=" + home.resolve("lib").resolve(archive),
        "-Xlog:class+load", "-jar", home.resolve("lib/paperdeck.jar").toString()));
    line.addAll(List.of(command));
    Run run = run(new ProcessBuilder(line).directory(work.toFile()));
    assertEquals(0, run.code(), run.err());
    return run.out();
  }

  private static void assertFromArchive(String loaded, String name) {
    assertTrue(loaded.contains(" " + name + " source: shared objects file"),
        name + " from the archive in\n" + loaded.lines()
            .filter(line -> line.contains(" " + name + " ")).toList());
  }

  @Test
  void aLinkToTheLauncherFromAnotherFolderRunsTheRelease() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("home/bin"));
    Files.createSymbolicLink(bin.resolve("paperdeck"), home.resolve("bin/paperdeck"));
    Run run = paperdeck(dir, toolsWithoutMaven() + File.pathSeparator + bin, "--version");
    assertEquals(0, run.code(), run.err());
    assertEquals("paperdeck " + version + "\n", run.out());
  }

  @Test
  void manFindsTheManualPageThroughThePath() throws Exception {
    Tools.require("man");
    // man looks beside each folder of the PATH: bin/../share/man holds the release's page.
    ProcessBuilder located = new ProcessBuilder("man", "-w", "paperdeck").directory(dir.toFile());
    located.environment().put("PATH",
        home.resolve("bin") + File.pathSeparator + System.getenv("PATH"));
    located.environment().remove("MANPATH");
    Run run = run(located);
    assertEquals(0, run.code(), run.err());
    assertEquals(home.resolve("share/man/man1/paperdeck.1").toString(), run.out().strip());
  }

  @Test
  void theTarballHoldsWhatTheZipHoldsWithTheLauncherExecutable() throws Exception {
    Set<String> zipped = new TreeSet<>();
    try (ZipFile zip = new ZipFile(archive("zip").toFile())) {
      zip.stream().filter(entry -> !entry.isDirectory()).map(entry -> entry.getName())
          .forEach(zipped::add);
    }
    String listing = Tools.run(dir, List.of("tar", "-tzvf", archive("tar.gz").toString()));
    Set<String> tarred = new TreeSet<>();
    for (String line : listing.lines().filter(line -> !line.startsWith("d")).toList()) {
      String name = line.substring(line.lastIndexOf(' ') + 1);
      tarred.add(name);
      if (name.endsWith("/bin/paperdeck")) {
        assertTrue(line.startsWith("-rwxr-xr-x"), line);
      }
    }
    assertEquals(zipped, tarred);
    assertTrue(Files.isExecutable(home.resolve("bin/paperdeck")), "unzip keeps the mode too");
    for (String file : List.of("bin/paperdeck.cmd", "lib/paperdeck.jar", "README.md",
        "THIRD-PARTY.txt", "share/man/man1/paperdeck.1", "talks/iclr-2022.md")) {
      assertTrue(Files.isRegularFile(home.resolve(file)), file);
    }
    assertTrue(Files.readString(home.resolve("bin/paperdeck.cmd")).contains("\r\n"),
        "Windows line endings");
  }

  @Test
  void theNoticesNameEveryBundledLibraryWithItsLicence() throws Exception {
    String notices = Files.readString(home.resolve("THIRD-PARTY.txt"));
    for (String library : List.of("(Apache License, Version 2.0) Apache POI - Common",
        "(The Apache Software License, version 2.0) picocli",
        "(Apache License, Version 2.0) Apache FreeMarker",
        "(GNU Lesser General Public License (LGPL), version 2.1 or later) Flying Saucer Core",
        "(Mozilla Public License Version 2.0) openpdf",
        "(BSD-2-Clause) commonmark-java core")) {
      assertTrue(notices.contains(library), library + " in\n" + notices);
    }
    // The licence texts the libraries' jars carry, by library.
    assertTrue(Files.isRegularFile(
        home.resolve("licenses/flying-saucer-core/META-INF/LICENSE-LGPL-2.1.txt")));
    assertTrue(Files.isRegularFile(
        home.resolve("licenses/jasperreports-fonts/net/sf/jasperreports/fonts/dejavu/LICENSE")));
  }

  /**
   * A folder of links to java (the one running the tests) and the programs the launcher uses,
   * to be the whole PATH: no Maven, no other JDK.
   */
  private static Path toolsWithoutMaven() throws IOException {
    Path tools = dir.resolve("tools");
    if (Files.isDirectory(tools)) {
      return tools;
    }
    Files.createDirectories(tools);
    Files.createSymbolicLink(tools.resolve("java"),
        Path.of(System.getProperty("java.home"), "bin", "java"));
    for (String program : LAUNCHER_PROGRAMS) {
      Tools.require(program);
      Files.createSymbolicLink(tools.resolve(program), onPath(program));
    }
    assertFalse(Files.exists(tools.resolve("mvn")));
    return tools;
  }

  private static Path onPath(String program) {
    for (String folder : System.getenv("PATH").split(File.pathSeparator)) {
      Path candidate = Path.of(folder, program);
      if (!folder.isEmpty() && Files.isExecutable(candidate)) {
        return candidate.toAbsolutePath();
      }
    }
    throw new IllegalStateException(program + " is not on the PATH");
  }

  record Run(int code, String out, String err) {}

  /** {@code paperdeck ARGS} as a shell with only {@code path} and a home of its own runs it. */
  private static Run paperdeck(Path workDir, String path, String... args) throws Exception {
    // Found on that PATH as a shell finds it (ProcessBuilder would search the tests' own PATH).
    List<String> command = new ArrayList<>(List.of(resolve(path, "paperdeck")));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
    Map<String, String> env = builder.environment();
    env.clear();
    env.put("PATH", path);
    env.put("HOME", Files.createDirectories(dir.resolve("home")).toString());
    return run(builder);
  }

  private static String resolve(String path, String program) {
    for (String folder : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(folder, program))) {
        return Path.of(folder, program).toString();
      }
    }
    throw new IllegalStateException(program + " is not on " + path);
  }

  private static Run run(ProcessBuilder builder) throws Exception {
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    process.getOutputStream().close();
    if (!process.waitFor(300, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("timed out: " + builder.command());
    }
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }
}
