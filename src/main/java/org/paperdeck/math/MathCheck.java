package org.paperdeck.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Why a formula cannot be typeset, as the notes reader reports it: the same answer as {@link
 * MathRenderer#problem}, which asks JLaTeXMath, without loading JLaTeXMath for formulas that it
 * surely reads. Starting JLaTeXMath (its symbol tables, its XML settings and a JDK XML parser, 270
 * classes) took about a third of a cold {@code paperdeck plan} of the example, whose formulas are
 * all like {@code \alpha = 1} and {@code h_\gamma}; now it starts only for a formula outside
 * {@link Plain}'s reading, or when a picture is drawn.
 *
 * <p>{@link Plain} reads a small part of LaTeX — letters, digits, plain punctuation, groups,
 * scripts, and a fixed list of commands, each with the arguments it takes — and says yes only
 * when every character of the formula is in that part; anything else, and every formula once
 * JLaTeXMath has started (a formula may have defined a command there), goes to JLaTeXMath, so
 * every message and its position are JLaTeXMath's as before. The formulas answered without it
 * are kept, in order, and parsed by JLaTeXMath as soon as it starts ({@link #catchUp}): when a
 * formula outside the plain part is met, or the first picture is drawn. JLaTeXMath's parser keeps
 * state from one formula to the next, in static fields, and some of it shapes every later
 * picture ({@code \magnification{1100}} in one formula makes every later equation a tenth
 * larger; the random formulas of {@code MathCheckTest}, run in the same JVM, make the
 * math-display golden deck's equation 3 % narrower). So when JLaTeXMath starts, it first parses
 * every formula it skipped, in the order they came, and draws nothing before: it sees the same
 * formulas in the same order as when it checked each as it was read. A talk whose formulas are
 * all plain and draws none, like the worked example, never starts it, in a build as in {@code
 * paperdeck plan}. {@code MathCheckTest} holds the promise: every
 * formula of the test corpus and thousands of generated ones that {@link Plain} accepts,
 * JLaTeXMath accepts too.
 */
public final class MathCheck {
  /** Set once JLaTeXMath has started: from then on it answers for every formula. */
  private static volatile boolean typesetterStarted;
  /** The formulas accepted without JLaTeXMath that it has not parsed yet, in order. */
  private static final List<String> unparsed = new ArrayList<>();
  /** Past this many, JLaTeXMath is started rather than the list kept growing. */
  private static final int MAX_UNPARSED = 100_000;
  /** Whether this thread reads notes with a plain check first ({@link #plainFirst}). */
  private static final ThreadLocal<Boolean> plainFirst = ThreadLocal.withInitial(() -> false);
  /** JLaTeXMath's start, begun on a thread of its own by {@link #startAhead}, or null. */
  private static volatile FutureTask<Void> startingAhead;

  private MathCheck() {}

  /** Why {@code latex} cannot be typeset, in JLaTeXMath's words, or empty when it can. */
  public static Optional<String> problem(String latex) {
    String braces = unbalancedBraces(latex);
    if (braces != null) {
      return Optional.of(braces);
    }
    synchronized (unparsed) {
      if (plainFirst.get() && !typesetterStarted && unparsed.size() < MAX_UNPARSED
          && Plain.reads(latex)) {
        unparsed.add(latex);
        return Optional.empty();
      }
    }
    awaitAhead();
    catchUp();
    return MathRenderer.problem(latex);
  }

  /**
   * Starts JLaTeXMath on a thread of its own, as {@link #catchUp} would, for a build whose notes
   * look as if they hold formulas: starting it (its symbol tables, fonts and settings) takes a
   * third of a second, which the notes' reading then need not wait through. The first formula
   * checked, or drawn, waits until it has started, so JLaTeXMath parses the formulas in the same
   * order as when the build started it itself.
   */
  public static void startAhead() {
    synchronized (unparsed) {
      if (typesetterStarted || startingAhead != null) {
        return;
      }
      startingAhead = new FutureTask<>(MathCheck::catchUp, null);
    }
    Thread thread = new Thread(startingAhead, "paperdeck-typesetter");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Waits for the start {@link #startAhead} began, if any. Called without JLaTeXMath's lock
   * held: the start needs it.
   */
  static void awaitAhead() {
    FutureTask<Void> starting = startingAhead;
    if (starting == null) {
      return;
    }
    starting.run(); // does nothing when its thread has begun it
    try {
      starting.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      // The start failed on its own thread; the caller's own start meets the same and reports
      // it in its place.
    }
  }

  /**
   * Runs {@code read} with {@link #problem} allowed to answer plain formulas without JLaTeXMath:
   * the reading of a build or of {@code paperdeck plan}. Other readers ({@code check}, a site's
   * list of talks) have JLaTeXMath check every formula, as they always did.
   */
  public static <T> T plainFirst(Supplier<T> read) {
    boolean before = plainFirst.get();
    plainFirst.set(true);
    try {
      return read.get();
    } finally {
      plainFirst.set(before);
    }
  }

  /**
   * Starts JLaTeXMath and has it parse the formulas {@link #problem} accepted without it, in the
   * order they came: the first formula it must check and the first picture call this, so that
   * JLaTeXMath has parsed every formula before, in order, as when it checked each as it was read.
   * Parsing them also has JLaTeXMath read the descriptions of every font they use, so that
   * {@link TexFonts} gives it all of them from files before the first picture.
   */
  public static void catchUp() {
    startTypesetter();
    List<String> due;
    synchronized (unparsed) {
      if (unparsed.isEmpty()) {
        return;
      }
      due = List.copyOf(unparsed);
      unparsed.clear();
    }
    for (String latex : due) {
      MathRenderer.problem(latex);
    }
  }

  /**
   * Starts JLaTeXMath, if it has not started: from then on it checks every formula. It parses an
   * empty formula first, as it always has.
   */
  private static void startTypesetter() {
    MathRenderer.problem("");
  }

  /** Called by {@link MathRenderer} when JLaTeXMath starts. */
  static void typesetterStarted() {
    typesetterStarted = true;
  }

  /**
   * JLaTeXMath quietly closes a group left open ("x^{2" reads as x squared), which would hide a
   * typo, so braces are counted here first. An escaped brace (backslash, brace) is a
   * character, not a group.
   */
  static String unbalancedBraces(String latex) {
    int depth = 0;
    for (int i = 0; i < latex.length(); i++) {
      char c = latex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth < 0) {
        return "a '}' closes a group that was never opened";
      }
    }
    return depth > 0 ? "a '{' opens a group that is never closed" : null;
  }

  /**
   * The part of LaTeX that JLaTeXMath surely reads. Its rules, each narrower than JLaTeXMath's
   * parser ({@code TeXParser}): a formula is a row of items; an item is white space, an ASCII
   * letter or digit, a character of {@link #PUNCTUATION}, a braced group (a row), a script
   * ({@code ^} or {@code _} with an argument), a command of {@link #SYMBOLS} (no argument), of
   * {@link #ONE_ARGUMENT} or {@link #TWO_ARGUMENTS} with its arguments, {@code \sqrt} with an
   * optional index, {@code \text}-like commands over plain words, or {@code \left D … \right D}
   * around a row. An argument is a group or one letter, digit or symbol command.
   */
  static final class Plain {
    /** Characters JLaTeXMath maps to a symbol in math mode. */
    static final String PUNCTUATION = "+-=()[]<>,.;:!?/*|'";
    /** Punctuation that may stand in a {@link #WORDS} argument. */
    static final String WORD_PUNCTUATION = ",.;:!?()-'/";
    /** The delimiters {@code \left} and {@code \right} take here: characters and commands. */
    static final String DELIMITER_CHARACTERS = "()[]|./";
    static final Set<String> DELIMITER_COMMANDS = Set.of(
        "{", "}", "|", "langle", "rangle", "lfloor", "rfloor", "lceil", "rceil", "vert",
        "Vert", "lVert", "rVert");
    /** Commands that take no argument: symbols, operator names, spaces and escapes. */
    static final Set<String> SYMBOLS = Set.of(
        // Greek
        "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta",
        "vartheta", "iota", "kappa", "lambda", "mu", "nu", "xi", "pi", "varpi", "rho", "varrho",
        "sigma", "varsigma", "tau", "upsilon", "phi", "varphi", "chi", "psi", "omega", "Gamma",
        "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega",
        // relations
        "geq", "ge", "leq", "le", "neq", "ne", "approx", "sim", "simeq", "equiv", "cong",
        "propto", "in", "notin", "ni", "subset", "subseteq", "supset", "supseteq", "ll", "gg",
        "prec", "succ", "preceq", "succeq", "mid", "parallel", "perp", "models", "vdash",
        "to", "rightarrow", "leftarrow", "Rightarrow", "Leftarrow", "leftrightarrow",
        "Leftrightarrow", "mapsto", "longrightarrow", "longleftarrow", "Longrightarrow",
        "iff", "implies", "uparrow", "downarrow",
        // operators
        "times", "cdot", "pm", "mp", "div", "ast", "star", "circ", "bullet", "oplus", "ominus",
        "otimes", "odot", "wedge", "vee", "cup", "cap", "setminus", "land", "lor", "neg",
        "sum", "prod", "int", "oint", "iint", "coprod", "bigcup", "bigcap",
        // letters and symbols
        "infty", "partial", "nabla", "forall", "exists", "emptyset", "varnothing", "ell",
        "hbar", "aleph", "top", "bot", "prime", "dagger", "ldots", "cdots", "vdots", "ddots",
        "dots", "angle", "langle", "rangle", "lfloor", "rfloor", "lceil", "rceil", "vert",
        "Vert", "lVert", "rVert", "backslash",
        // operator names (argmin, argmax, softmax: MathRenderer defines them)
        "min", "max", "log", "exp", "sin", "cos", "tan", "arg", "lim", "sup", "inf", "det",
        "dim", "ker", "Pr", "ln", "lg", "sinh", "cosh", "tanh", "cot", "sec", "csc", "arcsin",
        "arccos", "arctan", "deg", "gcd", "hom", "limsup", "liminf", "argmin", "argmax",
        "softmax",
        // spaces, escapes and styles
        ",", ";", ":", "!", " ", "quad", "qquad", "{", "}", "%", "_", "&", "#", "$", "|",
        "displaystyle", "textstyle", "scriptstyle");
    /** Commands that take one argument (a group, or one letter, digit or symbol). */
    static final Set<String> ONE_ARGUMENT = Set.of(
        "hat", "bar", "tilde", "vec", "dot", "ddot", "check", "breve", "acute", "grave",
        "widehat", "widetilde", "overline", "underline", "mathbf", "mathit", "mathcal",
        "mathbb", "boldsymbol");
    static final Set<String> TWO_ARGUMENTS = Set.of("frac", "dfrac", "tfrac", "binom");
    /** Commands whose one braced argument is read as words, not math: only plain words here. */
    static final Set<String> WORDS = Set.of("text", "mathrm", "operatorname");

    private final String src;
    private int at;
    /** How many {@code \left}s the position is inside. */
    private int fences;

    private Plain(String src) {
      this.src = src;
    }

    static boolean reads(String latex) {
      Plain plain = new Plain(latex);
      return plain.row(false, false) && plain.at == latex.length();
    }

    /**
     * Items up to the end, or up to the {@code }} closing a group ({@code braced}) or the
     * {@code \right} closing a {@code \left} ({@code fenced}), which it does not consume.
     */
    private boolean row(boolean braced, boolean fenced) {
      while (at < src.length()) {
        char c = src.charAt(at);
        if (c == '}') {
          return braced;
        }
        if (c == '\\' && src.startsWith("\\right", at) && !letterAt(at + 6)) {
          return fenced;
        }
        if (!item()) {
          return false;
        }
      }
      return !braced && !fenced;
    }

    private boolean item() {
      char c = src.charAt(at);
      if (isPlain(c) || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        at++;
        return true;
      }
      if (c == '{') {
        return group();
      }
      if (c == '^' || c == '_') {
        at++;
        return argument();
      }
      if (c == '\\') {
        return command();
      }
      return false;
    }

    private static boolean isPlain(char c) {
      return c < 128 && (Character.isLetterOrDigit(c) || PUNCTUATION.indexOf(c) >= 0);
    }

    /** A braced group whose brace is at the position. */
    private boolean group() {
      at++;
      if (!row(true, false) || at >= src.length()) {
        return false;
      }
      at++; // the closing brace
      return true;
    }

    /** An argument: after white space, a group, or one letter, digit or symbol command. */
    private boolean argument() {
      skipSpaces();
      if (at >= src.length()) {
        return false;
      }
      char c = src.charAt(at);
      if (c == '{') {
        return group();
      }
      if (c < 128 && Character.isLetterOrDigit(c)) {
        at++;
        return true;
      }
      if (c == '\\') {
        String name = commandName();
        return name != null && Character.isLetter(name.charAt(0)) && SYMBOLS.contains(name);
      }
      return false;
    }

    private boolean command() {
      String name = commandName();
      if (name == null) {
        return false;
      }
      if (SYMBOLS.contains(name)) {
        // JLaTeXMath finds the \right of a \left by matching text, and a "\le" right before a
        // nested "\left" (spaces between or not) hides that \left from its count.
        return fences == 0 || !name.equals("le");
      }
      if (ONE_ARGUMENT.contains(name)) {
        return argument();
      }
      if (TWO_ARGUMENTS.contains(name)) {
        return argument() && argument();
      }
      if (name.equals("sqrt")) {
        skipSpaces();
        if (at < src.length() && src.charAt(at) == '[' && !index()) {
          return false;
        }
        return argument();
      }
      if (WORDS.contains(name)) {
        return words();
      }
      if (name.equals("left")) {
        fences++;
        if (!delimiter() || !row(false, true)) {
          return false;
        }
        fences--;
        commandName(); // \right, which row() stopped at
        return delimiter();
      }
      return false;
    }

    /** A root's index: letters and digits in brackets. */
    private boolean index() {
      at++;
      int start = at;
      while (at < src.length() && src.charAt(at) < 128
          && Character.isLetterOrDigit(src.charAt(at))) {
        at++;
      }
      if (at == start || at >= src.length() || src.charAt(at) != ']') {
        return false;
      }
      at++;
      return true;
    }

    /** A braced argument of letters, digits, spaces and plain punctuation. */
    private boolean words() {
      skipSpaces();
      if (at >= src.length() || src.charAt(at) != '{') {
        return false;
      }
      at++;
      while (at < src.length() && src.charAt(at) != '}') {
        char c = src.charAt(at);
        if (!(c < 128 && (Character.isLetterOrDigit(c) || c == ' '
            || WORD_PUNCTUATION.indexOf(c) >= 0))) {
          return false;
        }
        at++;
      }
      if (at >= src.length()) {
        return false;
      }
      at++;
      return true;
    }

    /** The delimiter after {@code \left} or {@code \right}. */
    private boolean delimiter() {
      skipSpaces();
      if (at >= src.length()) {
        return false;
      }
      char c = src.charAt(at);
      if (c == '\\') {
        String name = commandName();
        return name != null && DELIMITER_COMMANDS.contains(name);
      }
      if (DELIMITER_CHARACTERS.indexOf(c) >= 0) {
        at++;
        return true;
      }
      return false;
    }

    /**
     * The name of the command whose backslash is at the position, moving past it: a run of
     * letters, or one other character; null after a trailing backslash.
     */
    private String commandName() {
      int start = ++at;
      if (at >= src.length()) {
        return null;
      }
      if (letterAt(at)) {
        while (letterAt(at)) {
          at++;
        }
      } else {
        at++;
      }
      return src.substring(start, at);
    }

    private boolean letterAt(int i) {
      if (i >= src.length()) {
        return false;
      }
      char c = src.charAt(i);
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private void skipSpaces() {
      while (at < src.length() && " \t\n\r".indexOf(src.charAt(at)) >= 0) {
        at++;
      }
    }
  }
}
