package dev.heng.domain.alert;

import dev.heng.domain.scoring.ConfigProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * A tenant's anomaly settings. A metric of a subject in an hour is anomalous when it lies more than
 * {@code deviation} (a fraction of the baseline) above or below its baseline, the mean of the same
 * metric in the same hour of the week over the last {@code weeks} weeks, and both the hour and the
 * baseline rest on enough tickets.
 *
 * @param deviation the band around the baseline, as a fraction: 0.2 means 20%; 0.05..5
 * @param weeks how many earlier weeks the baseline looks back, 1..12
 * @param minVolume the fewest tickets the hour's value must rest on, 1..1000
 * @param minBaselineVolume the fewest tickets the baseline's hours must rest on together, 1..10000
 */
public record AnomalySettings(double deviation, int weeks, int minVolume, int minBaselineVolume) {

  /**
   * 20% either way, against the last 4 weeks, with at least 3 tickets in the hour and 10 in the
   * baseline: a contact centre's agent handles a few tickets an hour, so a smaller hour is noise.
   */
  public static final AnomalySettings DEFAULTS = new AnomalySettings(0.2, 4, 3, 10);

  /** The narrowest band a tenant may set. */
  public static final double MIN_DEVIATION = 0.05;

  /** The widest band a tenant may set. */
  public static final double MAX_DEVIATION = 5.0;

  /** The shortest look-back in weeks. */
  public static final int MIN_WEEKS = 1;

  /** The longest look-back in weeks. */
  public static final int MAX_WEEKS = 12;

  /** The smallest minimum volume, of an hour and of a baseline. */
  public static final int MIN_VOLUME = 1;

  /** The largest minimum volume of an hour. */
  public static final int MAX_MIN_VOLUME = 1000;

  /** The largest minimum volume of a baseline. */
  public static final int MAX_MIN_BASELINE_VOLUME = 10_000;

  /**
   * @throws IllegalArgumentException naming the setting and its value if one is out of its range
   */
  public AnomalySettings {
    SettingRanges.refuse(problems(deviation, weeks, minVolume, minBaselineVolume));
  }

  /**
   * The rules these values would break as settings, each naming its field ({@code deviation},
   * {@code weeks}, {@code minVolume}, {@code minBaselineVolume}) and its range; empty when they
   * make valid settings.
   */
  public static List<ConfigProblem> problems(
      double deviation, int weeks, int minVolume, int minBaselineVolume) {
    List<ConfigProblem> problems = new ArrayList<>();
    SettingRanges.check(problems, "deviation", deviation, MIN_DEVIATION, MAX_DEVIATION);
    SettingRanges.check(problems, "weeks", weeks, MIN_WEEKS, MAX_WEEKS);
    SettingRanges.check(problems, "minVolume", minVolume, MIN_VOLUME, MAX_MIN_VOLUME);
    SettingRanges.check(
        problems, "minBaselineVolume", minBaselineVolume, MIN_VOLUME, MAX_MIN_BASELINE_VOLUME);
    return problems;
  }
}
