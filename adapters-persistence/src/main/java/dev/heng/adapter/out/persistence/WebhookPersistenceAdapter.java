package dev.heng.adapter.out.persistence;

import dev.heng.application.port.out.DeliveryAttempt;
import dev.heng.application.port.out.PendingDelivery;
import dev.heng.application.port.out.StorageException;
import dev.heng.application.port.out.WebhookEndpointStorePort;
import dev.heng.application.port.out.WebhookOutboxPort;
import dev.heng.domain.tenant.TenantId;
import dev.heng.domain.webhook.DeliveryLogEntry;
import dev.heng.domain.webhook.DeliveryOutcome;
import dev.heng.domain.webhook.WebhookEndpoint;
import io.r2dbc.spi.Readable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Webhook endpoints, the outbox of deliveries and the delivery log. A claim is a conditional update
 * of one queue entry's due time to the end of its lease, so of two workers that race for an entry
 * exactly one updates it; the same statement on both databases, without row locks held across the
 * post.
 */
@Component
public class WebhookPersistenceAdapter implements WebhookEndpointStorePort, WebhookOutboxPort {

  private static final String ENDPOINT_COLUMNS = "id, tenant_id, url, description, created_at";

  /** The longest error text the log keeps, in characters. */
  private static final int MAX_ERROR = 500;

  private final DatabaseClient client;
  private final TransactionalOperator transactions;

  public WebhookPersistenceAdapter(DatabaseClient client, TransactionalOperator transactions) {
    this.client = client;
    this.transactions = transactions;
  }

  // Known gap: secrets are stored in plain text (signing needs them) and cannot be rotated, and
  // the delivery log and finished outbox entries are never pruned, so both tables only grow.
  @Override
  public Mono<WebhookEndpoint> add(
      TenantId tenantId, String url, String secret, String description, Instant at) {
    DatabaseClient.GenericExecuteSpec spec =
        client
            .sql(
                "INSERT INTO webhook_endpoints (tenant_id, url, secret, description, created_at)"
                    + " VALUES (:tenant, :url, :secret, :description, :at)")
            .bind("tenant", tenantId.value())
            .bind("url", url)
            .bind("secret", secret)
            .bind("at", RowValues.time(at));
    spec =
        description == null
            ? spec.bindNull("description", String.class)
            : spec.bind("description", description);
    return spec.filter(statement -> statement.returnGeneratedValues("id"))
        .map(row -> row.get("id", Long.class))
        .one()
        .map(id -> new WebhookEndpoint(id, tenantId, url, description, at))
        .onErrorMap(
            error ->
                new StorageException(
                    "adding a webhook endpoint of tenant " + tenantId.value() + " failed", error));
  }

  @Override
  public Mono<List<WebhookEndpoint>> list(TenantId tenantId) {
    return client
        .sql(
            "SELECT "
                + ENDPOINT_COLUMNS
                + " FROM webhook_endpoints WHERE tenant_id = :tenant AND removed_at IS NULL"
                + " ORDER BY id")
        .bind("tenant", tenantId.value())
        .map(WebhookPersistenceAdapter::endpoint)
        .all()
        .collectList()
        .onErrorMap(
            error ->
                new StorageException(
                    "listing webhook endpoints of tenant " + tenantId.value() + " failed", error));
  }

  @Override
  public Mono<WebhookEndpoint> remove(TenantId tenantId, long endpointId, Instant at) {
    Mono<WebhookEndpoint> work =
        client
            .sql(
                "SELECT "
                    + ENDPOINT_COLUMNS
                    + " FROM webhook_endpoints WHERE tenant_id = :tenant AND id = :id AND"
                    + " removed_at IS NULL")
            .bind("tenant", tenantId.value())
            .bind("id", endpointId)
            .map(WebhookPersistenceAdapter::endpoint)
            .one()
            .flatMap(
                endpoint ->
                    client
                        .sql("UPDATE webhook_endpoints SET removed_at = :at WHERE id = :id")
                        .bind("at", RowValues.time(at))
                        .bind("id", endpointId)
                        .then()
                        .then(
                            client
                                .sql(
                                    "UPDATE webhook_outbox SET state = 'failed', finished_at ="
                                        + " :at WHERE endpoint_id = :id AND state = 'pending'")
                                .bind("at", RowValues.time(at))
                                .bind("id", endpointId)
                                .then())
                        .thenReturn(endpoint));
    return transactions
        .transactional(work)
        .onErrorMap(
            error ->
                new StorageException("removing webhook endpoint " + endpointId + " failed", error));
  }

  @Override
  public Mono<List<PendingDelivery>> claim(Instant now, Duration lease, int limit) {
    Instant until = now.plus(lease);
    return client
        .sql(
            "SELECT id FROM webhook_outbox WHERE state = 'pending' AND next_attempt_at <= :now"
                + " ORDER BY next_attempt_at, id LIMIT "
                + limit)
        .bind("now", RowValues.time(now))
        .map(row -> row.get("id", Long.class))
        .all()
        .concatMap(id -> claimOne(id, now, until))
        .collectList()
        .onErrorMap(error -> new StorageException("claiming webhook deliveries failed", error));
  }

  private Mono<PendingDelivery> claimOne(long outboxId, Instant now, Instant until) {
    return client
        .sql(
            "UPDATE webhook_outbox SET next_attempt_at = :until, lease_until = :until WHERE id ="
                + " :id AND state = 'pending' AND next_attempt_at <= :now")
        .bind("until", RowValues.time(until))
        .bind("id", outboxId)
        .bind("now", RowValues.time(now))
        .fetch()
        .rowsUpdated()
        .filter(rows -> rows == 1)
        .flatMap(
            rows ->
                client
                    .sql(
                        "SELECT o.id, o.tenant_id, o.endpoint_id, e.url, e.secret, o.event_id,"
                            + " o.event_type, o.body, o.attempts FROM webhook_outbox o JOIN"
                            + " webhook_endpoints e ON e.id = o.endpoint_id WHERE o.id = :id")
                    .bind("id", outboxId)
                    .map(
                        row ->
                            new PendingDelivery(
                                row.get("id", Long.class),
                                new TenantId(row.get("tenant_id", Long.class)),
                                row.get("endpoint_id", Long.class),
                                row.get("url", String.class),
                                row.get("secret", String.class),
                                row.get("event_id", String.class),
                                row.get("event_type", String.class),
                                row.get("body", String.class),
                                row.get("attempts", Integer.class)))
                    .one());
  }

  @Override
  public Mono<Void> record(DeliveryAttempt attempt) {
    PendingDelivery delivery = attempt.delivery();
    String error = attempt.error();
    if (error != null && error.length() > MAX_ERROR) {
      error = error.substring(0, MAX_ERROR);
    }
    DatabaseClient.GenericExecuteSpec log =
        client
            .sql(
                "INSERT INTO webhook_deliveries (tenant_id, outbox_id, endpoint_id, event_id,"
                    + " attempt, attempted_at, status_code, error, outcome, duration_ms) VALUES"
                    + " (:tenant, :outbox, :endpoint, :event, :attempt, :at, :status, :error,"
                    + " :outcome, :duration)")
            .bind("tenant", delivery.tenantId().value())
            .bind("outbox", delivery.outboxId())
            .bind("endpoint", delivery.endpointId())
            .bind("event", delivery.eventId())
            .bind("attempt", delivery.failedAttempts() + 1)
            .bind("at", RowValues.time(attempt.attemptedAt()))
            .bind("outcome", attempt.outcome().name())
            .bind("duration", attempt.durationMs());
    log =
        attempt.statusCode() == null
            ? log.bindNull("status", Integer.class)
            : log.bind("status", attempt.statusCode());
    log = error == null ? log.bindNull("error", String.class) : log.bind("error", error);

    DatabaseClient.GenericExecuteSpec move =
        switch (attempt.outcome()) {
          case DELIVERED, FAILED ->
              client
                  .sql(
                      "UPDATE webhook_outbox SET state = :state, attempts = attempts + 1,"
                          + " lease_until = NULL, finished_at = :at WHERE id = :id")
                  .bind(
                      "state",
                      attempt.outcome() == DeliveryOutcome.DELIVERED ? "delivered" : "failed")
                  .bind("at", RowValues.time(attempt.attemptedAt()));
          case RETRY ->
              client
                  .sql(
                      "UPDATE webhook_outbox SET attempts = attempts + 1, lease_until = NULL,"
                          + " next_attempt_at = :next WHERE id = :id")
                  .bind("next", RowValues.time(attempt.nextAttemptAt()));
        };
    Mono<Void> work = log.then().then(move.bind("id", delivery.outboxId()).then());
    return transactions
        .transactional(work)
        .onErrorMap(
            failure ->
                new StorageException(
                    "recording delivery " + delivery.outboxId() + " failed", failure));
  }

  @Override
  public Mono<List<DeliveryLogEntry>> log(TenantId tenantId, long endpointId, int limit) {
    return client
        .sql(
            "SELECT event_id, attempt, attempted_at, status_code, error, outcome, duration_ms"
                + " FROM webhook_deliveries WHERE tenant_id = :tenant AND endpoint_id = :endpoint"
                + " ORDER BY id DESC LIMIT "
                + limit)
        .bind("tenant", tenantId.value())
        .bind("endpoint", endpointId)
        .map(
            row ->
                new DeliveryLogEntry(
                    row.get("event_id", String.class),
                    row.get("attempt", Integer.class),
                    RowValues.instant(row, "attempted_at"),
                    row.get("status_code", Integer.class),
                    row.get("error", String.class),
                    DeliveryOutcome.valueOf(row.get("outcome", String.class)),
                    row.get("duration_ms", Long.class)))
        .all()
        .collectList()
        .onErrorMap(
            error ->
                new StorageException(
                    "reading the delivery log of endpoint " + endpointId + " failed", error));
  }

  private static WebhookEndpoint endpoint(Readable row) {
    return new WebhookEndpoint(
        row.get("id", Long.class),
        new TenantId(row.get("tenant_id", Long.class)),
        row.get("url", String.class),
        row.get("description", String.class),
        RowValues.instant(row, "created_at"));
  }
}
