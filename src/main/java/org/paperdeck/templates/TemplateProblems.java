package org.paperdeck.templates;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.diagnostics.SourcePos;

/**
 * FreeMarker's exceptions as one-line diagnostics a template author can act on. FreeMarker's
 * messages span several lines and name its own classes and loaders; the refusals that keep
 * templates safe ({@code ?api}, {@code ?new}, includes outside the folder) are said in our words,
 * with what to do instead.
 */
final class TemplateProblems {
  static final String VARIABLES_HINT = "see docs/templates.md for the variables templates can use";
  private static final Pattern NOT_FOUND = Pattern.compile("Template not found for name \"([^\"]*)\"");
  /** The name as the template wrote it: FreeMarker's "not found" name is already normalized. */
  private static final Pattern WRITTEN = Pattern.compile("for parameter value \"([^\"]*)\"");

  private TemplateProblems() {}

  static Diagnostic syntax(ParseException e, String displayName) {
    return Diagnostic.error(new SourcePos(displayName, Math.max(1, e.getLineNumber()),
            Math.max(1, e.getColumnNumber())),
        "template syntax error: " + oneLine(e.getEditorMessage()))
        .withHint("FreeMarker's syntax: https://freemarker.apache.org/docs/dgui_template.html");
  }

  static Diagnostic error(TemplateException e, String displayName) {
    int line = e.getLineNumber() == null ? 1 : Math.max(1, e.getLineNumber());
    int column = e.getColumnNumber() == null ? 1 : Math.max(1, e.getColumnNumber());
    SourcePos pos = new SourcePos(displayName, line, column);
    String full = String.valueOf(e.getMessage());
    if (full.contains("api_builtin_enabled")) {
      return Diagnostic.error(pos, "template error: ?api is not allowed in paperdeck templates")
          .withHint("templates see data only (maps, lists, strings, numbers); " + VARIABLES_HINT);
    }
    if (full.contains("not allowed in the template for security reasons")) {
      return Diagnostic.error(pos, "template error: creating Java objects (?new) is not allowed"
          + " in paperdeck templates")
          .withHint("templates see data only; write a <#function> or <#macro> instead");
    }
    Matcher notFound = NOT_FOUND.matcher(full);
    if (notFound.find()) {
      Matcher written = WRITTEN.matcher(full);
      String name = written.find() ? written.group(1) : notFound.group(1);
      boolean outside = name.startsWith("/") || name.contains("..") || name.contains(":");
      String reason = outside ? "it is outside the template folder"
          : "there is no such file in the template folder or the built-in set";
      return Diagnostic.error(pos, "template error: cannot include or import \""
              + name + "\": " + reason)
          .withHint("templates include files of their own folder only, by a name relative to it"
              + " (\"macros.ftl\"); paths outside it are refused");
    }
    return Diagnostic.error(pos, "template error: " + oneLine(e.getMessageWithoutStackTop()))
        .withHint(VARIABLES_HINT);
  }

  /**
   * FreeMarker's message in one line: the problem, "==> expression [in template …]", then tips
   * after a "----" rule, which we drop; the position is already ours.
   */
  static String oneLine(String message) {
    StringBuilder out = new StringBuilder();
    for (String line : message.strip().split("\n")) {
      if (line.startsWith("----")) {
        break;
      }
      String cleaned = line.replaceAll("\\[in template [^\\]]*\\]", "").replace("==>", "")
          .replaceAll(" ?\\(wrapper: [^)]*\\)", "").replaceAll("freemarker\\.core\\.Environment@\\w+", " ")
          .strip();
      if (!cleaned.isEmpty()) {
        out.append(out.length() > 0 ? " " : "").append(cleaned);
      }
    }
    return out.toString().replaceAll("\\s+", " ");
  }
}
