package org.paperdeck.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The fixed words templates print ("Agenda", "Further reading", "Page 1 of 4"), in the talk's
 * language (docs/templates.md, "Labels"). Each label is looked up, key by key, in: the command
 * line's {@code --var labels.KEY=…}, the front matter's {@code labels}, then {@code
 * labels_LANG.properties} for each of the talk's languages from the most specific ({@code
 * zh_TW}, then {@code zh}; Chinese without a region falls back to simplified or traditional by
 * script and region) to English, each file found by the one lookup rule of template files: the
 * user's folder, then the built-in set, then the default set.
 */
public final class Labels {
  static final String ENGLISH = "en";

  private final String language;
  private final Map<String, String> words;

  private Labels(String language, Map<String, String> words) {
    this.language = language;
    this.words = Map.copyOf(words);
  }

  /**
   * The labels for a talk.
   *
   * @param lang the talk's BCP 47 language tag
   * @param own the notes' own labels and the command line's on top, which win over every file
   */
  public static Labels of(TemplateSet set, String lang, Map<String, String> own) {
    Map<String, String> words = new HashMap<>();
    List<String> bundles = bundleNames(lang);
    for (int i = bundles.size() - 1; i >= 0; i--) {
      words.putAll(read(set, "labels_" + bundles.get(i) + ".properties"));
    }
    words.putAll(own);
    return new Labels(Locale.forLanguageTag(lang).getLanguage(), words);
  }

  /** The built-in labels for a language, with no template folder or overrides. */
  public static Labels builtIn(String lang) {
    return of(TemplateSet.builtIn(), lang, Map.of());
  }

  /**
   * The bundles to read, most specific first: {@code [zh_HK, zh_TW, en]} for {@code zh-HK},
   * {@code [de_AT, de, en]} for {@code de-AT}.
   */
  static List<String> bundleNames(String lang) {
    Locale locale = Locale.forLanguageTag(lang == null ? ENGLISH : lang.replace('_', '-'));
    String language = locale.getLanguage();
    String region = locale.getCountry();
    List<String> names = new ArrayList<>();
    if (language.isEmpty()) {
      names.add(ENGLISH);
      return names;
    }
    if (!region.isEmpty()) {
      names.add(language + "_" + region);
    }
    if (language.equals("zh")) {
      // The two written forms of Chinese differ in their characters, not only in words:
      // traditional for Taiwan, Hong Kong and Macau or the Hant script, simplified otherwise.
      boolean traditional = locale.getScript().equals("Hant")
          || locale.getScript().isEmpty() && List.of("TW", "HK", "MO").contains(region);
      addOnce(names, traditional ? "zh_TW" : "zh_CN");
    }
    addOnce(names, language);
    addOnce(names, ENGLISH);
    return names;
  }

  private static void addOnce(List<String> names, String name) {
    if (!names.contains(name)) {
      names.add(name);
    }
  }

  /** A bundle's words, the default set's first, overlaid by the named set's, then the user's. */
  private static Map<String, String> read(TemplateSet set, String name) {
    Map<String, String> words = new HashMap<>();
    List<String> folders = set.builtInFolders();
    for (int i = folders.size() - 1; i >= 0; i--) {
      try (InputStream in = TemplateSet.class.getResourceAsStream(folders.get(i) + "/" + name)) {
        if (in != null) {
          words.putAll(load(in));
        }
      } catch (IOException e) {
        // A built-in bundle that cannot be read leaves its words to the next language.
      }
    }
    if (set.userFolder() != null) {
      Path file = set.userFolder().resolve(name);
      if (Files.isRegularFile(file)) {
        try (InputStream in = Files.newInputStream(file)) {
          words.putAll(load(in));
        } catch (IOException e) {
          // Unreadable: the built-in words stand.
        }
      }
    }
    return words;
  }

  private static Map<String, String> load(InputStream in) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    Map<String, String> words = new LinkedHashMap<>();
    properties.stringPropertyNames().forEach(key -> words.put(key, properties.getProperty(key)));
    return words;
  }

  /**
   * The labels as a template's data model has them ({@code labels}, {@code label}, {@code
   * joinNames}, {@code cssLabel}), for a template of {@code format}.
   */
  public Map<String, Object> templateModel(freemarker.core.CommonMarkupOutputFormat<?> format) {
    return LabelFunctions.models(this, format);
  }

  /** Every label, by key. */
  public Map<String, String> words() {
    return words;
  }

  /** One label as written, or {@code null}. */
  public String get(String key) {
    return words.get(key);
  }

  /** A label with its {@code {0}}, {@code {1}} … replaced by {@code values}. */
  public String format(String key, Object... values) {
    String pattern = words.get(key);
    return pattern == null ? null : fill(pattern, values);
  }

  /**
   * The label for {@code count} things: KEYZero, KEYOne, KEYTwo, KEYFew, KEYMany or KEYOther
   * as the language's plural rule picks (KEYOther when the bundle lacks that form), filled
   * with it.
   */
  public String count(String key, long count) {
    String pattern = words.get(key + pluralForm(language, count));
    if (pattern == null) {
      pattern = words.get(key + "Other");
    }
    return pattern == null ? null : fill(pattern, count);
  }

  /** "A", "A and B", "A, B and C" — with the language's separators ("A、B和C"). */
  public String joinNames(List<String> names) {
    if (names.size() <= 1) {
      return String.join("", names);
    }
    String separator = words.getOrDefault("nameSeparator", ", ");
    String last = words.getOrDefault("nameLastSeparator", " and ");
    return String.join(separator, names.subList(0, names.size() - 1)) + last
        + names.get(names.size() - 1);
  }

  static String fill(String pattern, Object... values) {
    StringBuilder out = new StringBuilder(pattern.length() + 16);
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      if (close > i + 1 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
        int index = valueIndex(pattern.substring(i + 1, close));
        out.append(index < values.length ? String.valueOf(values[index]) : "");
        i = close;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The value a placeholder's digits name. A number too large for an int names no value, as
   * one past the values does: {@code {99999999999}} in a label of the notes prints nothing.
   */
  static int valueIndex(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  /**
   * The plural form of a count, as CLDR names it, for the languages with built-in labels;
   * others use One for 1 and Other otherwise.
   */
  static String pluralForm(String language, long n) {
    switch (language) {
      case "zh", "ja", "ko":
        return "Other";
      case "fr", "pt":
        return n == 0 || n == 1 ? "One" : "Other";
      case "ru", "uk":
        long mod10 = n % 10;
        long mod100 = n % 100;
        if (mod10 == 1 && mod100 != 11) {
          return "One";
        }
        if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) {
          return "Few";
        }
        return "Many";
      case "ar":
        long hundreds = n % 100;
        return n == 0 ? "Zero" : n == 1 ? "One" : n == 2 ? "Two"
            : hundreds >= 3 && hundreds <= 10 ? "Few"
            : hundreds >= 11 && hundreds <= 99 ? "Many" : "Other";
      case "he", "iw":
        return n == 1 ? "One" : n == 2 ? "Two" : "Other";
      default:
        return n == 1 ? "One" : "Other";
    }
  }
}
