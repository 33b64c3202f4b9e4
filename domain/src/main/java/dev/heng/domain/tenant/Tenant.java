package dev.heng.domain.tenant;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A tenant: one enterprise whose data is kept apart from every other's.
 *
 * @param id its internal id
 * @param name its unique name: 2 to 63 lowercase letters, digits or dashes, starting with a letter
 * @param createdAt when it was created
 */
public record Tenant(TenantId id, String name, Instant createdAt) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{1,62}");

  public Tenant {
    if (id == null) {
      throw new IllegalArgumentException("tenant id must not be null");
    }
    requireValidName(name);
    if (createdAt == null) {
      throw new IllegalArgumentException("tenant createdAt must not be null");
    }
  }

  /**
   * Checks a tenant name.
   *
   * @return the name unchanged
   * @throws IllegalArgumentException naming the value when it is not a valid tenant name
   */
  public static String requireValidName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "tenant name must be 2 to 63 lowercase letters, digits or dashes starting with a letter,"
              + " was '"
              + name
              + "'");
    }
    return name;
  }
}
