/**
 * The layout stage: decides everything about each slide as plain values. Receives a
 * {@link org.paperdeck.plan.DeckPlan} and a {@link org.paperdeck.layout.ThemeGeometry} (slide
 * size, each theme layout's name, type and placeholders with their boxes and default type, in
 * points, as the pptx stage read them from the theme), and hands on a
 * {@link org.paperdeck.layout.DeckLayout}: one {@link org.paperdeck.layout.SlideLayout} per slide
 * with its layout, moved placeholder boxes, pictures, typeset text and speaker notes, plus the
 * warnings and errors it reported. No POI type and no file unit of length appear here.
 *
 * <p>{@link org.paperdeck.layout.DeckLayouter} is the door; {@code SlideLayouter} decides one
 * slide after another on a {@code SlideDraft}. {@link org.paperdeck.layout.LayoutChooser} finds
 * each slide's layout by role, name, type or stand-in. {@code CornerPlacer} pins logos to corners,
 * {@code QrPlacer} puts a link's code (drawn by {@code QrCodes}/{@code QrImage}) bottom right,
 * {@code ImagePlacer} puts pictures beside the body and {@code PictureBody} stacks a body with
 * formulas and figures ({@code StackItems}); {@code TableBody} stacks a body with tables and
 * splits them by rows onto "(cont.)" slides, {@code TableLayout} sizes a table's columns and
 * rows, and {@link org.paperdeck.layout.TableGrid} is a table decided. {@link org.paperdeck.layout.Flow} flattens blocks
 * into paragraphs whose heights {@link org.paperdeck.layout.TextMeasure} measures (java.awt, the
 * theme's fonts or their Liberation twins, see {@link org.paperdeck.layout.MeasureFonts};
 * {@code MeasuredLine} for speed), {@link org.paperdeck.layout.TextFitter} chooses sizes,
 * {@code RunCuts} shortens titles and paragraphs, and {@link org.paperdeck.layout.Typeset}
 * spells out what is written. The sizes and words every slide goes by are in
 * {@link org.paperdeck.layout.LayoutRules}.
 */
package org.paperdeck.layout;
