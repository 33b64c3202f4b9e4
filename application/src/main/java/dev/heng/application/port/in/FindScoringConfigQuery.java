package dev.heng.application.port.in;

import dev.heng.domain.access.Caller;

/**
 * Asks for the tenant's current scoring configuration.
 *
 * @param caller who asks; must be a tenant admin
 */
public record FindScoringConfigQuery(Caller caller) {

  public FindScoringConfigQuery {
    if (caller == null) {
      throw new IllegalArgumentException("caller must not be null");
    }
  }
}
