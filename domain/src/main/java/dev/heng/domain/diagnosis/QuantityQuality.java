package dev.heng.domain.diagnosis;

import java.util.List;

/**
 * Quantity against quality: whether the agents who carry more work deliver lower quality.
 *
 * @param volumeMeasure what stands for quantity: {@value #VOLUME_MEASURE}, each agent's effective
 *     workload coefficient (the scorecard's workload-weighted volume)
 * @param qualityMeasure what stands for quality: {@value #QUALITY_MEASURE}, each agent's score
 *     0..100 on the scorecard's quality dimension; agents without one are left out
 * @param quarter Pearson's correlation across the agents of the quarter, scored as one period
 * @param months the same for each month of the quarter, each scored as a period of its own, in
 *     calendar order; the trend
 * @param finding one or two sentences saying what the figures show
 */
public record QuantityQuality(
    String volumeMeasure,
    String qualityMeasure,
    Correlation quarter,
    List<MonthlyCorrelation> months,
    String finding) {

  /** The name of the quantity figure. */
  public static final String VOLUME_MEASURE = "workload_coefficient";

  /** The name of the quality figure. */
  public static final String QUALITY_MEASURE = "quality_dimension";

  /**
   * @throws IllegalArgumentException if a value is null
   */
  public QuantityQuality {
    if (volumeMeasure == null || qualityMeasure == null || quarter == null || finding == null) {
      throw new IllegalArgumentException(
          "volumeMeasure, qualityMeasure, quarter and finding must not be null");
    }
    months = List.copyOf(months);
  }
}
