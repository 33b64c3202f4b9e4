package dev.heng.application.port.in;

import dev.heng.domain.attainment.AttainmentHour;
import dev.heng.domain.attainment.SubjectType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The hourly attainment of one subject over a range.
 *
 * @param subjectType agent or team
 * @param subjectId the agent's or team's external id
 * @param from the range's start
 * @param to the range's end
 * @param hours the stored hours in the range, in time order; hours without data are absent
 */
public record AttainmentSeries(
    SubjectType subjectType,
    String subjectId,
    Instant from,
    Instant to,
    List<AttainmentHour> hours) {

  /**
   * @throws IllegalArgumentException naming the value if one is null, to is not after from, or the
   *     hours hold null
   */
  public AttainmentSeries {
    if (subjectType == null || subjectId == null) {
      throw new IllegalArgumentException(
          "subjectType and subjectId must be set, were "
              + subjectType
              + " and '"
              + subjectId
              + "'");
    }
    if (from == null || to == null || !from.isBefore(to)) {
      throw new IllegalArgumentException("from must be before to, were " + from + " and " + to);
    }
    if (hours == null || hours.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException("hours must be a list without nulls, was " + hours);
    }
    hours = List.copyOf(hours);
  }
}
