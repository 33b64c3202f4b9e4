package dev.heng.domain.tenant;

/**
 * The internal id of a tenant. It never appears in a URL: a caller's tenant always comes from the
 * credentials.
 *
 * @param value a positive number
 */
public record TenantId(long value) {

  public TenantId {
    if (value <= 0) {
      throw new IllegalArgumentException("tenant id must be positive, was " + value);
    }
  }
}
