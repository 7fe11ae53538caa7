package org.paperdeck.math;

/**
 * Where a run of text sits relative to the baseline: math's {@code _} and {@code ^}, and the
 * deck plan's {@code <sub>} and {@code <sup>}, both end up as one of these.
 */
public enum Script {
  NORMAL,
  SUBSCRIPT,
  SUPERSCRIPT
}
