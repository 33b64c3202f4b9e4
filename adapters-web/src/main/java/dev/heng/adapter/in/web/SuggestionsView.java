package dev.heng.adapter.in.web;

import dev.heng.domain.record.Channel;
import dev.heng.domain.record.Priority;
import dev.heng.domain.record.TrainingKind;
import dev.heng.domain.scoring.Metric;
import dev.heng.domain.scoring.ScorecardDimension;
import dev.heng.domain.suggestion.TrainingEvidence;
import java.time.Instant;
import java.util.List;

/**
 * An agent's improvement suggestions as the API shows them: the peers it is compared with, every
 * dimension and metric against their median, and for each weak metric the articles, training and
 * tickets behind the next steps, each with its figures, ids and one sentence.
 */
record SuggestionsView(
    String agentId,
    String period,
    PeersView peers,
    List<DimensionGapView> dimensions,
    List<MetricGapView> metrics,
    List<SuggestionView> suggestions,
    String summary) {

  /** The peer group; {@code agentIds} lists only the peers the caller may see. */
  record PeersView(
      double coefficient,
      double band,
      double lowest,
      double highest,
      int size,
      List<String> agentIds) {}

  /** One dimension against the peers' median. */
  record DimensionGapView(
      ScorecardDimension dimension,
      Double score,
      Double peerMedian,
      Double gapPoints,
      double contribution,
      double peerMedianContribution,
      double contributionGap,
      boolean weak) {}

  /** One metric against the peers' median. */
  record MetricGapView(
      Metric metric,
      Double value,
      Double peerMedianValue,
      Double ratio,
      Double peerMedianRatio,
      double normalised,
      double peerMedian,
      double gapPoints,
      double contribution,
      double peerMedianContribution,
      double contributionGap,
      int peersWithData,
      boolean weak) {}

  /** What the agent could do about one weak metric. */
  record SuggestionView(
      MetricGapView gap,
      String sentence,
      ArticlesView articles,
      TrainingView training,
      TicketsView tickets) {}

  /** The articles the top performers reuse for the agent's categories. */
  record ArticlesView(
      List<String> categories,
      int topPerformers,
      List<String> topPerformerIds,
      List<ArticleView> articles,
      String sentence) {}

  /** One article and how the top performers reused it. */
  record ArticleView(
      String articleId,
      String title,
      List<String> categories,
      int reuses,
      int reusers,
      List<String> reusedBy,
      List<String> ticketIds,
      double meanOutcome,
      int firstContact,
      int reopened,
      Double meanSatisfaction,
      int agentReuses) {}

  /** Training that preceded improvement among the peers, or why there is no such evidence. */
  record TrainingView(
      TrainingEvidence evidence,
      List<String> earlierRuns,
      List<TrainingEffectView> trainings,
      String sentence) {}

  /** One training and what followed it. */
  record TrainingEffectView(
      String title,
      TrainingKind kind,
      int peers,
      int improved,
      double meanChange,
      List<TrainingComparisonView> comparisons) {}

  /** One peer before and after a training. */
  record TrainingComparisonView(
      String agentId,
      String recordId,
      Instant completedAt,
      double trainingScore,
      String beforePeriod,
      String afterPeriod,
      double before,
      double after,
      double change) {}

  /** The agent's tickets that show the gap. */
  record TicketsView(int matching, int ofTickets, List<TicketView> tickets, String sentence) {}

  /** One ticket with its figures and the path of its trajectory. */
  record TicketView(
      String ticketId,
      String trajectory,
      String category,
      Priority priority,
      Channel channel,
      Instant createdAt,
      boolean complaint,
      Integer satisfaction,
      Long firstResponseSeconds,
      Integer handleSeconds,
      boolean resolved,
      int reopenCount) {}
}
