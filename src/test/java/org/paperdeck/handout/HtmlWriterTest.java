package org.paperdeck.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.diagnostics.Diagnostic;

class HtmlWriterTest {
  private static final byte[] PNG = Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

  @TempDir
  Path dir;

  private String write(String body, java.util.List<Diagnostic> diagnostics) {
    String xhtml = """
        <html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">
        <head><title>T &amp; U</title><style>/*<![CDATA[*/ p > b { color: red } /*]]>*/</style>
        <bookmarks><bookmark name="x" href="#x"/></bookmarks></head>
        <body>%s</body></html>
        """.formatted(body);
    HtmlWriter.Result result = new HtmlWriter().write(xhtml, dir.toUri());
    diagnostics.addAll(result.diagnostics());
    return new String(result.html(), StandardCharsets.UTF_8);
  }

  @Test
  void localImagesAndStylesheetsAreInlinedAndRemoteOnesLeftOutWithAWarning() throws Exception {
    Files.write(dir.resolve("fig.png"), PNG);
    Files.writeString(dir.resolve("extra.css"), "h1 { color: blue; }");
    var diagnostics = new java.util.ArrayList<Diagnostic>();
    String html = write("""
        <link rel="stylesheet" href="extra.css"/>
        <p><img src="fig.png" alt="figure"/></p>
        <p><img src="https://example.org/remote.png" alt="remote"/></p>
        <p><a href="https://example.org/paper">the paper</a></p>
        """, diagnostics);
    assertTrue(html.contains("<img alt=\"figure\" src=\"data:image/png;base64,"
        + Base64.getEncoder().encodeToString(PNG) + "\">"), html);
    assertTrue(html.contains("<style>h1 { color: blue; }</style>"), html);
    assertFalse(html.contains("remote.png"), html);
    assertTrue(html.contains("<a href=\"https://example.org/paper\">the paper</a>"), html);
    assertEquals(1, diagnostics.size(), diagnostics::toString);
    assertTrue(diagnostics.get(0).message().contains("https://example.org/remote.png"));
    assertFalse(diagnostics.get(0).isError());
  }

  @Test
  void thePdfOnlyPagedMediaCssIsLeftOutOfTheHtmlHandout() {
    String html = write("""
        <style type="text/css">@page { @top-left { content: element(talktitle); color: grey } }
        .running-title { position: running(talktitle); font-size: 8pt; }
        /* a comment naming leader('.') */ .toc a::after { content: leader('.') " " target-counter(attr(href), page); color: grey }</style>
        <p>x</p>
        """, new java.util.ArrayList<>());
    assertFalse(html.contains("running(") || html.contains("element(") || html.contains("leader(")
        || html.contains("target-counter(") || html.contains("text/css"), html);
    assertTrue(html.contains("<style>@page { @top-left {  color: grey } }\n"
        + ".running-title {  font-size: 8pt; }\n .toc a::after {  color: grey }</style>"), html);
  }

  @Test
  void theOutputIsHtmlABrowserReadsAsWritten() {
    String html = write("<p>a<br/>b</p><div class=\"line\"></div><p>x &lt; y</p>",
        new java.util.ArrayList<>());
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html);
    assertTrue(html.contains("<p>a<br>b</p><div class=\"line\"></div>"), "no <div/>: " + html);
    assertTrue(html.contains("<p>x &lt; y</p>"), html);
    assertTrue(html.contains("p > b { color: red }"), "style text stays raw: " + html);
    assertTrue(html.contains("<title>T &amp; U</title>"), html);
    assertFalse(html.contains("bookmark"), html);
    assertFalse(html.contains("xmlns"), html);
  }
}
