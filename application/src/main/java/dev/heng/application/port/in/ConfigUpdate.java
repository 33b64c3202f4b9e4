package dev.heng.application.port.in;

import dev.heng.domain.scoring.ConfigProblem;
import dev.heng.domain.scoring.ScoringConfigVersion;
import java.util.List;

/** What became of a new scoring configuration. */
public sealed interface ConfigUpdate {

  /**
   * Stored as the tenant's newest version.
   *
   * @param stored the stored version
   */
  record Saved(ScoringConfigVersion stored) implements ConfigUpdate {}

  /**
   * The configuration breaks rules; nothing was stored.
   *
   * @param problems every rule broken
   */
  record Rejected(List<ConfigProblem> problems) implements ConfigUpdate {
    public Rejected {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("a rejected configuration names at least one problem");
      }
    }
  }

  /**
   * The caller may not change the configuration; nothing was stored.
   *
   * @param reason why, readable by the caller
   */
  record Forbidden(String reason) implements ConfigUpdate {}
}
