package dev.heng.application.port.in;

import dev.heng.domain.access.Caller;
import dev.heng.domain.scoring.ScoringConfig;

/**
 * Asks to store a new version of the tenant's scoring configuration.
 *
 * @param caller who asks; must be a tenant admin
 * @param config the configuration, checked by the use case
 */
public record UpdateScoringConfigCommand(Caller caller, ScoringConfig config) {

  public UpdateScoringConfigCommand {
    if (caller == null || config == null) {
      throw new IllegalArgumentException("caller and config must not be null");
    }
  }
}
