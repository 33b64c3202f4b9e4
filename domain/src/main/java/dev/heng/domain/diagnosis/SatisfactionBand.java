package dev.heng.domain.diagnosis;

/**
 * The customers whose mean rating in the quarter fell in one band, with their retention and
 * lifetime value.
 *
 * @param band {@code low} (mean rating under 2.5), {@code middle} (2.5 to under 3.5) or {@code
 *     high} (3.5 and above), on the 1..5 scale
 * @param from the band's lowest mean rating, inclusive
 * @param to the band's highest mean rating: exclusive, except 5 for the top band
 * @param customers customers in the band
 * @param active of them, those whose retention status is active
 * @param atRisk of them, those at risk
 * @param churned of them, those churned
 * @param retentionRate the share 0..1 not churned (active or at risk), or null without customers
 * @param withLifetimeValue customers in the band with a lifetime value on record
 * @param meanLifetimeValue their mean lifetime value in the tenant's currency, or null without any
 */
public record SatisfactionBand(
    String band,
    double from,
    double to,
    int customers,
    int active,
    int atRisk,
    int churned,
    Double retentionRate,
    int withLifetimeValue,
    Double meanLifetimeValue) {

  /**
   * @throws IllegalArgumentException if {@code band} is null or the counts do not add up
   */
  public SatisfactionBand {
    if (band == null
        || active < 0
        || atRisk < 0
        || churned < 0
        || active + atRisk + churned != customers
        || withLifetimeValue < 0
        || withLifetimeValue > customers) {
      throw new IllegalArgumentException(
          "band "
              + band
              + " must have counts that add up, had "
              + customers
              + " customers of whom "
              + active
              + " active, "
              + atRisk
              + " at risk, "
              + churned
              + " churned and "
              + withLifetimeValue
              + " with a lifetime value");
    }
  }
}
