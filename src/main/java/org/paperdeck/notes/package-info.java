/**
 * The notes stage. Receives a notes file (Markdown with YAML front matter, see docs/format.md)
 * and hands on a validated {@link org.paperdeck.model.Talk}, or the diagnostics that explain
 * why it cannot: {@link org.paperdeck.notes.NotesReader} is the door.
 */
package org.paperdeck.notes;
