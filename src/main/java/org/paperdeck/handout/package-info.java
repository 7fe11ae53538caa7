/**
 * The handout stage. Receives the XHTML the handout template ({@code handout.ftlh} with
 * {@code handout.css}) rendered, parses it safely (no DTD loading, no external entities) and
 * hands on either the bytes of a printable PDF, laid out with Flying Saucer on OpenPDF with
 * outline, links, metadata and subset fonts embedded ({@link org.paperdeck.handout.PdfRenderer}),
 * or one self-contained HTML file ({@link org.paperdeck.handout.HtmlWriter}). For handouts that
 * show slides it also draws a generated deck's slides as images
 * ({@link org.paperdeck.handout.SlideImages}). Problems come back as diagnostics, never as
 * exceptions or log lines.
 */
package org.paperdeck.handout;
