/**
 * The deck plan. Receives the deck plan XML that the deck template rendered and hands on a
 * {@link org.paperdeck.plan.DeckPlan}: plain records of slides ({@link org.paperdeck.plan.SlidePlan}),
 * blocks ({@link org.paperdeck.plan.PlanBlock}), styled runs ({@link org.paperdeck.plan.Run}) and
 * pictures ({@link org.paperdeck.plan.PlanImage}), with the diagnostics of reading it. Knows
 * nothing of themes, measuring or PowerPoint files.
 *
 * <p>{@link org.paperdeck.plan.PlanParser} is the door: it reads safely (no DTDs, no entities)
 * and reports every unknown element or attribute at its plan line and column.
 * {@code PlanVocabulary} lists the elements and attributes as data; {@code PlanHandler} builds the
 * records from SAX events, {@code RunCollector} applies HTML-like whitespace rules,
 * {@code PlanLook} checks a slide's role, accent, footer and sizes, {@code PlanSource} maps
 * positions back into the plan text. {@link org.paperdeck.plan.SlideRole} names what a slide is
 * for and which theme layouts suit it; {@link org.paperdeck.files.FileRoots} keeps a plan's
 * pictures inside the notes and template folders.
 */
package org.paperdeck.plan;
