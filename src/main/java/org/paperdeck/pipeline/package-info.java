/**
 * Runs the stages for one notes file, in memory. Receives a notes file and {@link
 * org.paperdeck.pipeline.BuildOptions}; hands on a {@link org.paperdeck.pipeline.BuildResult}:
 * the bytes of each output asked for, by {@link org.paperdeck.pipeline.Output}, and every
 * diagnostic in stage order. Notes → talk (read once); talk → deck plan → .pptx bytes on a
 * thread of its own when an output needs the deck; then each output makes its bytes from the
 * {@link org.paperdeck.pipeline.BuildContext}: the PDF and HTML handouts from the handout
 * template's XHTML, into which the deck's slides are drawn beforehand when the template shows
 * them. The outputs are a family: one small class each, listed in {@link
 * org.paperdeck.pipeline.Outputs}, which the CLI reads for {@code --formats}, file names and
 * summary lines. Configured once ({@link org.paperdeck.pipeline.Builder}), run many times; it
 * never writes files or prints: the CLI does both.
 */
package org.paperdeck.pipeline;
