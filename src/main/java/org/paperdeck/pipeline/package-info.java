/**
 * Runs the stages for one notes file, in memory: notes → talk → deck plan → .pptx bytes, and
 * talk → XHTML → .pdf bytes. Configured once ({@link org.paperdeck.pipeline.Builder}), run many
 * times; it never writes files or prints: the CLI does both.
 */
package org.paperdeck.pipeline;
