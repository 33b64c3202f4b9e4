package dev.heng.application.port.in;

/**
 * Why one line of a batch was refused.
 *
 * @param line the 1-based line number
 * @param field the camelCase field at fault, or null when the line as a whole is
 * @param reason what is wrong, readable by the integrator
 */
public record LineViolation(int line, String field, String reason) {

  public LineViolation {
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1 or more, was " + line);
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("reason must not be blank");
    }
  }
}
