package dev.heng.adapter.out.persistence;

import dev.heng.domain.alert.AlertDocument;
import dev.heng.domain.alert.AlertEvent;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * Queues an alert event for every active webhook endpoint of its tenant. Runs inside the caller's
 * transaction, so the queue entries commit or roll back with the alert change they describe.
 */
final class AlertOutbox {

  private static final String QUEUE =
      "INSERT INTO webhook_outbox (tenant_id, endpoint_id, event_id, event_type, body, created_at,"
          + " state, attempts, next_attempt_at) SELECT tenant_id, id, :event, :type, :body, :at,"
          + " 'pending', 0, :at FROM webhook_endpoints WHERE tenant_id = :tenant AND removed_at IS"
          + " NULL";

  private final DatabaseClient client;

  AlertOutbox(DatabaseClient client) {
    this.client = client;
  }

  /** Queues the event; completes with how many endpoints it was queued for. */
  Mono<Long> queue(AlertEvent event) {
    return client
        .sql(QUEUE)
        .bind("event", event.eventId())
        .bind("type", event.type())
        .bind("body", AlertDocument.json(event))
        .bind("at", RowValues.time(event.occurredAt()))
        .bind("tenant", event.alert().tenantId().value())
        .fetch()
        .rowsUpdated();
  }
}
