package dev.heng.domain.diagnosis;

/**
 * The volume-quality correlation of one month of a quarter, the month scored on its own.
 *
 * @param period the month's label, such as {@code 2026-11}
 * @param tickets the tickets raised in the month and assigned to an agent in scope
 * @param correlation across the month's agents in scope
 */
public record MonthlyCorrelation(String period, int tickets, Correlation correlation) {

  /**
   * @throws IllegalArgumentException if a value is null or {@code tickets} is negative
   */
  public MonthlyCorrelation {
    if (period == null || correlation == null || tickets < 0) {
      throw new IllegalArgumentException(
          "period and correlation must not be null and tickets not negative, were "
              + period
              + ", "
              + correlation
              + " and "
              + tickets);
    }
  }
}
