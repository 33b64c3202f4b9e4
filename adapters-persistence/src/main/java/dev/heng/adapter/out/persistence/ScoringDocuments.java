package dev.heng.adapter.out.persistence;

import dev.heng.domain.scoring.DifficultyDimension;
import dev.heng.domain.scoring.DimensionContribution;
import dev.heng.domain.scoring.FairnessSummary;
import dev.heng.domain.scoring.Scorecard;
import dev.heng.domain.scoring.ScoringConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns scoring values into the JSON documents the scoring tables keep, and back. Configurations,
 * scorecards and fairness summaries are written as their records; a customer's dimension
 * contributions, of which a run writes one set per customer, in a compact form: an object from
 * dimension key to {@code [value, standardised, weight, contribution]}.
 */
// Known gap: documents mirror the domain records, so a change to those records needs a migration
// of the stored documents or a re-run of the periods.
final class ScoringDocuments {

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<Map<String, List<Double>>> CONTRIBUTIONS =
      new TypeReference<>() {};

  private ScoringDocuments() {}

  static String config(ScoringConfig config) {
    return JSON.writeValueAsString(config);
  }

  static ScoringConfig config(String json) {
    return JSON.readValue(json, ScoringConfig.class);
  }

  static String scorecard(Scorecard scorecard) {
    return JSON.writeValueAsString(scorecard);
  }

  static Scorecard scorecard(String json) {
    return JSON.readValue(json, Scorecard.class);
  }

  /** The tenant-wide summary and each team's, as one document. */
  static String fairness(FairnessSummary tenant, Map<String, FairnessSummary> teams) {
    return JSON.writeValueAsString(new RunFairness(tenant, teams));
  }

  static String weights(Map<DifficultyDimension, Double> weights) {
    return JSON.writeValueAsString(weights);
  }

  static String contributions(List<DimensionContribution> contributions) {
    StringBuilder json = new StringBuilder(contributions.size() * 56).append('{');
    for (DimensionContribution c : contributions) {
      if (json.length() > 1) {
        json.append(',');
      }
      json.append('"').append(c.dimension().key()).append("\":[");
      number(json, c.value());
      json.append(',');
      number(json, c.standardised());
      json.append(',');
      number(json, c.weight());
      json.append(',');
      number(json, c.contribution());
      json.append(']');
    }
    return json.append('}').toString();
  }

  /** Reads contributions back, in dimension order; dimensions the document lacks are left out. */
  static List<DimensionContribution> contributions(String json) {
    Map<String, List<Double>> byKey = JSON.readValue(json, CONTRIBUTIONS);
    List<DimensionContribution> contributions = new ArrayList<>(byKey.size());
    for (DifficultyDimension dimension : DifficultyDimension.values()) {
      List<Double> numbers = byKey.get(dimension.key());
      if (numbers == null || numbers.size() != 4) {
        continue;
      }
      contributions.add(
          new DimensionContribution(
              dimension,
              numbers.get(0),
              orZero(numbers.get(1)),
              orZero(numbers.get(2)),
              orZero(numbers.get(3))));
    }
    return contributions;
  }

  private static void number(StringBuilder json, Double value) {
    if (value == null || !Double.isFinite(value)) {
      json.append("null");
    } else {
      json.append(value.doubleValue());
    }
  }

  private static double orZero(Double value) {
    return value == null ? 0 : value;
  }

  private record RunFairness(FairnessSummary tenant, Map<String, FairnessSummary> teams) {}
}
