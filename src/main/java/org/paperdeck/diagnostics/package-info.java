/**
 * The one way every stage reports a problem with its input: a {@link org.paperdeck.diagnostics.Diagnostic}
 * pinned to a {@link org.paperdeck.diagnostics.SourcePos}, collected in
 * {@link org.paperdeck.diagnostics.Diagnostics} and printed compiler-style by the CLI.
 */
package org.paperdeck.diagnostics;
