/**
 * Typesetting for math that Unicode text cannot show. Receives LaTeX source (as the model keeps
 * it) and hands back either why the source is malformed, for the notes reader's diagnostics, or
 * a {@link org.paperdeck.math.MathPicture}: a transparent PNG with its size in ems of the text it
 * sits in, for the deck and the handout. JLaTeXMath does the typesetting; no type of it leaves
 * this package. {@link org.paperdeck.math.MathOmml} turns the same source into Office Math, for
 * the deck's native equations. {@link org.paperdeck.math.MathCheck} is the reader's check of a
 * formula: JLaTeXMath's answer, without starting JLaTeXMath for plain formulas until a build
 * asks for it.
 */
package org.paperdeck.math;
