package dev.heng.application.port.in;

import dev.heng.domain.access.Caller;
import dev.heng.domain.scoring.ScoringPeriod;

/**
 * Asks to score every agent of the caller's tenant for a period.
 *
 * @param caller who asks; must be a tenant admin or an integration client
 * @param period the period to score
 */
public record ScorePeriodCommand(Caller caller, ScoringPeriod period) {

  public ScorePeriodCommand {
    if (caller == null || period == null) {
      throw new IllegalArgumentException("caller and period must not be null");
    }
  }
}
