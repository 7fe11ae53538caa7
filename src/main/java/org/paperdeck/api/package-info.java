/**
 * paperdeck as a Java library: the one public entry point, {@link org.paperdeck.api.Paperdeck}.
 * Configure it once with {@link org.paperdeck.api.Paperdeck#builder()} (template set, theme,
 * variables, outputs, paper), then build any number of notes files with it; each build returns a
 * {@link org.paperdeck.api.Result}: the bytes of every output in memory, and every problem as a
 * {@link org.paperdeck.diagnostics.Diagnostic} value (file, line, column, severity, message).
 * Nothing is printed; files are written only when asked ({@link
 * org.paperdeck.api.Result#writeTo}). The {@code paperdeck build} and {@code watch} commands are
 * built on this package.
 *
 * <p>This package and the value types of {@code org.paperdeck.diagnostics} ({@code Diagnostic},
 * {@code SourcePos}, {@code Severity}) are the supported API. Every other package is internal:
 * its public types are public only so that the pipeline's stages can reach each other, and they
 * change without notice (docs/architecture.md, docs/api.md).
 */
package org.paperdeck.api;
