/**
 * The talk as plain immutable records: {@link org.paperdeck.model.Talk} and its categories,
 * papers, insights and further reading, with {@link org.paperdeck.model.RichText} for every text
 * that may carry markup or math. Receives nothing; the notes reader builds it and the template
 * stage reads it. No I/O and no library types here.
 */
package org.paperdeck.model;
