package dev.heng.domain.suggestion;

import dev.heng.domain.knowledge.ArticleFacts;
import dev.heng.domain.knowledge.ArticleLink;
import dev.heng.domain.knowledge.KnowledgeTicket;
import dev.heng.domain.record.Channel;
import dev.heng.domain.record.ContributionRecord;
import dev.heng.domain.record.ContributionType;
import dev.heng.domain.record.Priority;
import dev.heng.domain.record.Ticket;
import dev.heng.domain.record.TrainingKind;
import dev.heng.domain.scoring.DimensionScore;
import dev.heng.domain.scoring.Metric;
import dev.heng.domain.scoring.MetricScore;
import dev.heng.domain.scoring.Scorecard;
import dev.heng.domain.scoring.ScorecardDimension;
import dev.heng.domain.scoring.Workload;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scorecards and records made by hand. A card carries six metrics of the default card at their
 * default weights; every metric not named scores 60, and each contributes weight x normalised /
 * 100.
 */
final class CraftedCards {

  static final Map<Metric, Double> WEIGHTS = new EnumMap<>(Metric.class);

  static {
    WEIGHTS.put(Metric.WEIGHTED_VOLUME, 15.0);
    WEIGHTS.put(Metric.FIRST_RESPONSE, 15.0);
    WEIGHTS.put(Metric.RESOLUTION_RATE, 12.0);
    WEIGHTS.put(Metric.SATISFACTION, 16.0);
    WEIGHTS.put(Metric.COMPLAINT_RATE, 12.0);
    WEIGHTS.put(Metric.TRAINING, 10.0);
  }

  private CraftedCards() {}

  static Scorecard card(String agentId, double coefficient, Map<Metric, Double> normalised) {
    return card(agentId, "team-1", "2026-11", coefficient, normalised);
  }

  static Scorecard card(
      String agentId,
      String teamId,
      String period,
      double coefficient,
      Map<Metric, Double> normalised) {
    List<DimensionScore> dimensions = new ArrayList<>();
    double total = 0;
    for (ScorecardDimension dimension : ScorecardDimension.values()) {
      List<MetricScore> metrics = new ArrayList<>();
      double weight = 0;
      double points = 0;
      for (Map.Entry<Metric, Double> entry : WEIGHTS.entrySet()) {
        Metric metric = entry.getKey();
        if (metric.dimension() != dimension) {
          continue;
        }
        double value = normalised.getOrDefault(metric, 60.0);
        double contribution = entry.getValue() * value / 100;
        boolean adjusted = metric.kind() == Metric.Kind.ADJUSTED;
        metrics.add(
            new MetricScore(
                metric,
                value / 100,
                adjusted ? 0.5 : null,
                adjusted ? value / 50 : null,
                null,
                null,
                20,
                value,
                entry.getValue(),
                entry.getValue(),
                contribution));
        weight += entry.getValue();
        points += contribution;
      }
      dimensions.add(new DimensionScore(dimension, weight, 100 * points / weight, metrics));
      total += points;
    }
    Workload workload = new Workload(agentId, 40, 50, 40, 40, coefficient, 0, 0, coefficient);
    return new Scorecard(agentId, teamId, period, 0, total, 0, workload, 1.0, dimensions);
  }

  static Ticket ticket(
      String id,
      String assignee,
      String category,
      Instant created,
      boolean complaint,
      Integer satisfaction,
      Integer firstResponseSeconds) {
    return new Ticket(
        id,
        "cust-" + id,
        assignee,
        Channel.CHAT,
        category,
        Priority.NORMAL,
        created,
        firstResponseSeconds == null ? null : created.plusSeconds(firstResponseSeconds),
        created.plusSeconds(3_600),
        0,
        satisfaction,
        complaint,
        false,
        600,
        null,
        null,
        null);
  }

  static KnowledgeTicket resolved(String id, String assignee, String category, int rating) {
    Instant created = Instant.parse("2026-11-10T09:00:00Z");
    return new KnowledgeTicket(
        id,
        assignee,
        category,
        null,
        null,
        null,
        created,
        created.plusSeconds(3_600),
        0,
        false,
        rating,
        600);
  }

  static ArticleLink link(String eventId, String ticketId, String articleId, String agentId) {
    return new ArticleLink(
        eventId, ticketId, articleId, agentId, Instant.parse("2026-11-10T09:30:00Z"));
  }

  static ArticleFacts article(String id, String title) {
    Instant written = Instant.parse("2026-06-01T00:00:00Z");
    return new ArticleFacts(id, "author", title, 1, written, written, "author");
  }

  static ContributionRecord training(String id, String agentId, String title, Instant at) {
    return new ContributionRecord(
        id,
        agentId,
        ContributionType.TRAINING_RESULT,
        at,
        title,
        null,
        null,
        TrainingKind.SIMULATION,
        80.0);
  }
}
