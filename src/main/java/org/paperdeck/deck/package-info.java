/**
 * The deck stage. Receives the deck plan XML that the deck template rendered, parses it safely
 * into a {@link org.paperdeck.deck.DeckPlan} ({@link org.paperdeck.deck.PlanParser}: no DTDs, no
 * entities, every unknown element or attribute an error at its plan line and column), and lays
 * the plan out with Apache POI on the theme's slide layouts ({@link org.paperdeck.deck.DeckWriter}),
 * handing on the bytes of a .pptx and its diagnostics.
 *
 * <p>Inside: {@code PlanHandler} builds the records from SAX events, {@code RunCollector} applies
 * HTML-like whitespace rules; {@code Theme} opens the theme, {@code LayoutChooser} finds each
 * slide's layout by role, name, type or stand-in, {@code SlideDecor} adds footer, slide number
 * and accent colour; {@code SlideWriter} fills placeholders, {@code Flow} flattens blocks into paragraphs whose sizes
 * and indents {@code TextMeasure} measures (java.awt, the theme's fonts or their Liberation twins, see {@code MeasureFonts}), {@code TextFitter} fits
 * and {@code TextWriter} writes, {@code ImagePlacer} places pictures beside the body and
 * {@code CornerPlacer} pins logos to corners. {@code PlanFiles} keeps a plan's pictures inside
 * the notes and template folders. Lengths are points
 * everywhere; POI converts to EMU.
 */
package org.paperdeck.deck;
