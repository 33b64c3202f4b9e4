package dev.heng.application.port.out;

import dev.heng.domain.tenant.TenantId;

/**
 * A queued webhook delivery that a worker claimed.
 *
 * @param outboxId the queue entry's id
 * @param tenantId the tenant
 * @param endpointId the endpoint
 * @param url where to post
 * @param secret the endpoint's signing secret
 * @param eventId the event's id, the same for every endpoint and every attempt
 * @param eventType such as {@code alert.raised}
 * @param body the JSON body, fixed when the event happened
 * @param failedAttempts how many attempts failed before this one
 */
public record PendingDelivery(
    long outboxId,
    TenantId tenantId,
    long endpointId,
    String url,
    String secret,
    String eventId,
    String eventType,
    String body,
    int failedAttempts) {}
