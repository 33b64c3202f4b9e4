package dev.heng.domain.scoring;

import java.util.Locale;

/**
 * The dimensions a customer's difficulty is graded on. Static ones come from the customer record;
 * history ones from the customer's tickets in the grading window, each rate shrunk towards the
 * tenant's rate by the grading's shrinkage (a customer with one ticket is mostly average). The
 * default weight is the change in log handle effort per standard deviation of the dimension, used
 * when weights are neither configured nor fitted.
 */
public enum DifficultyDimension {
  /** 1 for a business, 0 for a person. */
  SEGMENT(Kind.STATIC, 0.05),
  /** Value tier: 3 strategic, 2 high, 1 standard, 0 low. */
  VALUE_TIER(Kind.STATIC, 0.02),
  /** 1 for 24x7 service, 0 for business hours. */
  SERVICE_WINDOW(Kind.STATIC, 0.03),
  /** Product complexity 1..5. */
  PRODUCT_COMPLEXITY(Kind.STATIC, 0.08),
  /** ln(1 + yearly contract value); missing when unknown. */
  CONTRACT_VALUE(Kind.STATIC, 0.02),
  /** ln(1 + lifetime value); missing when unknown. */
  LIFETIME_VALUE(Kind.STATIC, 0.0),
  /** ln(1 + days as a customer); missing when unknown. */
  ACCOUNT_AGE(Kind.STATIC, 0.0),
  /**
   * ln(1 + tickets per 30 days), counted over the part of the window the tenant's history covers,
   * or over the account's life when that is shorter.
   */
  TICKET_FREQUENCY(Kind.HISTORY, 0.08),
  /**
   * Mean ln(handle seconds) of the customer's tickets, each against the mean of its channel (a call
   * takes longer than a chat whoever calls).
   */
  HANDLE_EFFORT(Kind.HISTORY, 0.12),
  /** Share of tickets escalated. */
  ESCALATION_RATE(Kind.HISTORY, 0.04),
  /** Share of tickets reopened at least once. */
  REOPEN_RATE(Kind.HISTORY, 0.03),
  /** Share of tickets with a complaint. */
  COMPLAINT_RATE(Kind.HISTORY, 0.03),
  /** Share of rated tickets rated 1 or 2. */
  LOW_RATING_SHARE(Kind.HISTORY, 0.02),
  /** Share of tickets not resolved. */
  UNRESOLVED_SHARE(Kind.HISTORY, 0.02),
  /** Share of tickets raised as urgent. */
  URGENT_SHARE(Kind.HISTORY, 0.04),
  /** Share of tickets on synchronous channels (phone and chat). */
  SYNCHRONOUS_SHARE(Kind.HISTORY, 0.03),
  /** Distinct problem categories per ticket. */
  CATEGORY_BREADTH(Kind.HISTORY, 0.01),
  /**
   * Share of the customer's tickets whose opening message reads negative (see {@link
   * CustomerEmotion}); missing for a customer none of whose openings has a sentiment score.
   */
  NEGATIVE_EMOTION_SHARE(Kind.HISTORY, 0.03);

  /** Where a dimension's value comes from. */
  public enum Kind {
    STATIC,
    HISTORY
  }

  private final Kind kind;
  private final double defaultWeight;

  DifficultyDimension(Kind kind, double defaultWeight) {
    this.kind = kind;
    this.defaultWeight = defaultWeight;
  }

  /** Whether the value comes from the customer record or from its tickets. */
  public Kind kind() {
    return kind;
  }

  /** The weight used when weights are neither configured nor fitted. */
  public double defaultWeight() {
    return defaultWeight;
  }

  /** The dimension's name in configuration and answers, such as {@code ticket_frequency}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Finds a dimension by its key.
   *
   * @throws IllegalArgumentException naming the key if there is no such dimension
   */
  public static DifficultyDimension ofKey(String key) {
    for (DifficultyDimension dimension : values()) {
      if (dimension.key().equals(key)) {
        return dimension;
      }
    }
    throw new IllegalArgumentException("no difficulty dimension is called '" + key + "'");
  }
}
