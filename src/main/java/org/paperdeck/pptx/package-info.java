/**
 * The pptx stage: the only place that knows PowerPoint files. Receives a
 * {@link org.paperdeck.plan.DeckPlan} and a theme's bytes, and hands on the bytes of an editable
 * .pptx with the diagnostics of laying it out ({@link org.paperdeck.pptx.DeckWriter}, the door).
 * It reads the theme's geometry for the layout stage, has {@link org.paperdeck.layout.DeckLayouter}
 * decide every slide, and makes the slides it decided with Apache POI; every POI type and the
 * conversion of points to EMU live here.
 *
 * <p>{@code ThemeFile} says what is wrong with a file that cannot be a theme (cut short, not
 * a presentation, damaged, a zip bomb: {@link org.paperdeck.pptx.ThemeLimits}) before and after
 * POI reads it; {@code Theme} opens the theme without its sample slides and ranks its layouts;
 * {@code ThemeReader} reads their placeholders from a slide made on each;
 * {@code SlideWriter} makes a slide on its layout, {@code SlideDecor} adds footer, slide number
 * and accent shapes, {@code Placeholders} finds and moves placeholders, {@code TextWriter}
 * writes typeset paragraphs, {@code TableWriter} writes tables, {@code EquationRuns} writes a
 * formula in a line as an equation with its text as fallback, {@code EquationShapes} a display
 * formula as an equation with its picture as fallback, {@code Pictures} stores each
 * picture once, {@code NotesPages}
 * writes speaker notes pages PowerPoint opens without repair, as XML text
 * ({@code ParagraphXml}: paragraphs already tagged with their languages), {@code RunLanguages}
 * tags every run of the slides
 * with its language and its script's face, a run that changes script cut at the change
 * ({@code RunScripts}).
 * {@link org.paperdeck.pptx.ThemeReport} describes a theme for {@code paperdeck theme inspect}.
 */
package org.paperdeck.pptx;
