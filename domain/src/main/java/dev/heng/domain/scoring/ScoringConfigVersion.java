package dev.heng.domain.scoring;

import java.time.Instant;

/**
 * A stored version of a tenant's scoring configuration.
 *
 * @param version 1 for the first stored configuration, then counting up; 0 for Heng's defaults,
 *     which apply until a tenant stores its own
 * @param config the configuration, without problems
 * @param createdAt when it was stored, or null for the defaults
 */
public record ScoringConfigVersion(int version, ScoringConfig config, Instant createdAt) {

  public ScoringConfigVersion {
    if (version < 0 || config == null) {
      throw new IllegalArgumentException(
          "version must not be negative and config not null, version was " + version);
    }
  }

  /** Heng's defaults, version 0. */
  public static ScoringConfigVersion defaults() {
    return new ScoringConfigVersion(0, ScoringConfig.defaults(), null);
  }
}
