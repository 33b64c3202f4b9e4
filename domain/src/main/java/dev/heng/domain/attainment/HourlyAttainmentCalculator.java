package dev.heng.domain.attainment;

import dev.heng.domain.scoring.MetricSetting;
import dev.heng.domain.scoring.Normalisation;
import dev.heng.domain.scoring.ScorecardDimension;
import dev.heng.domain.scoring.ScoringConfig;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Computes one hour's attainment of every agent and team from the tickets of that hour.
 *
 * <p>A ticket counts for its current assignee and that agent's current team, in the hour its first
 * response falls in (first response) and in the hour its resolution falls in (resolved tickets,
 * satisfaction, complaint rate, handle time). Each hourly metric is normalised to 0..100 the way
 * the tenant's card normalises the scorecard metric it stands for, against the subjects of the same
 * kind (agents, or teams) with data in the same hour:
 *
 * <ul>
 *   <li>{@code peers}: {@code 50 + 20 z}, clipped, z the value's distance from those subjects' mean
 *       in standard deviations, turned so that better is higher; 50 when fewer than two subjects
 *       have data or they all have the same value;
 *   <li>{@code target}: the card's floor and target applied to the value over those subjects' mean,
 *       so 1.0 is the hour's average subject as it is the expected value (O/E) or the baseline load
 *       on the card; a mean of 0 counts as a ratio of 1.
 * </ul>
 *
 * A metric not on the card is normalised against peers. A dimension's attainment is the weighted
 * mean of the normalised values of its hourly metrics that are on the card with a weight above 0
 * and have data in the hour, with the card's weights; a dimension without such a metric has no
 * attainment in the hour. Instances hold only the configuration.
 */
public final class HourlyAttainmentCalculator {

  private static final Duration HOUR = Duration.ofHours(1);
  private static final double SECONDS_PER_MINUTE = 60.0;

  private final Map<HourlyMetric, MetricSetting> settings = new EnumMap<>(HourlyMetric.class);

  /**
   * @param config the tenant's scoring configuration, whose card gives the weights and
   *     normalisations
   * @throws IllegalArgumentException if config is null
   */
  public HourlyAttainmentCalculator(ScoringConfig config) {
    if (config == null) {
      throw new IllegalArgumentException("config must not be null");
    }
    for (HourlyMetric metric : HourlyMetric.values()) {
      for (MetricSetting setting : config.metrics()) {
        if (setting.metric() == metric.scorecardMetric()) {
          settings.put(metric, setting);
        }
      }
    }
  }

  /**
   * Computes the hour starting at {@code hourStart}.
   *
   * @param hourStart a whole UTC hour
   * @param tickets tickets of the tenant; those whose first response and resolution both fall
   *     outside the hour are ignored
   * @return one entry per agent and per team with data in the hour, agents first, each kind in
   *     order of id
   * @throws IllegalArgumentException if hourStart is null or not a whole hour
   */
  public List<AttainmentHour> compute(Instant hourStart, Collection<HourlyTicket> tickets) {
    if (hourStart == null || !hourStart.truncatedTo(ChronoUnit.HOURS).equals(hourStart)) {
      throw new IllegalArgumentException("hourStart must be a whole hour, was " + hourStart);
    }
    Instant hourEnd = hourStart.plus(HOUR);
    Map<SubjectType, Map<String, Tally>> tallies = new EnumMap<>(SubjectType.class);
    for (SubjectType type : SubjectType.values()) {
      tallies.put(type, new TreeMap<>());
    }
    for (HourlyTicket ticket : tickets) {
      boolean answered = within(ticket.firstResponseAt(), hourStart, hourEnd);
      boolean resolved = within(ticket.resolvedAt(), hourStart, hourEnd);
      if (!answered && !resolved) {
        continue;
      }
      tallies
          .get(SubjectType.AGENT)
          .computeIfAbsent(ticket.agentId(), id -> new Tally(ticket.teamId()))
          .add(ticket, answered, resolved);
      if (ticket.teamId() != null) {
        tallies
            .get(SubjectType.TEAM)
            .computeIfAbsent(ticket.teamId(), id -> new Tally(ticket.teamId()))
            .add(ticket, answered, resolved);
      }
    }

    List<AttainmentHour> hours = new ArrayList<>();
    for (SubjectType type : SubjectType.values()) {
      hours.addAll(hoursOf(type, tallies.get(type), hourStart));
    }
    return hours;
  }

  private List<AttainmentHour> hoursOf(
      SubjectType type, Map<String, Tally> bySubject, Instant hourStart) {
    Map<HourlyMetric, Map<String, Double>> values = new EnumMap<>(HourlyMetric.class);
    for (HourlyMetric metric : HourlyMetric.values()) {
      Map<String, Double> perSubject = new LinkedHashMap<>();
      bySubject.forEach(
          (id, tally) -> {
            if (tally.volume(metric) > 0) {
              perSubject.put(id, tally.value(metric));
            }
          });
      values.put(metric, perSubject);
    }

    List<AttainmentHour> hours = new ArrayList<>();
    for (Map.Entry<String, Tally> entry : bySubject.entrySet()) {
      String id = entry.getKey();
      Tally tally = entry.getValue();
      List<MetricHour> metrics = new ArrayList<>();
      for (HourlyMetric metric : HourlyMetric.values()) {
        Double value = values.get(metric).get(id);
        if (value != null) {
          double normalised = normalise(metric, value, values.get(metric).values());
          metrics.add(
              new MetricHour(
                  metric, value, tally.volume(metric), normalised, tally.tickets(metric)));
        }
      }
      String teamId = type == SubjectType.TEAM ? id : tally.teamId;
      hours.add(new AttainmentHour(type, id, teamId, hourStart, dimensions(metrics), metrics));
    }
    return hours;
  }

  private List<DimensionHour> dimensions(List<MetricHour> metrics) {
    List<DimensionHour> dimensions = new ArrayList<>();
    for (ScorecardDimension dimension : ScorecardDimension.values()) {
      double weighted = 0;
      double weights = 0;
      Set<String> tickets = new HashSet<>();
      for (MetricHour hour : metrics) {
        MetricSetting setting = settings.get(hour.metric());
        if (hour.metric().dimension() == dimension && setting != null && setting.weight() > 0) {
          weighted += setting.weight() * hour.normalised();
          weights += setting.weight();
          tickets.addAll(hour.tickets());
        }
      }
      if (weights > 0) {
        dimensions.add(new DimensionHour(dimension, clip(weighted / weights), tickets.size()));
      }
    }
    return dimensions;
  }

  /** The value on the card's 0..100 scale against the same hour's subjects of the same kind. */
  private double normalise(HourlyMetric metric, double value, Collection<Double> peers) {
    double mean = 0;
    for (double peer : peers) {
      mean += peer;
    }
    mean /= peers.size();
    MetricSetting setting = settings.get(metric);
    if (setting != null && setting.normalisation().mode() == Normalisation.Mode.TARGET) {
      double ratio = mean == 0 ? 1.0 : value / mean;
      Normalisation target = setting.normalisation();
      return clip(100 * (ratio - target.floor()) / (target.target() - target.floor()));
    }
    if (peers.size() < 2) {
      return 50;
    }
    double squares = 0;
    for (double peer : peers) {
      squares += (peer - mean) * (peer - mean);
    }
    double sd = Math.sqrt(squares / peers.size());
    if (sd == 0) {
      return 50;
    }
    double z = (value - mean) / sd;
    return clip(50 + 20 * (metric.higherIsBetter() ? z : -z));
  }

  private static double clip(double points) {
    return Math.max(0, Math.min(100, points));
  }

  private static boolean within(Instant time, Instant from, Instant to) {
    return time != null && !time.isBefore(from) && time.isBefore(to);
  }

  /** The sums behind one subject's hourly metrics. */
  private static final class Tally {

    private final String teamId;
    private final Map<HourlyMetric, Double> sums = new EnumMap<>(HourlyMetric.class);
    private final Map<HourlyMetric, List<String>> tickets = new EnumMap<>(HourlyMetric.class);

    Tally(String teamId) {
      this.teamId = teamId;
    }

    void add(HourlyTicket ticket, boolean answered, boolean resolved) {
      if (answered) {
        double minutes =
            Duration.between(ticket.createdAt(), ticket.firstResponseAt()).toSeconds()
                / SECONDS_PER_MINUTE;
        put(HourlyMetric.FIRST_RESPONSE, ticket, Math.max(0, minutes));
      }
      if (resolved) {
        put(HourlyMetric.RESOLVED_TICKETS, ticket, 1);
        put(HourlyMetric.COMPLAINT_RATE, ticket, ticket.complaint() ? 1 : 0);
        if (ticket.satisfaction() != null) {
          put(HourlyMetric.SATISFACTION, ticket, ticket.satisfaction());
        }
        if (ticket.handleSeconds() != null) {
          put(HourlyMetric.HANDLE_TIME, ticket, ticket.handleSeconds() / SECONDS_PER_MINUTE);
        }
      }
    }

    private void put(HourlyMetric metric, HourlyTicket ticket, double value) {
      sums.merge(metric, value, Double::sum);
      tickets.computeIfAbsent(metric, m -> new ArrayList<>()).add(ticket.externalId());
    }

    int volume(HourlyMetric metric) {
      return tickets.getOrDefault(metric, List.of()).size();
    }

    /** The count for resolved tickets, the mean for every other metric. */
    double value(HourlyMetric metric) {
      double sum = sums.getOrDefault(metric, 0.0);
      return metric == HourlyMetric.RESOLVED_TICKETS ? sum : sum / volume(metric);
    }

    List<String> tickets(HourlyMetric metric) {
      return tickets.getOrDefault(metric, List.of());
    }
  }
}
