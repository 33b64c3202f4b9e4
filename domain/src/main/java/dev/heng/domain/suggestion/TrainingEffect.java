package dev.heng.domain.suggestion;

import dev.heng.domain.record.TrainingKind;
import java.util.List;

/**
 * What followed one training among the peers who completed it: a training is its kind and title.
 *
 * @param title the training's title, or null when its records carry none
 * @param kind the form of the drill
 * @param peers how many distinct peers completed it with a comparison
 * @param improved how many of the comparisons show a higher value after than before
 * @param meanChange the mean change over the comparisons, in normalised points
 * @param comparisons every comparison, the largest change first
 */
public record TrainingEffect(
    String title,
    TrainingKind kind,
    int peers,
    int improved,
    double meanChange,
    List<TrainingComparison> comparisons) {

  /**
   * @throws IllegalArgumentException if the kind is null or there is no comparison
   */
  public TrainingEffect {
    if (kind == null) {
      throw new IllegalArgumentException("kind must not be null");
    }
    comparisons = List.copyOf(comparisons);
    if (comparisons.isEmpty()) {
      throw new IllegalArgumentException("comparisons must not be empty, training " + title);
    }
  }
}
