package dev.heng.application.port.in;

import dev.heng.domain.record.IntakeRecord;

/** One line of an intake batch as the inbound adapter read it: a record, or why it has none. */
public sealed interface IntakeLine {

  /** The 1-based line number in the batch. */
  int line();

  /**
   * A line that was read into a record.
   *
   * @param line the 1-based line number
   * @param record the record, never null
   */
  record Read(int line, IntakeRecord record) implements IntakeLine {
    public Read {
      if (record == null) {
        throw new IllegalArgumentException("record of line " + line + " must not be null");
      }
    }
  }

  /**
   * A line that could not be read into a record.
   *
   * @param line the 1-based line number
   * @param field the camelCase field at fault, or {@code null} when the line as a whole is
   * @param reason what is wrong, readable by the integrator
   */
  record Unreadable(int line, String field, String reason) implements IntakeLine {}
}
