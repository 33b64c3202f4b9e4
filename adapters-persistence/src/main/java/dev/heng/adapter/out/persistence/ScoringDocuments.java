package dev.heng.adapter.out.persistence;

import dev.heng.domain.scoring.DifficultyDimension;
import dev.heng.domain.scoring.DimensionContribution;
import dev.heng.domain.scoring.DimensionScale;
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
 * scorecards and fairness summaries are written as their records. A run writes one set of dimension
 * contributions per customer, so those are kept small: the run keeps how it standardised each
 * dimension ({@link #scales(Map)}), and a customer only its values, an array in the order the
 * scales list the dimensions; the rest follows from them. A customer whose contributions do not
 * follow from the run's weights and scales, and every customer of runs stored before runs kept
 * their scales, has its contributions whole: an object from dimension key to {@code [value,
 * standardised, weight, contribution]}.
 */
// Known gap: documents mirror the domain records, so a change to those records needs a migration
// of the stored documents or a re-run of the periods.
final class ScoringDocuments {

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<Map<String, List<Double>>> CONTRIBUTIONS =
      new TypeReference<>() {};
  private static final TypeReference<Map<DifficultyDimension, Double>> WEIGHTS =
      new TypeReference<>() {};
  private static final TypeReference<List<Double>> VALUES = new TypeReference<>() {};

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

  static Map<DifficultyDimension, Double> weights(String json) {
    return JSON.readValue(json, WEIGHTS);
  }

  /** How a run standardised each dimension, the dimensions in their order. */
  static String scales(Map<DifficultyDimension, DimensionScale> scales) {
    List<String> dimensions = new ArrayList<>(scales.size());
    List<Double> means = new ArrayList<>(scales.size());
    List<Double> sds = new ArrayList<>(scales.size());
    for (DifficultyDimension dimension : DifficultyDimension.values()) {
      DimensionScale scale = scales.get(dimension);
      if (scale != null) {
        dimensions.add(dimension.key());
        means.add(scale.mean());
        sds.add(scale.sd());
      }
    }
    return JSON.writeValueAsString(new RunScales(dimensions, means, sds));
  }

  /**
   * A customer's contributions as a document: only the values when every contribution follows from
   * the run's weights and scales, all of each contribution otherwise.
   */
  static String contributions(
      List<DimensionContribution> contributions,
      Map<DifficultyDimension, Double> weights,
      Map<DifficultyDimension, DimensionScale> scales) {
    if (!followFrom(contributions, weights, scales)) {
      return contributions(contributions);
    }
    StringBuilder json = new StringBuilder(contributions.size() * 12).append('[');
    for (DimensionContribution c : contributions) {
      if (json.length() > 1) {
        json.append(',');
      }
      number(json, c.value());
    }
    return json.append(']').toString();
  }

  /**
   * Whether the contributions are one per dimension the scales name, in order, each as {@link
   * DimensionContribution#of} derives it from its value.
   */
  private static boolean followFrom(
      List<DimensionContribution> contributions,
      Map<DifficultyDimension, Double> weights,
      Map<DifficultyDimension, DimensionScale> scales) {
    if (contributions.size() != scales.size() || scales.isEmpty()) {
      return false;
    }
    int i = 0;
    for (DifficultyDimension dimension : DifficultyDimension.values()) {
      DimensionScale scale = scales.get(dimension);
      if (scale == null) {
        continue;
      }
      DimensionContribution c = contributions.get(i++);
      Double weight = weights.get(dimension);
      if (c.dimension() != dimension
          || weight == null
          || (c.value() != null && !Double.isFinite(c.value()))
          || !c.equals(DimensionContribution.of(dimension, c.value(), scale, weight))) {
        return false;
      }
    }
    return true;
  }

  /** Contributions whole, each as {@code [value, standardised, weight, contribution]}. */
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

  /**
   * Reads a customer's contributions back, in dimension order, from either form.
   *
   * @param weights the run's weights document
   * @param scales the run's scales document, or null for a run stored without one
   */
  static List<DimensionContribution> contributions(String json, String weights, String scales) {
    if (!json.startsWith("[")) {
      return contributions(json);
    }
    if (scales == null) {
      throw new IllegalStateException("a customer's values were stored without the run's scales");
    }
    RunScales run = JSON.readValue(scales, RunScales.class);
    Map<DifficultyDimension, Double> byDimension = weights(weights);
    List<Double> values = JSON.readValue(json, VALUES);
    if (values.size() != run.dimensions().size()) {
      throw new IllegalStateException(
          "a customer has "
              + values.size()
              + " dimension values where the run's scales name "
              + run.dimensions().size());
    }
    List<DimensionContribution> contributions = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      DifficultyDimension dimension = DifficultyDimension.ofKey(run.dimensions().get(i));
      contributions.add(
          DimensionContribution.of(
              dimension,
              values.get(i),
              new DimensionScale(run.means().get(i), run.sds().get(i)),
              byDimension.getOrDefault(dimension, 0.0)));
    }
    return contributions;
  }

  /**
   * Reads contributions kept whole back, in dimension order; dimensions the document lacks are left
   * out.
   */
  private static List<DimensionContribution> contributions(String json) {
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

  /** A run's scales: the dimensions in order, and the mean and deviation of each. */
  private record RunScales(List<String> dimensions, List<Double> means, List<Double> sds) {}

  private record RunFairness(FairnessSummary tenant, Map<String, FairnessSummary> teams) {}
}
