package dev.heng.domain.attainment;

import dev.heng.domain.scoring.ScorecardDimension;

/**
 * The attainment of one scorecard dimension by one subject in one hour.
 *
 * @param dimension the dimension
 * @param attainment 0..100: the weighted mean of the normalised values of the dimension's hourly
 *     metrics on the tenant's card that have data in the hour, weighted as on the card
 * @param volume how many distinct tickets those metrics were measured on
 */
public record DimensionHour(ScorecardDimension dimension, double attainment, int volume) {

  /**
   * @throws IllegalArgumentException if the dimension is missing, the attainment is outside 0..100
   *     or the volume is below 1
   */
  public DimensionHour {
    if (dimension == null) {
      throw new IllegalArgumentException("dimension must not be null");
    }
    if (!(attainment >= 0 && attainment <= 100)) {
      throw new IllegalArgumentException("attainment must be within 0..100, was " + attainment);
    }
    if (volume < 1) {
      throw new IllegalArgumentException("volume must be 1 or more, was " + volume);
    }
  }
}
