package org.paperdeck.notes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.model.FontRequest;
import org.paperdeck.model.TalkInfo;

/** The talk's own fields, the same in front matter and at the top of YAML or JSON notes. */
final class InfoFields {
  /** Label keys are names, so templates can write {@code labels.KEY}. */
  private static final Pattern LABEL_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private InfoFields() {}

  static TalkInfo read(TreeFields fields, String defaultTitle) {
    if (fields == null) {
      return new TalkInfo(defaultTitle, null, List.of(), null, null, null, null, null, Map.of());
    }
    Diagnostics diagnostics = fields.diagnostics();
    String title = fields.text("title");
    // Read by the command before the build (OwnTemplates); here only checked to be text.
    fields.text(OwnTemplates.KEY);
    return new TalkInfo(
        title == null ? defaultTitle : title,
        fields.text("subtitle"),
        fields.names("presenter", List::of),
        fields.text("date"),
        fields.text("event"),
        fields.text("venue"),
        fields.positiveInt("duration", " of minutes", "duration: 45"),
        fields.text("lang"),
        fields.plainMap("vars", "for example:\nvars:\n  logo: lab.png"),
        fonts(fields.get("fonts"), diagnostics),
        warnMissingGlyphs(fields.get("missing-glyphs"), diagnostics),
        labels(fields.get("labels"), diagnostics));
  }

  /** {@code fonts}: one font, or a list of them (format doc, "Fonts for the handout"). */
  private static List<FontRequest> fonts(Tree value, Diagnostics diagnostics) {
    if (value == null) {
      return List.of();
    }
    List<Tree> items = value instanceof Tree.ListNode list ? list.items() : List.of(value);
    List<FontRequest> fonts = new ArrayList<>();
    for (Tree item : items) {
      if (item instanceof Tree.Scalar scalar && scalar.kind() != Tree.Kind.NULL
          && !scalar.text().isBlank()) {
        fonts.add(new FontRequest(scalar.text().strip(), scalar.pos()));
      } else {
        diagnostics.error(item.pos(), "each entry of 'fonts' must be a font file or a font name",
            "for example:\nfonts:\n  - Noto Sans CJK SC\n  - fonts/MyFont.ttf");
      }
    }
    return fonts;
  }

  /** {@code missing-glyphs: error} (the default) or {@code warn}. */
  private static boolean warnMissingGlyphs(Tree value, Diagnostics diagnostics) {
    if (value == null) {
      return false;
    }
    if (value instanceof Tree.Scalar scalar) {
      String text = scalar.text().strip();
      if (text.equals("warn")) {
        return true;
      }
      if (text.equals("error")) {
        return false;
      }
    }
    diagnostics.error(value.pos(), "'missing-glyphs' must be error or warn",
        "error (the default) stops the build when no font has a character; warn builds anyway");
    return false;
  }

  /** {@code labels}: a map of label keys to the words to print instead. */
  private static Map<String, String> labels(Tree value, Diagnostics diagnostics) {
    if (value == null) {
      return Map.of();
    }
    if (!(value instanceof Tree.MapNode map)) {
      diagnostics.error(value.pos(), "'labels' must be a map of label names to words",
          "for example:\nlabels:\n  agenda: Programme");
      return Map.of();
    }
    Map<String, String> labels = new LinkedHashMap<>();
    for (Tree.Entry entry : map.entries().values()) {
      if (!LABEL_KEY.matcher(entry.key()).matches()) {
        diagnostics.error(entry.keyPos(), "'" + entry.key() + "' is not a label name",
            "use letters, digits and _, as the labels in docs/templates.md do");
      } else if (entry.value() instanceof Tree.Scalar scalar && scalar.kind() != Tree.Kind.NULL) {
        labels.put(entry.key(), scalar.text());
      } else {
        diagnostics.error(entry.value().pos(), "label '" + entry.key() + "' must be text");
      }
    }
    return labels;
  }
}
