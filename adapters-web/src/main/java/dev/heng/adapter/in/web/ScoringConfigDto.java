package dev.heng.adapter.in.web;

import java.util.List;
import java.util.Map;

/**
 * A tenant's scoring configuration as the API reads and writes it. Enumerations and keys travel as
 * lower-case text ({@code "weighted_volume"}, {@code "fitted"}); a section or a value left out
 * takes Heng's default.
 */
record ScoringConfigDto(
    DifficultyDto difficulty,
    WorkloadDto workload,
    QualityDto quality,
    List<MetricDto> metrics,
    Double teamBonusPoints) {

  /** Customer grading: fitted or configured weights per dimension key. */
  record DifficultyDto(
      String source, Map<String, Double> weights, Integer historyDays, Double shrinkageTickets) {}

  /** The effective workload coefficient's constants. */
  record WorkloadDto(
      Double industryBaseline,
      Double industryBlend,
      String loadBasis,
      String difficultyBasis,
      List<UrgentTierDto> urgentTiers,
      Double urgentBonusCap) {}

  /** One tier of the urgent bonus. */
  record UrgentTierDto(Integer withinMinutes, Double bonus) {}

  /** Observed-over-expected judgement. */
  record QualityDto(Double shrinkageTickets, Boolean adjustForLoad, Double intervalLevel) {}

  /** One metric of the scorecard. */
  record MetricDto(String metric, Double weight, NormalisationDto normalisation) {}

  /** How a metric becomes 0..100: against {@code peers}, or against a {@code target}. */
  record NormalisationDto(String mode, Double floor, Double target) {}
}
