package org.paperdeck.notes;

import java.util.List;
import java.util.Map;
import org.paperdeck.model.TalkInfo;

/** The talk's own fields, the same in front matter and at the top of YAML or JSON notes. */
final class InfoFields {
  private InfoFields() {}

  static TalkInfo read(TreeFields fields, String defaultTitle) {
    if (fields == null) {
      return new TalkInfo(defaultTitle, null, List.of(), null, null, null, null, null, Map.of());
    }
    String title = fields.text("title");
    return new TalkInfo(
        title == null ? defaultTitle : title,
        fields.text("subtitle"),
        fields.names("presenter", List::of),
        fields.text("date"),
        fields.text("event"),
        fields.text("venue"),
        fields.positiveInt("duration", " of minutes", "duration: 45"),
        fields.text("lang"),
        fields.plainMap("vars", "for example:\nvars:\n  logo: lab.png"));
  }
}
