/**
 * Where researchers keep their papers. Receives bibliography files (BibTeX or BibLaTeX as
 * Zotero, Better BibTeX, Google Scholar and publishers export them; CSL-JSON as Zotero exports
 * it) and hands on {@link org.paperdeck.refs.Reference}s, with every problem at the file's own
 * line and column; turns written identifiers (DOIs, arXiv IDs) into their canonical links; and
 * writes references back out as BibTeX or CSL-JSON. {@link org.paperdeck.refs.Bibliography} is
 * the door for readers, {@link org.paperdeck.refs.Identifiers} for links.
 */
package org.paperdeck.refs;
