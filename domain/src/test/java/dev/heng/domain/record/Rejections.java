package dev.heng.domain.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Reads which field a record refused. */
final class Rejections {

  private Rejections() {}

  /**
   * Runs {@code build}, which must throw {@link InvalidFieldException}.
   *
   * @return the field the exception names
   */
  static String rejectedField(ThrowingCallable build) {
    InvalidFieldException error = catchThrowableOfType(InvalidFieldException.class, build);

    assertThat(error).as("an InvalidFieldException").isNotNull();
    assertThat(error.reason()).isNotBlank();
    return error.field();
  }
}
