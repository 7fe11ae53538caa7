/**
 * Pictures read no further than they are shown. A picture of the notes may hold up to 50
 * million pixels (docs/format.md, "Limits"): decoded whole that is 200 MiB, and a few of them
 * do not fit in the memory the tool is given, while a slide or a page shows a few million at
 * most. So a picture's size is read from its header ({@link org.paperdeck.images.ImageHeader}),
 * and a picture of more than {@value org.paperdeck.images.SmallerCopy#MAX_KEPT_PIXELS} pixels is
 * decoded every few pixels (ImageIO's source subsampling) into a copy of the size it can be
 * shown at ({@link org.paperdeck.images.SmallerCopy}). Receives files or bytes; hands on sizes,
 * copies and decoded rasters. Used by the deck, the slide pictures and the handout alike.
 *
 * <p>The pictures paperdeck makes in bulk, QR codes and slides, are written as PNG here too
 * ({@link org.paperdeck.images.Png}), faster than ImageIO writes them, and a PNG's stored rows are
 * read out for a PDF to keep as they are.
 */
package org.paperdeck.images;
