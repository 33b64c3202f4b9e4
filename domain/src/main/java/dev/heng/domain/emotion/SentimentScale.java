package dev.heng.domain.emotion;

import java.util.List;

/** How five-class sentiment probabilities become one score in [-1, 1]. */
public final class SentimentScale {

  /** The number of sentiment classes: very negative, negative, neutral, positive, very positive. */
  public static final int CLASSES = 5;

  private SentimentScale() {}

  /**
   * The expected class, rescaled to [-1, 1]: {@code sum_i p_i * (i - 2) / 2} over the classes
   * {@code i = 0..4}, so all mass on "very negative" gives -1, on "neutral" 0, on "very positive"
   * 1.
   *
   * @param probabilities five probabilities summing to 1
   * @return the score in [-1, 1]
   */
  public static double expectedScore(List<Double> probabilities) {
    List<Double> checked = checkedProbabilities(probabilities);
    double score = 0;
    for (int i = 0; i < CLASSES; i++) {
      score += checked.get(i) * (i - 2) / 2.0;
    }
    return clamp(score);
  }

  /**
   * The token-weighted mean of sentence scores: {@code sum(tokens_s * score_s) / sum(tokens_s)}.
   *
   * @param sentences at least one sentence
   * @return the mean score in [-1, 1]
   */
  public static double lengthWeighted(List<SentenceSentiment> sentences) {
    if (sentences == null || sentences.isEmpty()) {
      throw new IllegalArgumentException("sentences must not be empty, was " + sentences);
    }
    double weighted = 0;
    long tokens = 0;
    for (SentenceSentiment sentence : sentences) {
      weighted += sentence.tokens() * sentence.score();
      tokens += sentence.tokens();
    }
    return clamp(weighted / tokens);
  }

  /** Clamps a value to [-1, 1]; NaN is refused. */
  public static double clamp(double score) {
    if (Double.isNaN(score)) {
      throw new IllegalArgumentException("score must be a number, was NaN");
    }
    return Math.max(-1, Math.min(1, score));
  }

  static void checkScore(String argument, double score) {
    if (!(score >= -1 && score <= 1)) {
      throw new IllegalArgumentException(argument + " must be in [-1, 1], was " + score);
    }
  }

  static List<Double> checkedProbabilities(List<Double> probabilities) {
    if (probabilities == null || probabilities.size() != CLASSES) {
      throw new IllegalArgumentException(
          "probabilities must hold " + CLASSES + " values, was " + probabilities);
    }
    double sum = 0;
    for (Double p : probabilities) {
      if (p == null || !(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException(
            "probabilities must each be in [0, 1], was " + probabilities);
      }
      sum += p;
    }
    if (Math.abs(sum - 1) > 0.01) {
      throw new IllegalArgumentException("probabilities must sum to 1, was " + probabilities);
    }
    return List.copyOf(probabilities);
  }
}
