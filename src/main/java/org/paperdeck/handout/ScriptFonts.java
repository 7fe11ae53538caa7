package org.paperdeck.handout;

import com.lowagie.text.pdf.BaseFont;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.diagnostics.Suggestions;
import org.paperdeck.model.FontRequest;

/**
 * Chooses fonts for the characters the built-in fonts lack (docs/format.md, "Fonts for the
 * handout"): first the fonts the notes name, then the machine's fonts, those made for the talk's
 * language first. Chinese, Japanese and Korean share most characters but not their shapes, so
 * {@code zh-CN}, {@code zh-TW}, {@code zh-HK}, {@code ja} and {@code ko} each prefer their own
 * face (of Noto Sans CJK, Source Han Sans, or the system's own CJK fonts); a talk in another
 * language takes the face its kana or Hangul call for, and simplified Chinese for Han alone.
 * Fonts are taken greedily until every character has one; each chosen face is loaded through
 * OpenPDF once, which confirms it can be embedded.
 */
final class ScriptFonts {
  /** A face chosen, with its bold companion if the machine has one, and the CSS family it gets. */
  record Chosen(String cssFamily, FontFace regular, FontFace bold, BaseFont font) {
    String describe() {
      return regular.family;
    }
  }

  /** What the choice gave: the fonts, the characters still without one, and what was tried. */
  record Choice(List<Chosen> fonts, Set<Integer> missing, List<String> tried,
      List<Diagnostic> problems) {}

  private static final Pattern TTC_INDEX = Pattern.compile("(.*\\.tt[cf]|.*\\.otf),(\\d+)",
      Pattern.CASE_INSENSITIVE);

  private static final List<String> SIMPLIFIED = List.of("Noto Sans CJK SC", "Noto Sans SC",
      "Source Han Sans SC", "Source Han Sans CN", "PingFang SC", "Microsoft YaHei",
      "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Serif CJK SC", "SimSun",
      "Droid Sans Fallback", "AR PL UMing CN");
  private static final List<String> TRADITIONAL = List.of("Noto Sans CJK TC", "Noto Sans TC",
      "Source Han Sans TC", "Source Han Sans TW", "PingFang TC", "Microsoft JhengHei",
      "Noto Serif CJK TC", "AR PL UMing TW", "AR PL UKai TW");
  private static final List<String> HONG_KONG = List.of("Noto Sans CJK HK", "Noto Sans HK",
      "Source Han Sans HC", "PingFang HK");
  private static final List<String> JAPANESE = List.of("Noto Sans CJK JP", "Noto Sans JP",
      "Source Han Sans JP", "Source Han Sans", "Hiragino Sans", "Hiragino Kaku Gothic ProN",
      "Yu Gothic", "Meiryo", "MS Gothic", "IPAexGothic", "IPAGothic", "TakaoGothic",
      "VL Gothic", "Noto Serif CJK JP");
  private static final List<String> KOREAN = List.of("Noto Sans CJK KR", "Noto Sans KR",
      "Source Han Sans KR", "Source Han Sans K", "Apple SD Gothic Neo", "Malgun Gothic",
      "NanumGothic", "UnDotum", "Baekmuk Gulim", "Noto Serif CJK KR");

  private ScriptFonts() {}

  /**
   * Chooses fonts for {@code needed}.
   *
   * @param lang the talk's language, which picks among CJK faces
   * @param requests the fonts the notes name, tried first, in order
   * @param notesFolder what relative font paths resolve against
   * @param machine the machine's fonts, asked for only when needed
   */
  static Choice choose(Set<Integer> needed, String lang, List<FontRequest> requests,
      Path notesFolder, Supplier<List<FontFace>> machine) {
    List<Diagnostic> problems = new ArrayList<>();
    Set<Integer> remaining = new TreeSet<>(needed);
    List<Chosen> chosen = new ArrayList<>();
    List<String> tried = new ArrayList<>(List.of("Liberation Serif", HandoutFonts.FALLBACK_FAMILY));
    if (remaining.isEmpty()) {
      return new Choice(chosen, remaining, tried, problems);
    }
    List<String> preferred = preferredFamilies(lang, remaining);
    for (FontRequest request : requests) {
      List<FontFace> faces = requested(request, notesFolder, machine, problems);
      faces = ranked(faces, preferred);
      tried.add(request.name());
      for (FontFace face : faces) {
        take(face, remaining, chosen, faces, machine);
      }
    }
    if (!remaining.isEmpty()) {
      List<FontFace> all = ranked(machine.get(), preferred);
      int before = chosen.size();
      for (FontFace face : all) {
        if (remaining.isEmpty()) {
          break;
        }
        if (!face.italic && !face.isBold()) {
          take(face, remaining, chosen, all, machine);
        }
      }
      for (Chosen c : chosen.subList(before, chosen.size())) {
        tried.add(c.describe());
      }
      if (!remaining.isEmpty()) {
        long families = all.stream().map(f -> f.family).distinct().count();
        tried.add(families + " font famil" + (families == 1 ? "y" : "ies") + " on this machine");
      }
    }
    return new Choice(chosen, remaining, tried, problems);
  }

  /** Takes {@code face} when it has any remaining character and OpenPDF can load it. */
  private static void take(FontFace face, Set<Integer> remaining, List<Chosen> chosen,
      List<FontFace> pool, Supplier<List<FontFace>> machine) {
    if (remaining.isEmpty() || remaining.stream().noneMatch(face::has)) {
      return;
    }
    if (chosen.stream().anyMatch(c -> c.regular.spec().equals(face.spec()))) {
      return;
    }
    BaseFont font;
    try {
      font = HandoutFonts.load(face.spec());
    } catch (java.io.IOException | RuntimeException e) {
      return; // a font OpenPDF cannot read or embed is no candidate
    }
    if (remaining.removeIf(font::charExists)) {
      FontFace bold = face.isBold() ? null : boldOf(face, pool, machine);
      chosen.add(new Chosen("paperdeck-font-" + (chosen.size() + 1), face, bold, font));
    }
  }

  /** The bold face of the same family, from the same pool or the machine's fonts. */
  private static FontFace boldOf(FontFace face, List<FontFace> pool, Supplier<List<FontFace>> machine) {
    Comparator<FontFace> closest = Comparator.comparingInt(f -> Math.abs(f.weight - 700));
    return pool.stream()
        .filter(f -> f.isBold() && !f.italic && f.family.equalsIgnoreCase(face.family))
        .min(closest)
        .orElseGet(() -> machine.get().stream()
            .filter(f -> f.isBold() && !f.italic && f.family.equalsIgnoreCase(face.family))
            .min(closest).orElse(null));
  }

  /** The faces a request names: a file (a face of a collection with ",N"), or a family. */
  private static List<FontFace> requested(FontRequest request, Path notesFolder,
      Supplier<List<FontFace>> machine, List<Diagnostic> problems) {
    String name = request.name();
    Matcher indexed = TTC_INDEX.matcher(name);
    String pathText = indexed.matches() ? indexed.group(1) : name;
    if (looksLikePath(pathText)) {
      Path path = Path.of(pathText.startsWith("~/")
          ? System.getProperty("user.home") + pathText.substring(1) : pathText);
      if (!path.isAbsolute()) {
        path = notesFolder.resolve(path);
      }
      if (!Files.isRegularFile(path)) {
        problems.add(Diagnostic.warning(request.pos(), "no font file " + name
            + "; the handout uses the machine's fonts instead"));
        return List.of();
      }
      List<FontFace> faces = FontFace.read(path);
      if (faces.isEmpty()) {
        problems.add(Diagnostic.warning(request.pos(), name + " is no TrueType or OpenType font"
            + " (.ttf, .otf or .ttc) that paperdeck can read"));
      }
      if (indexed.matches()) {
        int index = Integer.parseInt(indexed.group(2));
        faces = faces.stream().filter(f -> f.index == index).toList();
      }
      return faces;
    }
    List<FontFace> faces = machine.get().stream().filter(f -> f.hasFamily(name)).toList();
    if (faces.isEmpty()) {
      Set<String> families = new LinkedHashSet<>();
      machine.get().forEach(f -> families.add(f.family));
      Diagnostic missing = Diagnostic.warning(request.pos(), "no font named '" + name
          + "' on this machine; the handout uses its other fonts");
      problems.add(Suggestions.closest(name, families)
          .map(s -> missing.withHint("did you mean '" + s + "'?"))
          .orElse(missing.withHint("give the font file's path instead, or install the font")));
    }
    return faces;
  }

  private static boolean looksLikePath(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return name.contains("/") || name.contains("\\") || lower.endsWith(".ttf")
        || lower.endsWith(".otf") || lower.endsWith(".ttc");
  }

  /** Faces in the order to try them: preferred families first, then regular upright faces. */
  static List<FontFace> ranked(List<FontFace> faces, List<String> preferred) {
    Comparator<FontFace> order = Comparator
        .comparingInt((FontFace f) -> rank(f, preferred))
        .thenComparing(f -> f.italic)
        .thenComparingInt(f -> Math.abs(f.weight - 400))
        .thenComparing(f -> f.family.toLowerCase(Locale.ROOT).contains("mono"))
        .thenComparing(f -> f.file.toString())
        .thenComparingInt(f -> f.index);
    return faces.stream().sorted(order).toList();
  }

  private static int rank(FontFace face, List<String> preferred) {
    for (int i = 0; i < preferred.size(); i++) {
      if (face.hasFamily(preferred.get(i))) {
        return i;
      }
    }
    return preferred.size();
  }

  /**
   * The CJK families to prefer: by the talk's language, or, for a talk in another language, by
   * the characters it needs (kana: Japanese; Hangul: Korean; else simplified Chinese).
   */
  static List<String> preferredFamilies(String lang, Set<Integer> needed) {
    Locale locale = Locale.forLanguageTag(lang == null ? "en" : lang.replace('_', '-'));
    String language = locale.getLanguage();
    String region = locale.getCountry();
    String script = locale.getScript();
    List<String> out = new ArrayList<>();
    switch (language) {
      case "ja" -> out.addAll(JAPANESE);
      case "ko" -> out.addAll(KOREAN);
      case "zh" -> {
        if (region.equals("HK") || region.equals("MO")) {
          out.addAll(HONG_KONG);
          out.addAll(TRADITIONAL);
        } else if (script.equals("Hant") || region.equals("TW")) {
          out.addAll(TRADITIONAL);
        } else {
          out.addAll(SIMPLIFIED);
        }
      }
      default -> {
        boolean kana = needed.stream().anyMatch(c -> is(c, Character.UnicodeScript.HIRAGANA)
            || is(c, Character.UnicodeScript.KATAKANA));
        boolean hangul = needed.stream().anyMatch(c -> is(c, Character.UnicodeScript.HANGUL));
        out.addAll(kana ? JAPANESE : hangul ? KOREAN : SIMPLIFIED);
      }
    }
    for (List<String> other : List.of(SIMPLIFIED, TRADITIONAL, JAPANESE, KOREAN)) {
      other.stream().filter(f -> !out.contains(f)).forEach(out::add);
    }
    return out;
  }

  private static boolean is(int c, Character.UnicodeScript script) {
    try {
      return Character.UnicodeScript.of(c) == script;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
