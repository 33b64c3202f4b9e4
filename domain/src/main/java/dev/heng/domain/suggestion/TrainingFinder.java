package dev.heng.domain.suggestion;

import static dev.heng.domain.suggestion.Figures.count;
import static dev.heng.domain.suggestion.Figures.name;
import static dev.heng.domain.suggestion.Figures.one;

import dev.heng.domain.record.ContributionRecord;
import dev.heng.domain.record.ContributionType;
import dev.heng.domain.record.TrainingKind;
import dev.heng.domain.scoring.Metric;
import dev.heng.domain.scoring.MetricScore;
import dev.heng.domain.scoring.Scorecard;
import dev.heng.domain.scoring.ScoringPeriod;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Finds training whose completion preceded improvement on a metric among the peers. */
final class TrainingFinder {

  private final SuggestionSettings settings;

  TrainingFinder(SuggestionSettings settings) {
    this.settings = settings;
  }

  /** The {@code trainingLookback + 1} periods before the period, latest first. */
  List<String> earlierPeriods(ScoringPeriod period) {
    List<String> labels = new ArrayList<>();
    for (int step = 1; step <= settings.trainingLookback() + 1; step++) {
      labels.add(Periods.shift(period, -step).label());
    }
    return List.copyOf(labels);
  }

  // Known gap: trained peers are compared before and after, not against untrained peers, so a
  // change of the whole tenant between the two periods shows as the training's effect.
  TrainingAdvice find(PeerComparison comparison, Metric metric, SuggestionEvidence evidence) {
    ScoringPeriod period = comparison.period();
    List<String> earlier = earlierPeriods(period);
    List<String> stored =
        earlier.stream()
            .filter(label -> !evidence.earlierCards().getOrDefault(label, List.of()).isEmpty())
            .toList();
    if (stored.isEmpty()) {
      return new TrainingAdvice(
          TrainingEvidence.NO_EARLIER_RUN,
          stored,
          List.of(),
          "No scoring run of the "
              + earlier.size()
              + " periods before "
              + period.label()
              + " ("
              + earlier.getLast()
              + " to "
              + earlier.getFirst()
              + ") is stored, so no peer's "
              + name(metric)
              + " can be compared before and after a training: there is no such evidence yet.");
    }

    Map<String, Scorecard> after = new HashMap<>();
    comparison.peerCards().forEach(card -> after.put(card.agentId(), card));
    Instant from = Periods.shift(period, -settings.trainingLookback()).from();
    Map<String, List<TrainingComparison>> byTraining = new LinkedHashMap<>();
    Map<String, ContributionRecord> firstOf = new HashMap<>();
    List<ContributionRecord> trainings =
        evidence.contributions().stream()
            .filter(record -> record.type() == ContributionType.TRAINING_RESULT)
            .filter(record -> after.containsKey(record.agentId()))
            .filter(record -> !record.occurredAt().isBefore(from))
            .filter(record -> record.occurredAt().isBefore(period.from()))
            .sorted(
                Comparator.comparing(ContributionRecord::occurredAt)
                    .thenComparing(ContributionRecord::externalId))
            .toList();
    for (ContributionRecord record : trainings) {
      TrainingComparison compared = compare(record, metric, period, after, evidence);
      if (compared != null) {
        String key = record.trainingKind() + "\u0000" + Objects.toString(record.title(), "");
        byTraining.computeIfAbsent(key, k -> new ArrayList<>()).add(compared);
        firstOf.putIfAbsent(key, record);
      }
    }
    if (byTraining.isEmpty()) {
      return new TrainingAdvice(
          TrainingEvidence.NO_COMPARABLE_TRAINING,
          stored,
          List.of(),
          "Runs before "
              + period.label()
              + " are stored ("
              + Figures.some(stored, 3)
              + "), but no peer completed a training in "
              + Periods.shift(period, -settings.trainingLookback()).label()
              + " to "
              + earlier.getFirst()
              + " with a stored "
              + name(metric)
              + " for the period before it, so there is no such evidence.");
    }

    List<TrainingEffect> effects = new ArrayList<>();
    byTraining.forEach(
        (key, compared) -> {
          ContributionRecord first = firstOf.get(key);
          effects.add(effect(first.title(), first.trainingKind(), compared));
        });
    effects.sort(
        Comparator.comparingDouble(TrainingEffect::meanChange)
            .reversed()
            .thenComparing(Comparator.comparingInt(TrainingEffect::improved).reversed())
            .thenComparing(effect -> Objects.toString(effect.title(), "")));
    List<TrainingEffect> improving =
        effects.stream().filter(effect -> effect.meanChange() > 0).toList();
    int completions = effects.stream().mapToInt(effect -> effect.comparisons().size()).sum();
    if (improving.isEmpty()) {
      return new TrainingAdvice(
          TrainingEvidence.NO_IMPROVEMENT,
          stored,
          effects.stream().limit(settings.maxItems()).toList(),
          count(completions, "peer training")
              + " could be compared, and none was followed by a higher "
              + name(metric)
              + " on average, so no training is suggested.");
    }
    TrainingEffect best = improving.getFirst();
    return new TrainingAdvice(
        TrainingEvidence.IMPROVEMENT_FOUND,
        stored,
        improving.stream().limit(settings.maxItems()).toList(),
        describe(best)
            + " preceded improvement: "
            + best.improved()
            + " of "
            + count(best.comparisons().size(), "completion")
            + " by peers scored higher on "
            + name(metric)
            + " in "
            + period.label()
            + " than in the period before the training, by "
            + one(best.meanChange())
            + " points on average.");
  }

  private static TrainingComparison compare(
      ContributionRecord record,
      Metric metric,
      ScoringPeriod period,
      Map<String, Scorecard> after,
      SuggestionEvidence evidence) {
    ScoringPeriod completed = Periods.containing(period.unit(), record.occurredAt());
    String beforeLabel = Periods.shift(completed, -1).label();
    Scorecard before =
        evidence.earlierCards().getOrDefault(beforeLabel, List.of()).stream()
            .filter(card -> card.agentId().equals(record.agentId()))
            .findFirst()
            .orElse(null);
    if (before == null) {
      return null;
    }
    MetricScore was = Figures.metric(before, metric);
    MetricScore is = Figures.metric(after.get(record.agentId()), metric);
    if (was == null || is == null || was.normalised() == null || is.normalised() == null) {
      return null;
    }
    return new TrainingComparison(
        record.agentId(),
        record.externalId(),
        record.occurredAt(),
        record.score(),
        beforeLabel,
        period.label(),
        was.normalised(),
        is.normalised(),
        is.normalised() - was.normalised());
  }

  private static TrainingEffect effect(
      String title, TrainingKind kind, List<TrainingComparison> compared) {
    List<TrainingComparison> sorted =
        compared.stream()
            .sorted(Comparator.comparingDouble(TrainingComparison::change).reversed())
            .toList();
    int improved = (int) sorted.stream().filter(c -> c.change() > 0).count();
    double mean = sorted.stream().mapToDouble(TrainingComparison::change).average().orElse(0);
    int peers = (int) sorted.stream().map(TrainingComparison::agentId).distinct().count();
    return new TrainingEffect(title, kind, peers, improved, mean, sorted);
  }

  private static String describe(TrainingEffect effect) {
    String kind = effect.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return effect.title() == null
        ? "A " + kind + " training"
        : "The " + kind + " training \"" + effect.title() + "\"";
  }
}
