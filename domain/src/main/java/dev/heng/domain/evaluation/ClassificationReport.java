package dev.heng.domain.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * How well predicted classes match gold ones.
 *
 * @param scheme the classes
 * @param confusion counts by gold class (row) and predicted class (column)
 * @param accuracy the share predicted right, in [0, 1]
 * @param macroF1 the unweighted mean over classes of F1, a class without gold or predicted items
 *     counting 0, in [0, 1]
 * @param recall per class, the share of its gold items predicted as it; 0 for a class without gold
 *     items
 */
public record ClassificationReport(
    LabelScheme scheme, long[][] confusion, double accuracy, double macroF1, List<Double> recall) {

  public ClassificationReport {
    if (scheme == null || confusion == null || recall == null) {
      throw new IllegalArgumentException("scheme, confusion and recall must not be null");
    }
    confusion = copy(confusion);
    recall = List.copyOf(recall);
  }

  /** The confusion matrix, copied. */
  @Override
  public long[][] confusion() {
    return copy(confusion);
  }

  /**
   * Compares predictions with gold labels.
   *
   * @param scheme the classes
   * @param gold gold class indexes
   * @param predicted predicted class indexes, as many as {@code gold}, at least one
   * @return the report
   */
  public static ClassificationReport of(LabelScheme scheme, int[] gold, int[] predicted) {
    if (gold == null || predicted == null || gold.length != predicted.length || gold.length == 0) {
      throw new IllegalArgumentException(
          "gold and predicted must be equally long and not empty, were "
              + (gold == null ? null : gold.length)
              + " and "
              + (predicted == null ? null : predicted.length));
    }
    int k = scheme.size();
    long[][] confusion = new long[k][k];
    long right = 0;
    for (int i = 0; i < gold.length; i++) {
      if (gold[i] < 0 || gold[i] >= k || predicted[i] < 0 || predicted[i] >= k) {
        throw new IllegalArgumentException(
            "labels must be in 0.."
                + (k - 1)
                + ", item "
                + i
                + " was "
                + gold[i]
                + " / "
                + predicted[i]);
      }
      confusion[gold[i]][predicted[i]]++;
      if (gold[i] == predicted[i]) {
        right++;
      }
    }
    List<Double> recall = new ArrayList<>(k);
    double f1Sum = 0;
    for (int c = 0; c < k; c++) {
      long goldCount = 0;
      long predictedCount = 0;
      for (int j = 0; j < k; j++) {
        goldCount += confusion[c][j];
        predictedCount += confusion[j][c];
      }
      long hits = confusion[c][c];
      recall.add(goldCount == 0 ? 0.0 : (double) hits / goldCount);
      // F1 = 2 * hits / (gold + predicted): the harmonic mean of precision and recall.
      f1Sum += goldCount + predictedCount == 0 ? 0 : 2.0 * hits / (goldCount + predictedCount);
    }

    return new ClassificationReport(
        scheme, confusion, (double) right / gold.length, f1Sum / k, recall);
  }

  private static long[][] copy(long[][] matrix) {
    long[][] copy = new long[matrix.length][];
    for (int i = 0; i < matrix.length; i++) {
      copy[i] = matrix[i].clone();
    }
    return copy;
  }
}
