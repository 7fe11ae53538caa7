/**
 * The render stage: the deck paperdeck made, drawn in-process without LibreOffice. Receives the
 * bytes of a .pptx from {@link org.paperdeck.pptx.DeckWriter} and hands on each slide as a PNG
 * ({@link org.paperdeck.render.SlideImages}), at a resolution or a width, or the whole deck as a
 * PDF of one page per slide ({@link org.paperdeck.render.SlidesPdf}). Apache POI draws the
 * slides on a java.awt {@code Graphics2D}; {@code MeasuredFontManager} has it set the text in
 * the very faces the layout stage measured ({@link org.paperdeck.layout.MeasureFonts}), and
 * {@code PdfFonts} embeds those faces' files in the PDF. Where the pictures differ from
 * LibreOffice's rendering of the same deck is in docs/preview.md.
 */
package org.paperdeck.render;
