package org.paperdeck.notes;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.paperdeck.model.TalkInfo;

/**
 * The headings that mean something of their own (format doc, "Sections (level-3 headings)" and
 * "Further reading"): their English names and aliases, which every talk may use; the words for
 * them in the talk's language, for the languages paperdeck has labels in (so a Chinese talk may
 * write {@code ### 要点}); and the words the front matter's {@code labels} gives for them. Any
 * other heading is an ordinary one. Matched without regard to case.
 */
final class HeadingWords {
  /** What a heading with a meaning of its own opens. */
  enum Kind { INSIGHTS, QUESTIONS, NOTES, FURTHER_READING }

  private static final Map<Kind, List<String>> ENGLISH = Map.of(
      Kind.INSIGHTS, List.of("insights", "key insights", "takeaways"),
      Kind.QUESTIONS, List.of("questions", "discussion"),
      Kind.NOTES, List.of("notes", "speaker notes"),
      Kind.FURTHER_READING, List.of("further reading", "reading list"));

  /**
   * By ISO 639 language: insights, questions, notes, further reading, as the label bundles of
   * docs/templates.md print them (Chinese in both its written forms).
   */
  private static final Map<String, List<String>> LANGUAGES = Map.ofEntries(
      Map.entry("zh", List.of("要点|重點", "问题|問題", "备注|備註", "延伸阅读|延伸閱讀")),
      Map.entry("ja", List.of("要点", "質問", "メモ", "関連文献")),
      Map.entry("ko", List.of("핵심 내용", "질문", "메모", "더 읽을거리")),
      Map.entry("de", List.of("Kernaussagen", "Fragen", "Notizen", "Weiterführende Literatur")),
      Map.entry("fr", List.of("Points clés", "Questions", "Notes", "Pour aller plus loin")),
      Map.entry("es", List.of("Ideas clave", "Preguntas", "Notas", "Lecturas adicionales")),
      Map.entry("pt", List.of("Ideias principais", "Perguntas", "Notas", "Leituras adicionais")),
      Map.entry("ru",
          List.of("Ключевые выводы", "Вопросы", "Заметки", "Дополнительная литература")),
      Map.entry("el",
          List.of("Βασικά συμπεράσματα", "Ερωτήσεις", "Σημειώσεις", "Περαιτέρω μελέτη")),
      Map.entry("ar", List.of("الأفكار|أهم الأفكار", "أسئلة", "ملاحظات", "قراءات إضافية")),
      Map.entry("he", List.of("תובנות|תובנות מרכזיות", "שאלות", "הערות", "לקריאה נוספת")));

  /** The front matter's labels that name these headings. */
  private static final Map<String, Kind> LABELS = Map.of(
      "insights", Kind.INSIGHTS, "keyInsights", Kind.INSIGHTS, "questions", Kind.QUESTIONS,
      "notes", Kind.NOTES, "furtherReading", Kind.FURTHER_READING);

  private final Map<String, Kind> kinds;

  private HeadingWords(Map<String, Kind> kinds) {
    this.kinds = Map.copyOf(kinds);
  }

  /** The words of a talk in {@code info.lang()} with {@code info.labels()}. */
  static HeadingWords of(TalkInfo info) {
    Map<String, Kind> kinds = new HashMap<>();
    ENGLISH.forEach((kind, words) -> words.forEach(word -> kinds.put(key(word), kind)));
    String language = info.lang() == null ? ""
        : Locale.forLanguageTag(info.lang().replace('_', '-')).getLanguage();
    List<String> own = LANGUAGES.getOrDefault(language, List.of());
    for (int i = 0; i < own.size(); i++) {
      for (String word : own.get(i).split("\\|")) {
        kinds.putIfAbsent(key(word), Kind.values()[i]);
      }
    }
    LABELS.forEach((label, kind) -> {
      String word = info.labels().get(label);
      if (word != null && !word.isBlank() && !word.contains("{")) {
        kinds.putIfAbsent(key(word), kind);
      }
    });
    return new HeadingWords(kinds);
  }

  /** What a heading of this text opens, or {@code null} for an ordinary heading. */
  Kind kindOf(String heading) {
    return kinds.get(key(heading));
  }

  private static String key(String word) {
    return word.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
