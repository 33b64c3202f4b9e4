package dev.heng.domain.scoring;

import java.util.Locale;

/** The metric catalogue: what a scorecard may measure. */
public enum Metric {
  /** The effective workload coefficient: volume weighted by pool size and difficulty. */
  WEIGHTED_VOLUME(ScorecardDimension.BASIC, true, Kind.PLAIN),
  /** First-response time, observed over expected for the channel, priority and case mix. */
  FIRST_RESPONSE(ScorecardDimension.BASIC, false, Kind.ADJUSTED),
  /** Share of tickets resolved, observed over expected. */
  RESOLUTION_RATE(ScorecardDimension.QUALITY, true, Kind.ADJUSTED),
  /** Mean satisfaction rating, observed over expected. */
  SATISFACTION(ScorecardDimension.QUALITY, true, Kind.ADJUSTED),
  /** Share of tickets with a complaint, observed over expected. */
  COMPLAINT_RATE(ScorecardDimension.QUALITY, false, Kind.ADJUSTED),
  /** Handle time, observed over expected. */
  HANDLE_EFFORT(ScorecardDimension.QUALITY, false, Kind.ADJUSTED),
  /**
   * Knowledge-contribution credit earned in the period: reuse of the agent's articles by others,
   * weighted by the outcome of the tickets they resolved, plus a smaller share for writing and
   * revising articles.
   */
  KNOWLEDGE_CONTRIBUTION(ScorecardDimension.QUALITY, true, Kind.PLAIN),
  /**
   * Knowledge-retrieval success: of the agent's tickets that knowledge was searched for, the share
   * that got an article linked, observed over expected for tickets like them (customer difficulty,
   * priority, channel, category).
   */
  KNOWLEDGE_RETRIEVAL(ScorecardDimension.QUALITY, true, Kind.ADJUSTED),
  /**
   * Mean emotion recovery of the tickets the agent resolved in the period: the customer's last
   * message score minus the first, in [-2, 2], over tickets with analysed customer messages.
   */
  EMOTION_RECOVERY(ScorecardDimension.QUALITY, true, Kind.PLAIN),
  /** Improvement suggestions adopted in the period. */
  ADOPTED_SUGGESTIONS(ScorecardDimension.DEVELOPMENT, true, Kind.PLAIN),
  /** Cross-team collaboration cases in the period. */
  COLLABORATION(ScorecardDimension.DEVELOPMENT, true, Kind.PLAIN),
  /** Mean training score (0..100) in the period. */
  TRAINING(ScorecardDimension.DEVELOPMENT, true, Kind.PLAIN);

  /** Whether a metric is judged against an expectation or taken as it is. */
  public enum Kind {
    /** Observed over expected, shrunk towards 1, with an interval. */
    ADJUSTED,
    /** The value itself. */
    PLAIN
  }

  private final ScorecardDimension dimension;
  private final boolean higherIsBetter;
  private final Kind kind;

  Metric(ScorecardDimension dimension, boolean higherIsBetter, Kind kind) {
    this.dimension = dimension;
    this.higherIsBetter = higherIsBetter;
    this.kind = kind;
  }

  /** The scorecard dimension the metric counts towards. */
  public ScorecardDimension dimension() {
    return dimension;
  }

  /** Whether a higher value is better (a higher resolution rate) or worse (more complaints). */
  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  /** Whether the metric is case-mix adjusted. */
  public Kind kind() {
    return kind;
  }

  /**
   * Whether the metric's expectation takes the agent's load into account, when the quality settings
   * adjust for load: every adjusted metric but knowledge retrieval, which load has no reason to
   * move.
   */
  public boolean adjustsForLoad() {
    return kind == Kind.ADJUSTED && this != KNOWLEDGE_RETRIEVAL;
  }

  /** The metric's name in configuration and answers, such as {@code complaint_rate}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Finds a metric by its key.
   *
   * @throws IllegalArgumentException naming the key if the catalogue has no such metric
   */
  public static Metric ofKey(String key) {
    for (Metric metric : values()) {
      if (metric.key().equals(key)) {
        return metric;
      }
    }
    throw new IllegalArgumentException("the metric catalogue has no metric '" + key + "'");
  }
}
