package dev.heng.domain.attainment;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * One subject's attainment in one hour: per dimension and per hourly metric. A subject has an hour
 * only when at least one of its tickets falls in it.
 *
 * @param subjectType agent or team
 * @param subjectId the agent's or team's external id
 * @param teamId for an agent its current team (null when it has none); for a team the team itself
 * @param hourStart the start of the hour, on a whole UTC hour
 * @param dimensions the dimensions with data in the hour, in dimension order
 * @param metrics the hourly metrics with data in the hour, in metric order
 */
public record AttainmentHour(
    SubjectType subjectType,
    String subjectId,
    String teamId,
    Instant hourStart,
    List<DimensionHour> dimensions,
    List<MetricHour> metrics) {

  /**
   * @throws IllegalArgumentException if a value is missing or the hour does not start on a whole
   *     hour
   */
  public AttainmentHour {
    if (subjectType == null || subjectId == null || subjectId.isBlank() || hourStart == null) {
      throw new IllegalArgumentException(
          "subjectType, subjectId and hourStart must be set, were "
              + subjectType
              + ", '"
              + subjectId
              + "' and "
              + hourStart);
    }
    if (!hourStart.truncatedTo(ChronoUnit.HOURS).equals(hourStart)) {
      throw new IllegalArgumentException("hourStart must be a whole hour, was " + hourStart);
    }
    dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    metrics = metrics == null ? List.of() : List.copyOf(metrics);
  }

  /** The hour's figure of {@code metric}, or empty when the subject had no data for it. */
  public Optional<MetricHour> metric(HourlyMetric metric) {
    return metrics.stream().filter(m -> m.metric() == metric).findFirst();
  }
}
