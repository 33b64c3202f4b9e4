package dev.heng.application.port.in;

import dev.heng.domain.access.Caller;
import dev.heng.domain.attainment.SubjectType;
import java.time.Instant;

/**
 * Asks for the hourly attainment of an agent or a team over a range.
 *
 * @param caller who asks; agents see only themselves, team leads their team and its members, no
 *     agent sees a team's
 * @param subjectType agent or team
 * @param subjectId the agent's or team's external id
 * @param from the range's start: hours starting at or after it
 * @param to the range's end: hours starting before it
 */
public record FindAttainmentQuery(
    Caller caller, SubjectType subjectType, String subjectId, Instant from, Instant to) {

  /**
   * @throws IllegalArgumentException if a value is missing or {@code from} is not before {@code to}
   */
  public FindAttainmentQuery {
    if (caller == null || subjectType == null || subjectId == null || from == null || to == null) {
      throw new IllegalArgumentException(
          "caller, subjectType, subjectId, from and to must not be null");
    }
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("from must be before to, were " + from + " and " + to);
    }
  }
}
