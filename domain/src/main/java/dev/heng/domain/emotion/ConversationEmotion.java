package dev.heng.domain.emotion;

import java.util.List;

/**
 * How a customer's emotion moved over one ticket, from the scores of their messages in time order.
 *
 * <p>The index combines the three measures into one figure from 0 (the conversation ended as badly
 * as possible, touched the bottom and swung wildly) to 100 (it ended as well as possible, never
 * went low and stayed steady):
 *
 * <pre>
 * index = 100 * (0.5 * (recovery + 2) / 4 + 0.3 * (lowest + 1) / 2 + 0.2 * (1 - volatility / 2))
 * </pre>
 *
 * Recovery carries half the weight because it is what the agent changed; the lowest point shows how
 * bad things got; volatility penalises a conversation that lurched between moods. A single message
 * has volatility 0 and recovery 0, so its index depends only on its score.
 *
 * @param messages the number of scored customer messages, at least 1
 * @param first the first message's score in [-1, 1]
 * @param last the last message's score in [-1, 1]
 * @param lowest the lowest score in [-1, 1]
 * @param volatility the mean absolute change between consecutive messages, in [0, 2]; 0 for one
 *     message
 * @param recovery last minus first, in [-2, 2]; positive when the customer ended happier
 * @param index the combined index in [0, 100], higher is better handled
 */
public record ConversationEmotion(
    int messages,
    double first,
    double last,
    double lowest,
    double volatility,
    double recovery,
    double index) {

  /** Weight of recovery in the index. */
  public static final double RECOVERY_WEIGHT = 0.5;

  /** Weight of the lowest point in the index. */
  public static final double LOWEST_WEIGHT = 0.3;

  /** Weight of steadiness (one minus half the volatility) in the index. */
  public static final double STEADINESS_WEIGHT = 0.2;

  public ConversationEmotion {
    if (messages < 1) {
      throw new IllegalArgumentException("messages must be at least 1, was " + messages);
    }
    SentimentScale.checkScore("first", first);
    SentimentScale.checkScore("last", last);
    SentimentScale.checkScore("lowest", lowest);
    if (!(volatility >= 0 && volatility <= 2)) {
      throw new IllegalArgumentException("volatility must be in [0, 2], was " + volatility);
    }
    if (!(recovery >= -2 && recovery <= 2)) {
      throw new IllegalArgumentException("recovery must be in [-2, 2], was " + recovery);
    }
    if (!(index >= 0 && index <= 100)) {
      throw new IllegalArgumentException("index must be in [0, 100], was " + index);
    }
  }

  /**
   * Measures a conversation.
   *
   * @param scores the customer's message scores in time order, each in [-1, 1], at least one
   * @return the measures and their index
   */
  public static ConversationEmotion of(List<Double> scores) {
    if (scores == null || scores.isEmpty()) {
      throw new IllegalArgumentException("scores must not be empty, was " + scores);
    }
    double lowest = 1;
    double change = 0;
    for (int i = 0; i < scores.size(); i++) {
      Double score = scores.get(i);
      if (score == null) {
        throw new IllegalArgumentException("scores must not hold null, was " + scores);
      }
      SentimentScale.checkScore("scores[" + i + "]", score);
      lowest = Math.min(lowest, score);
      if (i > 0) {
        change += Math.abs(score - scores.get(i - 1));
      }
    }
    double first = scores.getFirst();
    double last = scores.getLast();
    double volatility = scores.size() > 1 ? change / (scores.size() - 1) : 0;
    double recovery = last - first;
    double index =
        100
            * (RECOVERY_WEIGHT * (recovery + 2) / 4
                + LOWEST_WEIGHT * (lowest + 1) / 2
                + STEADINESS_WEIGHT * (1 - volatility / 2));

    return new ConversationEmotion(
        scores.size(),
        first,
        last,
        lowest,
        volatility,
        recovery,
        Math.max(0, Math.min(100, index)));
  }
}
