package dev.heng.adapter.in.web;

import dev.heng.domain.scoring.Metric;
import dev.heng.domain.scoring.MetricScore;
import java.util.Locale;

/** One plain sentence that says how a metric of a scorecard reached its points. */
final class MetricExplanation {

  private MetricExplanation() {}

  static String of(MetricScore score) {
    String name = score.metric().key().replace('_', ' ');
    if (score.normalised() == null) {
      return name
          + ": no data in the period, so its weight of "
          + number(score.weight())
          + " went to the metrics that have data.";
    }
    StringBuilder text = new StringBuilder(name).append(": ");
    String unit = isDuration(score.metric()) ? " s" : "";
    if (score.expected() != null && score.ratio() != null) {
      text.append("observed ")
          .append(number(score.value()))
          .append(unit)
          .append(" against ")
          .append(number(score.expected()))
          .append(unit)
          .append(" expected for this agent's tickets")
          .append(score.metric().adjustsForLoad() ? " and load" : "")
          .append(", observed/expected ")
          .append(number(score.ratio()));
      if (score.low() != null && score.high() != null) {
        text.append(" (interval ")
            .append(number(score.low()))
            .append(" to ")
            .append(number(score.high()))
            .append(')');
      }
      text.append(" over ")
          .append(score.observations())
          .append(score.observations() == 1 ? " ticket" : " tickets")
          .append(score.metric().higherIsBetter() ? ", higher is better" : ", lower is better");
    } else {
      text.append(number(score.value()));
    }
    return text.append("; ")
        .append(number(score.normalised()))
        .append(" of 100 at weight ")
        .append(number(score.effectiveWeight()))
        .append(" gives ")
        .append(number(score.contribution()))
        .append(" points.")
        .toString();
  }

  /** Durations are geometric means in seconds. */
  private static boolean isDuration(Metric metric) {
    return metric == Metric.FIRST_RESPONSE || metric == Metric.HANDLE_EFFORT;
  }

  private static String number(Double value) {
    if (value == null) {
      return "none";
    }
    double magnitude = Math.abs(value);
    String format = magnitude >= 100 ? "%.0f" : magnitude >= 10 ? "%.1f" : "%.2f";
    return String.format(Locale.ROOT, format, value);
  }
}
