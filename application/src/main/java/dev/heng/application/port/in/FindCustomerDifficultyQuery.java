package dev.heng.application.port.in;

import dev.heng.domain.access.Caller;
import dev.heng.domain.scoring.ScoringPeriod;

/**
 * Asks for a customer's difficulty.
 *
 * @param caller who asks; agents see only customers they keep, team leads their team's customers
 * @param customerId the customer's external id
 * @param period the scoring run's period, or null for the most recently computed run
 */
public record FindCustomerDifficultyQuery(Caller caller, String customerId, ScoringPeriod period) {

  public FindCustomerDifficultyQuery {
    if (caller == null || customerId == null) {
      throw new IllegalArgumentException("caller and customerId must not be null");
    }
  }
}
