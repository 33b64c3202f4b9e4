package dev.heng.domain.diagnosis;

import dev.heng.domain.access.AccessScope;
import dev.heng.domain.record.Customer;
import dev.heng.domain.scoring.ScoringPeriod;
import dev.heng.domain.scoring.ScoringResult;
import dev.heng.domain.scoring.TicketFacts;
import java.util.List;
import java.util.Map;

/**
 * What a health diagnosis reads: the quarter and its months scored tenant-wide with the
 * configuration in force, and the tenant's customers and tickets.
 *
 * @param quarter the quarter diagnosed
 * @param scope the whole tenant, or one team; never one agent
 * @param configVersion the configuration version the results were scored with
 * @param teamBonusPoints the configuration's team bonus, 0 for none
 * @param quarterResult the quarter scored as one period, or null when no ticket of the quarter was
 *     assigned to an agent (nothing was scored)
 * @param months month label to the month scored as a period of its own; a month without tickets is
 *     absent
 * @param customers the tenant's customers
 * @param tickets the tenant's tickets; those raised outside the quarter are ignored
 */
public record DiagnosisInput(
    ScoringPeriod quarter,
    AccessScope scope,
    int configVersion,
    double teamBonusPoints,
    ScoringResult quarterResult,
    Map<String, ScoringResult> months,
    List<Customer> customers,
    List<TicketFacts> tickets) {

  /**
   * @throws IllegalArgumentException if {@code quarter} is null or not a quarter, {@code scope} is
   *     null or one agent's, or {@code teamBonusPoints} is negative
   */
  public DiagnosisInput {
    if (quarter == null || quarter.unit() != ScoringPeriod.Unit.QUARTER) {
      throw new IllegalArgumentException("quarter must be a quarter, was " + quarter);
    }
    if (scope == null || scope instanceof AccessScope.OwnAgent) {
      throw new IllegalArgumentException(
          "scope must be the whole tenant or one team, was " + scope);
    }
    if (!(teamBonusPoints >= 0)) {
      throw new IllegalArgumentException(
          "teamBonusPoints must not be negative, was " + teamBonusPoints);
    }
    months = Map.copyOf(months);
    customers = List.copyOf(customers);
    tickets = List.copyOf(tickets);
  }
}
