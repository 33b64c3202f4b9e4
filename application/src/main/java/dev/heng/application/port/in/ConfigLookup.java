package dev.heng.application.port.in;

import dev.heng.domain.scoring.ScoringConfigVersion;

/** What a request for the scoring configuration found. */
public sealed interface ConfigLookup {

  /**
   * The current configuration: the newest stored version, or the defaults as version 0.
   *
   * @param current the configuration in force
   */
  record Found(ScoringConfigVersion current) implements ConfigLookup {}

  /**
   * The caller may not read the configuration.
   *
   * @param reason why, readable by the caller
   */
  record Forbidden(String reason) implements ConfigLookup {}
}
