package org.paperdeck.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the same notes, templates and version give byte-identical outputs, so a deck in git
 * changes only when its content does. The libraries stamp each file with the time it was made
 * (zip entry times, PDF dates), a random PDF file ID and random font-subset tags; these are
 * replaced by values that follow from the content and from one source date (the deck's entries
 * are dated as the deck writer writes them, with {@link #zipTime}): the environment's
 * {@code SOURCE_DATE_EPOCH} (the reproducible-builds convention), else the notes' {@code date},
 * else 1980-01-01, the earliest time a zip entry can hold.
 */
public final class Reproducible {
  static final Instant FALLBACK = Instant.parse("1980-01-01T00:00:00Z");
  private static final Pattern SUBSET_TAG = Pattern.compile("/([A-Z]{6})\\+");
  private static final Pattern PDF_DATE =
      Pattern.compile("/(CreationDate|ModDate)\\(D:(\\d{14})([^)]*)\\)");
  private static final Pattern FILE_ID = Pattern.compile("/ID ?\\[ ?<([0-9a-fA-F]+)> ?<([0-9a-fA-F]+)> ?\\]");

  private Reproducible() {}

  /** The one date every output is stamped with. */
  public static Instant sourceDate(String notesDate, String sourceDateEpoch) {
    if (sourceDateEpoch != null && sourceDateEpoch.strip().matches("\\d{1,12}")) {
      return Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip()));
    }
    if (notesDate != null) {
      try {
        return LocalDate.parse(notesDate.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException e) {
        // A date written as prose ("May 2022") is shown as written but stamps nothing.
      }
    }
    return FALLBACK;
  }

  /**
   * The time every entry of a zip stamped with {@code date} has, in milliseconds since 1970; the
   * deck writer dates its entries with it as it writes them.
   */
  public static long zipTime(Instant date) {
    return Math.max(date.toEpochMilli(), FALLBACK.toEpochMilli());
  }

  /**
   * Stamps the PDF in place and returns it: its dates set to {@code date}, its subset tags
   * numbered in order of first use, and its file ID a digest of the rest. Every change keeps
   * its length, so the cross-reference offsets stay right. Changed in place because a handout
   * of slide pictures runs to a hundred megabytes, which copies of it, as bytes or as text,
   * would hold several times over: pass bytes nothing else reads.
   */
  public static byte[] pdf(byte[] pdf, Instant date) {
    // Read through a view of one char per byte (ISO-8859-1), which sees what is written.
    CharSequence text = new Latin1View(pdf);
    Map<String, String> tags = new LinkedHashMap<>();
    overwrite(pdf, SUBSET_TAG.matcher(text), m -> {
      String tag = tags.computeIfAbsent(m.group(1), t -> subsetTag(tags.size()));
      return "/" + tag + "+";
    });
    String stamp = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC).format(date);
    overwrite(pdf, PDF_DATE.matcher(text),
        m -> "/" + m.group(1) + "(D:" + stamp + utcSuffix(m.group(3).length()) + ")");
    Matcher id = FILE_ID.matcher(text);
    int idStart = -1;
    for (int at = 0; nextMatch(pdf, id, at); at = id.end()) {
      idStart = id.start();
    }
    if (idStart >= 0) {
      nextMatch(pdf, id, idStart);
      String digest = md5Without(pdf, id.start(), id.end());
      write(pdf, id.start(1), fit(digest, id.group(1).length()));
      write(pdf, id.start(2), fit(digest, id.group(2).length()));
    }
    return pdf;
  }

  /** "AAAAAA", "AAAAAB", …: six capital letters, as the PDF format asks of a subset tag. */
  static String subsetTag(int index) {
    char[] letters = new char[6];
    int n = index;
    for (int i = 5; i >= 0; i--) {
      letters[i] = (char) ('A' + n % 26);
      n /= 26;
    }
    return new String(letters);
  }

  /** A UTC offset of the same length as the one replaced: "Z", "+00'00'" or "+00'00". */
  private static String utcSuffix(int length) {
    return switch (length) {
      case 0 -> "";
      case 1 -> "Z";
      case 6 -> "+00'00";
      case 7 -> "+00'00'";
      default -> "Z" + " ".repeat(length - 1);
    };
  }

  private static String fit(String hex, int length) {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < length) {
      sb.append(hex);
    }
    return sb.substring(0, length);
  }

  /** The MD5 of {@code bytes} less those from {@code from} to {@code to}, in hex. */
  private static String md5Without(byte[] bytes, int from, int to) {
    try {
      MessageDigest md5 = MessageDigest.getInstance("MD5");
      md5.update(bytes, 0, from);
      md5.update(bytes, to, bytes.length - to);
      return HexFormat.of().formatHex(md5.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has MD5", e);
    }
  }

  /**
   * Writes each match's replacement over it; a replacement of another length would move what
   * follows, so such a match is left as it is. The matcher reads on past what was written: a
   * match's replacement never reaches the next.
   */
  private static void overwrite(byte[] bytes, Matcher m,
      java.util.function.Function<Matcher, String> with) {
    for (int at = 0; nextMatch(bytes, m, at); at = m.end()) {
      String replacement = with.apply(m);
      if (replacement.length() == m.end() - m.start()) {
        write(bytes, m.start(), replacement);
      }
    }
  }

  /**
   * Moves {@code m} to its first match at or after {@code from}, the one {@code find} would
   * meet, trying the pattern only where a '/' is: each pattern here begins with one, and a PDF
   * of slide pictures is mostly their data, at every byte of which {@code find} would try it.
   */
  private static boolean nextMatch(byte[] bytes, Matcher m, int from) {
    for (int at = from; at < bytes.length; at++) {
      if (bytes[at] == '/') {
        m.region(at, bytes.length);
        if (m.lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  private static void write(byte[] bytes, int at, String latin1) {
    byte[] written = latin1.getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(written, 0, bytes, at, written.length);
  }

  /** Bytes read as ISO-8859-1 text, one char each, without a copy; it sees later writes. */
  private record Latin1View(byte[] bytes, int from, int to) implements CharSequence {
    Latin1View(byte[] bytes) {
      this(bytes, 0, bytes.length);
    }

    @Override
    public int length() {
      return to - from;
    }

    @Override
    public char charAt(int index) {
      return (char) (bytes[from + java.util.Objects.checkIndex(index, length())] & 0xFF);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new Latin1View(bytes, from + start, from + end);
    }

    @Override
    public String toString() {
      return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }
  }
}
