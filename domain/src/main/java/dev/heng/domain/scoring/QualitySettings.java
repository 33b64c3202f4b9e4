package dev.heng.domain.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * How observed outcomes are judged against expected ones.
 *
 * @param shrinkageTickets pseudo-tickets at exactly the expected outcome added to every agent,
 *     0..1000: with the default 30, an agent with 3 tickets keeps about a tenth of its deviation
 *     and one with 300 tickets about nine tenths; for yes/no outcomes the prior weighs at least
 *     three expected events, so that rare outcomes such as complaints need more evidence
 * @param adjustForLoad whether the expectation includes the agent's workload, so that an agent
 *     carrying more than the baseline is not marked down for the slower answers and fewer
 *     resolutions that load causes
 * @param intervalLevel the coverage of the reported interval, 0.5..0.999
 */
public record QualitySettings(
    double shrinkageTickets, boolean adjustForLoad, double intervalLevel) {

  /** 30 pseudo-tickets, load-adjusted, 90% intervals. */
  public static QualitySettings defaults() {
    return new QualitySettings(30, true, 0.9);
  }

  List<ConfigProblem> problems(String path) {
    List<ConfigProblem> problems = new ArrayList<>();
    if (!(shrinkageTickets >= 0 && shrinkageTickets <= 1000)) {
      problems.add(
          new ConfigProblem(
              path + ".shrinkageTickets", "must be 0 to 1000, was " + shrinkageTickets));
    }
    if (!(intervalLevel >= 0.5 && intervalLevel <= 0.999)) {
      problems.add(
          new ConfigProblem(path + ".intervalLevel", "must be 0.5 to 0.999, was " + intervalLevel));
    }
    return problems;
  }
}
