package dev.heng.application.port.in;

import dev.heng.domain.attainment.AttainmentHour;
import dev.heng.domain.attainment.SubjectType;
import java.time.Instant;
import java.util.List;

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

  public AttainmentSeries {
    hours = List.copyOf(hours);
  }
}
