/**
 * The deck stage. Receives the deck plan XML that the deck template rendered, parses it safely
 * into a {@link org.paperdeck.deck.DeckPlan} ({@link org.paperdeck.deck.PlanParser}), and lays the
 * plan out with Apache POI on the theme's slide layouts ({@link org.paperdeck.deck.DeckWriter}),
 * handing on the bytes of a .pptx. Lengths are points everywhere except inside the writer.
 */
package org.paperdeck.deck;
