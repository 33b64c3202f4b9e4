package dev.heng.domain.scoring;

/**
 * How a customer's tickets opened, read for grading: of the customer's tickets in the grading
 * window whose opening customer message has a sentiment score, how many read negative. The opening
 * message is written before any agent answers, so it measures the customer, not the agent who kept
 * them.
 *
 * @param customerId the customer's external id
 * @param scoredOpenings tickets whose opening customer message was scored, at least 1
 * @param negativeOpenings those whose opening message scored below {@link #NEGATIVE_BELOW}, at most
 *     {@code scoredOpenings}
 */
public record CustomerEmotion(String customerId, int scoredOpenings, int negativeOpenings) {

  /**
   * The score in [-1, 1] below which a message reads negative: the lowest cut point of the
   * three-class reading of sentiment scores (negative, neutral, positive).
   */
  public static final double NEGATIVE_BELOW = -0.04;

  /**
   * @throws IllegalArgumentException if the customer id is blank, no opening was scored, or more
   *     openings are negative than were scored
   */
  public CustomerEmotion {
    if (customerId == null || customerId.isBlank()) {
      throw new IllegalArgumentException("customerId must not be blank, was '" + customerId + "'");
    }
    if (scoredOpenings < 1) {
      throw new IllegalArgumentException(
          "scoredOpenings must be at least 1, was " + scoredOpenings);
    }
    if (negativeOpenings < 0 || negativeOpenings > scoredOpenings) {
      throw new IllegalArgumentException(
          "negativeOpenings must lie in 0.." + scoredOpenings + ", was " + negativeOpenings);
    }
  }
}
