/**
 * The handout stage. Receives the XHTML the handout template ({@code handout.ftlh} with
 * {@code handout.css}) rendered, parses it safely (no DTD loading, no external entities) and
 * hands on either the bytes of a printable PDF, laid out with Flying Saucer on OpenPDF with
 * outline, links, metadata and subset fonts embedded ({@link org.paperdeck.handout.PdfRenderer}),
 * or one self-contained HTML file ({@link org.paperdeck.handout.HtmlWriter}). Slides a handout
 * shows arrive in the XHTML as images already drawn; this package never opens a deck. Problems
 * come back as diagnostics, never as exceptions or log lines.
 */
package org.paperdeck.handout;
