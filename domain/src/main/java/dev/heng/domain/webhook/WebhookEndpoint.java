package dev.heng.domain.webhook;

import dev.heng.domain.tenant.TenantId;
import java.time.Instant;

/**
 * A URL a tenant registered to receive alert events. Its signing secret is kept apart and shown
 * once, when the endpoint is registered.
 *
 * @param id the endpoint's id, positive
 * @param tenantId the tenant it belongs to
 * @param url where events are posted, accepted by {@link WebhookUrlPolicy} when registered
 * @param description what the tenant calls it, or null
 * @param createdAt when it was registered
 */
public record WebhookEndpoint(
    long id, TenantId tenantId, String url, String description, Instant createdAt) {

  /**
   * @throws IllegalArgumentException if the id is not positive or a required value is missing
   */
  public WebhookEndpoint {
    if (id <= 0) {
      throw new IllegalArgumentException("id must be positive, was " + id);
    }
    if (tenantId == null || url == null || createdAt == null) {
      throw new IllegalArgumentException("tenantId, url and createdAt must not be null");
    }
  }
}
