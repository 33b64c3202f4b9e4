package dev.heng.domain.scoring;

/**
 * One metric of a tenant's scorecard.
 *
 * @param metric the metric
 * @param weight its share of the total in points, 0..100; the weights of a scorecard sum to 100
 * @param normalisation how its value becomes 0..100
 */
public record MetricSetting(Metric metric, double weight, Normalisation normalisation) {}
