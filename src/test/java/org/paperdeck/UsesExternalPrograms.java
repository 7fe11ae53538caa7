package org.paperdeck;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test that reads our outputs with LibreOffice, poppler or qpdf (through {@link Tools}).
 * `mvn test` leaves such tests out, so the unit tests need no external program; failsafe runs
 * them in `mvn verify`, beside the {@code *IT} classes, which are all of this kind.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(UsesExternalPrograms.TAG)
public @interface UsesExternalPrograms {
  String TAG = "external-programs";
}
