package dev.heng.domain.alert;

import dev.heng.domain.attainment.HourlyMetric;
import dev.heng.domain.attainment.MetricHour;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides anomaly alerts for one hour. For each observation (a metric of an agent or a team):
 *
 * <ul>
 *   <li>only metrics that are means over the hour's tickets are judged (first response,
 *       satisfaction, complaint rate, handle time); the resolved-tickets count is not (see {@link
 *       #judges}), and its observations change nothing;
 *   <li>the baseline is the plain mean of the metric over the comparable hours that have data;
 *       weeks without data are left out, not counted as 0;
 *   <li>the hour can be judged only when its value rests on at least {@code minVolume} tickets, at
 *       least one comparable hour has data, those hours rest on at least {@code minBaselineVolume}
 *       tickets together, and the baseline is above 0 (a deviation from 0 has no size);
 *   <li>the deviation is {@code (value - baseline) / baseline}; the condition holds when its
 *       absolute value is strictly above the settings' {@code deviation};
 *   <li>a condition that holds raises an alert unless one already stands for the subject and
 *       metric; a judged hour within the band resolves the standing one; an hour that cannot be
 *       judged changes nothing.
 * </ul>
 *
 * Standing alerts of other kinds are ignored.
 */
public final class AnomalyRule {

  private static final Duration WEEK = Duration.ofDays(7);

  private final AnomalySettings settings;

  /**
   * @throws IllegalArgumentException if settings is null
   */
  public AnomalyRule(AnomalySettings settings) {
    if (settings == null) {
      throw new IllegalArgumentException("settings must not be null");
    }
    this.settings = settings;
  }

  /**
   * Whether anomalies of the metric are judged. The resolved-tickets count is not: an hour in which
   * a subject resolved nothing has no value of it, so its baseline would leave out the zero hours
   * and sit too high, and a drop to 0 (the drop that matters) has no hour to be judged in. Every
   * other hourly metric is a mean over the hour's tickets, for which an hour without tickets has
   * rightly no value.
   *
   * @throws IllegalArgumentException if metric is null
   */
  public static boolean judges(HourlyMetric metric) {
    if (metric == null) {
      throw new IllegalArgumentException("metric must not be null");
    }
    return metric != HourlyMetric.RESOLVED_TICKETS;
  }

  // Known gap: comparable hours are whole UTC weeks back, so after a daylight saving change a
  // tenant's local peak hour is compared with a baseline an hour off, until the baseline weeks
  // have passed.
  /**
   * The hours comparable with {@code hourStart}: the same hour of the week in each of the {@code
   * weeks} earlier weeks, most recent first.
   *
   * @throws IllegalArgumentException if hourStart is null or weeks is below 1
   */
  public static List<Instant> comparableHours(Instant hourStart, int weeks) {
    if (hourStart == null || weeks < 1) {
      throw new IllegalArgumentException(
          "hourStart must be set and weeks 1 or more, were " + hourStart + " and " + weeks);
    }
    List<Instant> hours = new ArrayList<>(weeks);
    for (int week = 1; week <= weeks; week++) {
      hours.add(hourStart.minus(WEEK.multipliedBy(week)));
    }
    return hours;
  }

  /**
   * Compares the hour's observations with the standing alerts.
   *
   * @param hourStart the hour checked
   * @param observations one per subject and metric
   * @param standing the tenant's standing alerts; other kinds and statuses are ignored
   * @return what to raise, in the order of the observations, and what to resolve, in the order of
   *     the alerts
   * @throws IllegalArgumentException if a subject and metric appear twice
   */
  public AnomalyDecision decide(
      Instant hourStart, Collection<AnomalyObservation> observations, Collection<Alert> standing) {
    Map<String, Alert> byKey = new HashMap<>();
    for (Alert alert : standing) {
      if (alert.kind() == AlertKind.ANOMALY && alert.status().standing()) {
        byKey.put(alert.conditionKey(), alert);
      }
    }
    Set<String> seen = new HashSet<>();
    List<RaisedAnomaly> raise = new ArrayList<>();
    Set<String> backInBand = new HashSet<>();
    for (AnomalyObservation observation : observations) {
      String key = observation.openKey();
      if (!seen.add(key)) {
        throw new IllegalArgumentException("observations name " + key + " twice");
      }
      if (!judges(observation.metric())) {
        continue;
      }
      RaisedAnomaly anomaly = judge(hourStart, observation);
      if (anomaly != null && !byKey.containsKey(key)) {
        raise.add(anomaly);
      } else if (anomaly == null && judged(observation)) {
        backInBand.add(key);
      }
    }

    // Known gap: an anomaly alert resolves only on a judged hour back within the band, so an alert
    // about an agent who left or a team that stopped working stands until someone resolves it.
    List<Alert> resolve = new ArrayList<>();
    for (Alert alert : byKey.values()) {
      if (backInBand.contains(alert.conditionKey())) {
        resolve.add(alert);
      }
    }
    resolve.sort((a, b) -> Long.compare(a.id(), b.id()));
    return new AnomalyDecision(hourStart, raise, resolve);
  }

  // Known gap: a baseline of 0 is never judged, so the first complaints after a clean record raise
  // no anomaly alert.
  /** Whether the hour and its baseline rest on enough tickets to be judged. */
  private boolean judged(AnomalyObservation observation) {
    MetricHour current = observation.current();
    if (current == null || current.volume() < settings.minVolume()) {
      return false;
    }
    if (observation.comparable().isEmpty()) {
      return false;
    }
    return baselineVolume(observation) >= settings.minBaselineVolume() && baseline(observation) > 0;
  }

  /** The alert the observation calls for, or null when it cannot be judged or is within band. */
  private RaisedAnomaly judge(Instant hourStart, AnomalyObservation observation) {
    if (!judged(observation)) {
      return null;
    }
    double baseline = baseline(observation);
    double value = observation.current().value();
    double deviation = (value - baseline) / baseline;
    if (!(Math.abs(deviation) > settings.deviation())) {
      return null;
    }
    double edge = baseline * (1 + Math.signum(deviation) * settings.deviation());
    AnomalyDetail detail =
        new AnomalyDetail(
            observation.subjectType(),
            observation.metric(),
            hourStart,
            baseline,
            deviation,
            observation.current().volume(),
            observation.comparable().size(),
            baselineVolume(observation),
            observation.current().tickets());
    return new RaisedAnomaly(observation.subjectId(), observation.teamId(), value, edge, detail);
  }

  private static double baseline(AnomalyObservation observation) {
    double sum = 0;
    for (MetricHour hour : observation.comparable()) {
      sum += hour.value();
    }
    return sum / observation.comparable().size();
  }

  private static int baselineVolume(AnomalyObservation observation) {
    int volume = 0;
    for (MetricHour hour : observation.comparable()) {
      volume += hour.volume();
    }
    return volume;
  }
}
