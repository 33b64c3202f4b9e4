package dev.heng.application.port.in;

import dev.heng.domain.record.IntakeCounts;
import java.util.List;

/** What became of an intake batch. A batch is accepted whole or not written at all. */
public sealed interface IntakeOutcome {

  /**
   * Every line was stored (or found unchanged) in one transaction.
   *
   * @param counts what the batch did
   */
  record Accepted(IntakeCounts counts) implements IntakeOutcome {}

  /**
   * At least one line was invalid; nothing was written.
   *
   * @param violations every line found at fault, in line order
   */
  record Rejected(List<LineViolation> violations) implements IntakeOutcome {
    public Rejected {
      violations = List.copyOf(violations);
      if (violations.isEmpty()) {
        throw new IllegalArgumentException("a rejected batch names at least one violation");
      }
    }
  }

  /**
   * The caller's role may not send records in; nothing was written.
   *
   * @param reason why, readable by the caller
   */
  record Forbidden(String reason) implements IntakeOutcome {}
}
