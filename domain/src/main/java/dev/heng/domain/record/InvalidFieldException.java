package dev.heng.domain.record;

/**
 * Thrown when a record is built with a field value that breaks its rules. Carries the JSON name of
 * the field and a reason readable by the integrator who sent it.
 */
public final class InvalidFieldException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String reason;

  /**
   * @param field the camelCase name of the offending field, never null
   * @param reason what is wrong with it, never null
   */
  public InvalidFieldException(String field, String reason) {
    super(field + ": " + reason);
    this.field = field;
    this.reason = reason;
  }

  /** The camelCase name of the offending field. */
  public String field() {
    return field;
  }

  /** What is wrong with the field's value. */
  public String reason() {
    return reason;
  }
}
