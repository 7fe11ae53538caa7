/**
 * The live preview: a web page on this machine that shows the deck while the notes are being
 * written. Receives, after every build, the api's {@link org.paperdeck.api.Result} with the
 * slides' pictures, and hands the browser the page, each slide's picture with its number, role,
 * warnings and speaker notes, the HTML handout, and a stream of Server-Sent Events on which the
 * page learns of each rebuild ({@link org.paperdeck.preview.PreviewServer}). A failed build
 * keeps the last good slides and adds its errors ({@link org.paperdeck.preview.PreviewState}).
 * It never reads the notes or builds: the {@code preview} command does, and tells it.
 */
package org.paperdeck.preview;
