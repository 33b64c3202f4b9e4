package dev.heng.domain.diagnosis;

import dev.heng.domain.access.AccessScope;
import dev.heng.domain.record.Channel;
import dev.heng.domain.record.Customer;
import dev.heng.domain.record.Priority;
import dev.heng.domain.record.RetentionStatus;
import dev.heng.domain.record.Segment;
import dev.heng.domain.record.ServiceWindow;
import dev.heng.domain.record.ValueTier;
import dev.heng.domain.scoring.DifficultyGrading;
import dev.heng.domain.scoring.DimensionScore;
import dev.heng.domain.scoring.FairnessSummary;
import dev.heng.domain.scoring.Metric;
import dev.heng.domain.scoring.MetricScore;
import dev.heng.domain.scoring.Scorecard;
import dev.heng.domain.scoring.ScorecardDimension;
import dev.heng.domain.scoring.ScoringPeriod;
import dev.heng.domain.scoring.ScoringResult;
import dev.heng.domain.scoring.TicketFacts;
import dev.heng.domain.scoring.Workload;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A quarter built by hand: scorecards with chosen workload, quality, score and team bonus, and
 * customers with chosen ratings, retention and lifetime value.
 */
final class CraftedQuarter {

  static final ScoringPeriod Q4 = ScoringPeriod.parse("2026-Q4");
  static final Instant OCTOBER = Instant.parse("2026-10-05T10:00:00Z");
  static final Instant NOVEMBER = Instant.parse("2026-11-05T10:00:00Z");

  private final List<Scorecard> quarter = new ArrayList<>();
  private final Map<String, List<Scorecard>> months = new HashMap<>();
  private final List<Customer> customers = new ArrayList<>();
  private final List<TicketFacts> tickets = new ArrayList<>();
  private double bonusPoints;

  /** Adds an agent's quarter scorecard; {@code earned} is what its metrics earned. */
  CraftedQuarter agent(
      String agentId, String teamId, double workload, Double quality, double earned, double bonus) {
    quarter.add(card(agentId, teamId, "2026-Q4", workload, quality, earned, bonus));
    return this;
  }

  /** Adds an agent's scorecard for a month of the quarter. */
  CraftedQuarter month(String month, String agentId, double workload, Double quality) {
    months
        .computeIfAbsent(month, m -> new ArrayList<>())
        .add(card(agentId, null, month, workload, quality, 50, 0));
    return this;
  }

  CraftedQuarter bonusPoints(double points) {
    this.bonusPoints = points;
    return this;
  }

  /** Adds a customer with tickets raised in October by the agent, one per rating. */
  CraftedQuarter customer(
      String id, String agentId, RetentionStatus retention, Double lifetimeValue, int... ratings) {
    customers.add(
        new Customer(
            id,
            Segment.INDIVIDUAL,
            ValueTier.STANDARD,
            ServiceWindow.BUSINESS_HOURS,
            2,
            agentId,
            lifetimeValue,
            null,
            retention,
            LocalDate.of(2024, 1, 1),
            Map.of()));
    if (ratings.length == 0) {
      tickets.add(ticket(id, agentId, OCTOBER, null));
    }
    for (int rating : ratings) {
      tickets.add(ticket(id, agentId, OCTOBER, rating));
    }
    return this;
  }

  /** Adds an unrated ticket raised by a customer at the given time. */
  CraftedQuarter ticket(String customerId, String agentId, Instant createdAt) {
    tickets.add(ticket(customerId, agentId, createdAt, null));
    return this;
  }

  DiagnosisInput input(AccessScope scope) {
    Map<String, ScoringResult> monthly = new HashMap<>();
    months.forEach((month, cards) -> monthly.put(month, result(ScoringPeriod.parse(month), cards)));
    return new DiagnosisInput(
        Q4,
        scope,
        3,
        bonusPoints,
        quarter.isEmpty() ? null : result(Q4, quarter),
        monthly,
        customers,
        tickets);
  }

  DiagnosisInput input() {
    return input(new AccessScope.WholeTenant());
  }

  private TicketFacts ticket(String customerId, String agentId, Instant at, Integer rating) {
    return new TicketFacts(
        "t-" + (tickets.size() + 1),
        customerId,
        agentId,
        Channel.EMAIL,
        "billing",
        Priority.NORMAL,
        at,
        600L,
        true,
        0,
        rating,
        false,
        false,
        900);
  }

  private static ScoringResult result(ScoringPeriod period, List<Scorecard> cards) {
    return new ScoringResult(
        period,
        3,
        new DifficultyGrading(DifficultyGrading.Source.CONFIGURED, Map.of(), Map.of(), 0, Map.of()),
        cards,
        FairnessSummary.of(cards),
        Map.of());
  }

  private static Scorecard card(
      String agentId,
      String teamId,
      String period,
      double workload,
      Double quality,
      double earned,
      double bonus) {
    MetricScore volume =
        new MetricScore(
            Metric.WEIGHTED_VOLUME, workload, null, null, null, null, 10, 50.0, 30, 30, earned);
    MetricScore satisfaction =
        new MetricScore(Metric.SATISFACTION, null, null, null, null, null, 10, quality, 70, 70, 0);
    return new Scorecard(
        agentId,
        teamId,
        period,
        3,
        Math.min(100, earned + bonus),
        bonus,
        new Workload(agentId, 40, 10, 40, 40, 1, 0, 0, workload),
        1.0,
        List.of(
            new DimensionScore(ScorecardDimension.BASIC, 30, 50.0, List.of(volume)),
            new DimensionScore(ScorecardDimension.QUALITY, 70, quality, List.of(satisfaction))));
  }
}
