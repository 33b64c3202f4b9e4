package dev.heng.application.service;

import dev.heng.application.port.out.DeliveryAttempt;
import dev.heng.application.port.out.PendingDelivery;
import dev.heng.application.port.out.WebhookEndpointStorePort;
import dev.heng.application.port.out.WebhookOutboxPort;
import dev.heng.domain.tenant.TenantId;
import dev.heng.domain.webhook.DeliveryLogEntry;
import dev.heng.domain.webhook.WebhookEndpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;

/** Webhook endpoints and an outbox in memory; deliveries are queued by {@link #queue}. */
final class InMemoryWebhookPorts implements WebhookEndpointStorePort, WebhookOutboxPort {

  private final Map<Long, WebhookEndpoint> endpoints = new LinkedHashMap<>();
  private final Map<Long, String> secrets = new LinkedHashMap<>();
  private final Map<Long, PendingDelivery> pending = new LinkedHashMap<>();
  private final Map<Long, Instant> due = new LinkedHashMap<>();
  private final List<DeliveryAttempt> attempts = new ArrayList<>();
  private long nextId = 1;

  @Override
  public synchronized Mono<WebhookEndpoint> add(
      TenantId tenantId, String url, String secret, String description, Instant at) {
    WebhookEndpoint endpoint = new WebhookEndpoint(nextId++, tenantId, url, description, at);
    endpoints.put(endpoint.id(), endpoint);
    secrets.put(endpoint.id(), secret);
    return Mono.just(endpoint);
  }

  @Override
  public synchronized Mono<List<WebhookEndpoint>> list(TenantId tenantId) {
    return Mono.just(
        endpoints.values().stream().filter(e -> e.tenantId().equals(tenantId)).toList());
  }

  @Override
  public synchronized Mono<WebhookEndpoint> remove(TenantId tenantId, long endpointId, Instant at) {
    WebhookEndpoint endpoint = endpoints.get(endpointId);
    if (endpoint == null || !endpoint.tenantId().equals(tenantId)) {
      return Mono.empty();
    }
    endpoints.remove(endpointId);
    return Mono.just(endpoint);
  }

  /** Queues one event for an endpoint, due at {@code at}. */
  synchronized void queue(long endpointId, String eventId, String body, Instant at) {
    WebhookEndpoint endpoint = endpoints.get(endpointId);
    long id = nextId++;
    pending.put(
        id,
        new PendingDelivery(
            id,
            endpoint.tenantId(),
            endpointId,
            endpoint.url(),
            secrets.get(endpointId),
            eventId,
            "alert.raised",
            body,
            0));
    due.put(id, at);
  }

  @Override
  public synchronized Mono<List<PendingDelivery>> claim(Instant now, Duration lease, int limit) {
    List<PendingDelivery> claimed = new ArrayList<>();
    for (PendingDelivery delivery : pending.values()) {
      if (claimed.size() < limit && !due.get(delivery.outboxId()).isAfter(now)) {
        claimed.add(delivery);
        due.put(delivery.outboxId(), now.plus(lease));
      }
    }
    return Mono.just(claimed);
  }

  @Override
  public synchronized Mono<Void> record(DeliveryAttempt attempt) {
    attempts.add(attempt);
    PendingDelivery delivery = attempt.delivery();
    switch (attempt.outcome()) {
      case DELIVERED, FAILED -> {
        pending.remove(delivery.outboxId());
        due.remove(delivery.outboxId());
      }
      case RETRY -> {
        pending.put(
            delivery.outboxId(),
            new PendingDelivery(
                delivery.outboxId(),
                delivery.tenantId(),
                delivery.endpointId(),
                delivery.url(),
                delivery.secret(),
                delivery.eventId(),
                delivery.eventType(),
                delivery.body(),
                delivery.failedAttempts() + 1));
        due.put(delivery.outboxId(), attempt.nextAttemptAt());
      }
    }
    return Mono.empty();
  }

  @Override
  public synchronized Mono<List<DeliveryLogEntry>> log(
      TenantId tenantId, long endpointId, int limit) {
    List<DeliveryLogEntry> entries = new ArrayList<>();
    for (DeliveryAttempt attempt : attempts.reversed()) {
      if (attempt.delivery().endpointId() == endpointId && entries.size() < limit) {
        entries.add(
            new DeliveryLogEntry(
                attempt.delivery().eventId(),
                attempt.delivery().failedAttempts() + 1,
                attempt.attemptedAt(),
                attempt.statusCode(),
                attempt.error(),
                attempt.outcome(),
                attempt.durationMs()));
      }
    }
    return Mono.just(entries);
  }

  /** Every attempt recorded, in order. */
  synchronized List<DeliveryAttempt> attempts() {
    return List.copyOf(attempts);
  }

  /** When a queued delivery is due next, or null once it is done or given up. */
  synchronized Instant due(long outboxId) {
    return pending.containsKey(outboxId) ? due.get(outboxId) : null;
  }
}
