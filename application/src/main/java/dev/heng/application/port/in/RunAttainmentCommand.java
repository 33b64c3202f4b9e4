package dev.heng.application.port.in;

import dev.heng.domain.access.Caller;
import java.time.Instant;

/**
 * A caller's request to compute the hours of a range, for backfilling history.
 *
 * @param caller who asks; tenant admins and integration clients may
 * @param from the range's start
 * @param to the range's end, after {@code from}
 */
public record RunAttainmentCommand(Caller caller, Instant from, Instant to) {

  /**
   * @throws IllegalArgumentException if a value is missing or {@code from} is not before {@code to}
   */
  public RunAttainmentCommand {
    if (caller == null || from == null || to == null) {
      throw new IllegalArgumentException("caller, from and to must not be null");
    }
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("from must be before to, were " + from + " and " + to);
    }
  }
}
