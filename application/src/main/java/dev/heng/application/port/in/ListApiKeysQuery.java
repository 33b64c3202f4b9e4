package dev.heng.application.port.in;

import dev.heng.domain.access.Caller;

/**
 * Asks for the keys of the caller's tenant.
 *
 * @param caller who asks; must be a tenant admin
 */
public record ListApiKeysQuery(Caller caller) {

  public ListApiKeysQuery {
    if (caller == null) {
      throw new IllegalArgumentException("caller must not be null");
    }
  }
}
