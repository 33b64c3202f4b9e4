package dev.heng.domain.scoring;

/**
 * One metric of a scorecard and how it was reached. For an adjusted metric {@code value} is the
 * observed outcome (a rate, a mean rating, or a geometric mean in seconds), {@code expected} what
 * the tenant's average agent would have achieved with the same tickets, {@code ratio} the observed
 * over expected shrunk towards 1, and {@code low}..{@code high} its interval. For a plain metric
 * only {@code value} is set.
 *
 * @param metric the metric
 * @param value the observed value, or null when the agent has no data for it
 * @param expected the expected value, or null for a plain metric
 * @param ratio observed over expected after shrinkage, or null for a plain metric
 * @param low the lower end of the ratio's interval, or null
 * @param high the upper end of the ratio's interval, or null
 * @param observations the tickets or records behind the value
 * @param normalised the value on 0..100, better is higher; null when there is no data
 * @param weight the configured weight in points
 * @param effectiveWeight the weight actually used: the configured one, plus shares of metrics
 *     without data, 0 when this one has none
 * @param contribution the points this metric adds to the total: effectiveWeight x normalised / 100
 */
public record MetricScore(
    Metric metric,
    Double value,
    Double expected,
    Double ratio,
    Double low,
    Double high,
    int observations,
    Double normalised,
    double weight,
    double effectiveWeight,
    double contribution) {

  public MetricScore {
    if (metric == null) {
      throw new IllegalArgumentException("metric must not be null");
    }
  }
}
