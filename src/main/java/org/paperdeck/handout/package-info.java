/**
 * The handout stage. Receives the XHTML the handout template ({@code handout.ftlh} with
 * {@code handout.css}) rendered, parses it safely (no DTD loading, no external entities) and lays
 * it out with Flying Saucer on OpenPDF, handing on the bytes of a printable PDF with the Liberation
 * fonts embedded ({@link org.paperdeck.handout.PdfRenderer}). Problems come back as diagnostics,
 * never as exceptions or log lines.
 */
package org.paperdeck.handout;
