package org.paperdeck.notes;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.paperdeck.diagnostics.Diagnostics;
import org.paperdeck.diagnostics.SourcePos;

/**
 * The notes file's bytes checked to be text (format doc: "invalid UTF-8, a file that is not
 * text") and decoded. A UTF-8 byte-order mark is dropped and line ends become LF.
 */
final class SourceText {
  private SourceText() {}

  static Optional<String> decode(byte[] bytes, String file, Diagnostics diagnostics) {
    int nul = indexOf(bytes, (byte) 0);
    if (nul >= 0) {
      diagnostics.error(positionOfByte(bytes, nul, file),
          "this is not a text file (it contains a NUL byte)",
          "notes are UTF-8 text: Markdown (.md), YAML or JSON");
      return Optional.empty();
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    var result = decoder.decode(in, out, true);
    if (result.isError()) {
      diagnostics.error(positionOfByte(bytes, in.position(), file),
          "invalid UTF-8 (byte 0x" + String.format("%02X", bytes[in.position()] & 0xFF) + ")",
          "save the file as UTF-8");
      return Optional.empty();
    }
    decoder.flush(out);
    String text = out.flip().toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    // CommonMark ends a line at CRLF, LF or a lone CR; so does every other stage, once the
    // line ends are one kind. Line numbers stay the ones an editor shows.
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i - lineStart > Limits.MAX_LINE_CHARS) {
          diagnostics.error(new SourcePos(file, line, Limits.MAX_LINE_CHARS + 1),
              "line " + line + " is longer than " + Limits.MAX_LINE_CHARS + " characters",
              "notes are prose: break long lines, or check that this is the right file");
          return Optional.empty();
        }
        line++;
        lineStart = i + 1;
      }
    }
    return Optional.of(text);
  }

  /** Line and column (in characters) of a byte offset, decoding the line's prefix leniently. */
  static SourcePos positionOfByte(byte[] bytes, int offset, String file) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String prefix = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
    return new SourcePos(file, line, prefix.codePointCount(0, prefix.length()) + 1);
  }

  private static int indexOf(byte[] bytes, byte wanted) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    return -1;
  }
}
