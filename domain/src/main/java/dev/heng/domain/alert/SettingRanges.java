package dev.heng.domain.alert;

import dev.heng.domain.scoring.ConfigProblem;
import java.util.List;

/** The range check every alert setting goes through, worded as a tenant reads it. */
final class SettingRanges {

  private SettingRanges() {}

  /**
   * Adds to {@code problems} the problem of {@code value} lying outside {@code min..max}, if it
   * does.
   */
  static void check(
      List<ConfigProblem> problems, String field, Number value, double min, double max) {
    double number = value.doubleValue();
    if (!(number >= min && number <= max)) {
      problems.add(
          new ConfigProblem(
              field, "must be within " + bound(min) + ".." + bound(max) + ", was " + value));
    }
  }

  /** Throws the first problem, field first, if there is one. */
  static void refuse(List<ConfigProblem> problems) {
    if (!problems.isEmpty()) {
      ConfigProblem first = problems.getFirst();
      throw new IllegalArgumentException(first.field() + " " + first.reason());
    }
  }

  /** A bound as a tenant writes it: 1000 rather than 1000.0, 0.05 as it is. */
  private static String bound(double bound) {
    return bound == Math.rint(bound) ? Long.toString((long) bound) : Double.toString(bound);
  }
}
