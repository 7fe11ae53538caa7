/**
 * The template stage. Receives a {@link org.paperdeck.model.Talk} and a template set, and hands
 * on text: the deck plan XML ({@code deck.ftlx}) and the handout XHTML ({@code handout.ftlh}).
 * One locked-down FreeMarker configuration ({@link org.paperdeck.templates.TemplateEngine})
 * resolves each file in the user's folder first, then in the built-in set. Rich text reaches
 * templates as markup already escaped for the template's format
 * ({@link org.paperdeck.templates.MarkupWriter}). The text comes with the template line that
 * printed each part of it ({@link org.paperdeck.templates.OutputOrigins}), so problems later
 * stages find in it can name that line ({@link org.paperdeck.templates.Rendered#traced}).
 */
package org.paperdeck.templates;
