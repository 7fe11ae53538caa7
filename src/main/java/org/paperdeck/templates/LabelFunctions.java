package org.paperdeck.templates;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The labels as templates see them (docs/templates.md, "Labels"): {@code labels}, a hash of the
 * words; {@code label(KEY, value…)}, a label with its values filled in, markup when a value is
 * (a paper's title); {@code joinNames(names)}, names joined the language's way; and {@code
 * cssLabel(KEY, css…)}, a label as a CSS {@code content} value whose values are CSS
 * ({@code counter(page)}), for margin boxes.
 */
final class LabelFunctions {
  private LabelFunctions() {}

  static Map<String, Object> models(Labels labels, CommonMarkupOutputFormat<?> format) {
    Map<String, Object> models = new LinkedHashMap<>();
    models.put("labels", labels.words());
    models.put("label", (TemplateMethodModelEx) args -> label(labels, format, args));
    models.put("joinNames", (TemplateMethodModelEx) args -> {
      if (args.size() != 1 || !(args.get(0) instanceof TemplateSequenceModel seq)) {
        throw new TemplateModelException("joinNames takes one sequence of names");
      }
      List<String> names = new ArrayList<>();
      for (int i = 0; i < seq.size(); i++) {
        names.add(text(seq.get(i)));
      }
      return labels.joinNames(names);
    });
    models.put("cssLabel", (TemplateMethodModelEx) args -> cssLabel(labels, args));
    return models;
  }

  private static Object label(Labels labels, CommonMarkupOutputFormat<?> format, List<?> args)
      throws TemplateModelException {
    String key = key(args, "label");
    String pattern = labels.get(key);
    if (pattern == null && labels.get(key + "Other") != null && args.size() == 2
        && args.get(1) instanceof TemplateNumberModel n) {
      return labels.count(key, n.getAsNumber().longValue());
    }
    if (pattern == null) {
      throw new TemplateModelException("no label '" + key + "' (docs/templates.md lists them)");
    }
    boolean markup = args.stream().skip(1).anyMatch(a -> a instanceof TemplateMarkupOutputModel);
    Object[] values = new Object[args.size() - 1];
    for (int i = 1; i < args.size(); i++) {
      Object arg = args.get(i);
      if (arg instanceof CommonTemplateMarkupOutputModel<?> m && markup) {
        values[i - 1] = markupOf(format, m);
      } else {
        String plain = text((TemplateModel) arg);
        values[i - 1] = markup ? format.escapePlainText(plain) : plain;
      }
    }
    if (!markup) {
      return Labels.fill(pattern, values);
    }
    return format.fromMarkup(Labels.fill(format.escapePlainText(pattern), values));
  }

  @SuppressWarnings("unchecked")
  private static <M extends CommonTemplateMarkupOutputModel<M>> String markupOf(
      CommonMarkupOutputFormat<M> format, Object model) throws TemplateModelException {
    return format.getMarkupString((M) model);
  }

  /** {@code "Page " counter(page) " of " counter(pages)} from "Page {0} of {1}". */
  private static String cssLabel(Labels labels, List<?> args) throws TemplateModelException {
    String key = key(args, "cssLabel");
    String pattern = labels.get(key);
    if (pattern == null) {
      throw new TemplateModelException("no label '" + key + "' (docs/templates.md lists them)");
    }
    List<String> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      int close = pattern.charAt(i) == '{' ? pattern.indexOf('}', i) : -1;
      if (close > i + 1 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
        int index = Labels.valueIndex(pattern.substring(i + 1, close));
        if (literal.length() > 0) {
          parts.add(cssString(literal.toString()));
          literal.setLength(0);
        }
        if (index < args.size() - 1) {
          parts.add(text((TemplateModel) args.get(index + 1)));
        }
        i = close;
      } else {
        literal.append(pattern.charAt(i));
      }
    }
    if (literal.length() > 0 || parts.isEmpty()) {
      parts.add(cssString(literal.toString()));
    }
    return String.join(" ", parts);
  }

  private static String cssString(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\A ");
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static String key(List<?> args, String function) throws TemplateModelException {
    if (args.isEmpty() || !(args.get(0) instanceof TemplateScalarModel)) {
      throw new TemplateModelException(function + " takes a label's name first, as in "
          + function + "(\"agenda\")");
    }
    return ((TemplateScalarModel) args.get(0)).getAsString();
  }

  private static String text(TemplateModel model) throws TemplateModelException {
    if (model instanceof TemplateNumberModel n) {
      Number number = n.getAsNumber();
      double d = number.doubleValue();
      return d == Math.rint(d) && !Double.isInfinite(d) ? Long.toString(number.longValue())
          : number.toString();
    }
    if (model instanceof TemplateScalarModel s) {
      return s.getAsString();
    }
    if (model instanceof CommonTemplateMarkupOutputModel<?> m) {
      throw new TemplateModelException("markup cannot go here; use the plain twin (titleText)");
    }
    throw new TemplateModelException("a label's values are strings or numbers");
  }
}
