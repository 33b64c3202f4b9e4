package dev.heng.domain.suggestion;

import dev.heng.domain.scoring.DimensionScore;
import dev.heng.domain.scoring.Metric;
import dev.heng.domain.scoring.MetricScore;
import dev.heng.domain.scoring.Scorecard;
import dev.heng.domain.scoring.ScorecardDimension;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Medians, quantiles, look-ups on scorecards and the number format of sentences. */
final class Figures {

  private Figures() {}

  /** The median of the values; NaN when there are none. */
  static double median(Collection<Double> values) {
    return quantile(values, 0.5);
  }

  /**
   * The q-quantile of the values, interpolated linearly between order statistics (position {@code q
   * x (n - 1)}); NaN when there are none.
   */
  static double quantile(Collection<Double> values, double q) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    double position = q * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(sorted.length - 1, below + 1);
    return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
  }

  /** The median, or null when there are no values. */
  static Double medianOrNull(List<Double> values) {
    return values.isEmpty() ? null : median(values);
  }

  /** A card's score of a metric, or null when the card does not carry it. */
  static MetricScore metric(Scorecard card, Metric metric) {
    for (DimensionScore dimension : card.dimensions()) {
      for (MetricScore score : dimension.metrics()) {
        if (score.metric() == metric) {
          return score;
        }
      }
    }
    return null;
  }

  /** A card's dimension, or null when the card does not carry it. */
  static DimensionScore dimension(Scorecard card, ScorecardDimension dimension) {
    for (DimensionScore score : card.dimensions()) {
      if (score.dimension() == dimension) {
        return score;
      }
    }
    return null;
  }

  /** A metric's name in sentences, such as {@code complaint rate}. */
  static String name(Metric metric) {
    return metric.key().replace('_', ' ');
  }

  /** A number with one decimal, as sentences show it. */
  static String one(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /** A number with two decimals, as sentences show it. */
  static String two(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** A count with its noun, such as {@code 1 ticket} or {@code 3 tickets}. */
  static String count(int count, String noun) {
    return count + " " + (count == 1 ? noun : noun + "s");
  }

  /** The first few items, comma separated, with how many more there are. */
  static String some(List<String> items, int shown) {
    String listed = items.stream().limit(shown).collect(Collectors.joining(", "));
    return items.size() > shown ? listed + " and " + (items.size() - shown) + " more" : listed;
  }
}
