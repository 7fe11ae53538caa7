package org.paperdeck.templates;

import freemarker.template.TemplateScalarModel;
import java.util.function.Supplier;

/**
 * A string of the talk's data worked out only when a template reads it, then kept. For values
 * that cost something per paper and that most templates never show: the first sentence of each
 * summary was over half the time of making each template's data at a thousand papers (35 of
 * 59 samples), and only the lightning set reads it. The string is made safe for XML as the wrapper makes every other
 * string ({@link XmlSafeWrapper}), which passes template values through unwrapped.
 */
final class LazyText implements TemplateScalarModel {
  private final Supplier<String> text;
  private String known;

  LazyText(Supplier<String> text) {
    this.text = text;
  }

  @Override
  public String getAsString() {
    if (known == null) {
      known = MarkupWriter.xmlSafe(text.get());
    }
    return known;
  }

  @Override
  public String toString() {
    return getAsString();
  }
}
