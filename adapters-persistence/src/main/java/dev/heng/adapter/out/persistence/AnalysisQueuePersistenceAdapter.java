package dev.heng.adapter.out.persistence;

import dev.heng.application.port.out.AnalysisJob;
import dev.heng.application.port.out.AnalysisQueuePort;
import dev.heng.application.port.out.QueueBacklog;
import dev.heng.application.port.out.StorageException;
import dev.heng.domain.emotion.Analyser;
import dev.heng.domain.emotion.SentimentResult;
import dev.heng.domain.tenant.TenantId;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The analysis queue in the {@code analysis_jobs} table and its results in {@code
 * message_sentiments}. A claim locks due rows ({@code FOR UPDATE SKIP LOCKED} on PostgreSQL, so
 * concurrent claimers pass each other; {@code FOR UPDATE} on H2, where a second claimer waits and
 * then finds the rows no longer due), marks them leased under a fresh token and commits before the
 * jobs are emitted.
 */
@Component
public class AnalysisQueuePersistenceAdapter implements AnalysisQueuePort {

  private static final String EXPIRE_EXHAUSTED =
      "UPDATE analysis_jobs SET state = 'dead', finished_at = :now, lease_token = NULL,"
          + " last_error = 'lease expired on the last allowed attempt'"
          + " WHERE state = 'leased' AND available_at <= :now AND attempts >= :max";

  private static final String LEASE =
      "UPDATE analysis_jobs SET state = 'leased', attempts = attempts + 1, available_at = :until,"
          + " lease_token = :token"
          + " WHERE id IN (:ids) AND state IN ('queued', 'leased') AND available_at <= :now";

  private static final String LEASED =
      "SELECT j.id, j.tenant_id, j.event_id, j.attempts, e.content_hash, e.text"
          + " FROM analysis_jobs j JOIN ticket_events e ON e.id = j.event_id"
          + " WHERE j.id IN (:ids) AND j.lease_token = :token";

  private static final String STORE_RESULT =
      "INSERT INTO message_sentiments (tenant_id, event_id, content_hash, analyser_key, analyser,"
          + " model_version, settings, analysed, score, truncated, reason, detail, sentences,"
          + " analysed_at)"
          + " SELECT :tenant, :event, :hash, :key, :analyser, :model, :settings, :analysed, :score,"
          + " :truncated, :reason, :detail, :sentences, :now"
          + " WHERE NOT EXISTS (SELECT 1 FROM message_sentiments WHERE event_id = :event"
          + " AND content_hash = :hash AND analyser_key = :key)";

  private static final String FINISH =
      "UPDATE analysis_jobs SET state = :state, finished_at = :now, lease_token = NULL,"
          + " last_error = :error WHERE id = :id AND lease_token = :token";

  private static final String RETRY =
      "UPDATE analysis_jobs SET state = 'queued', available_at = :retry, lease_token = NULL,"
          + " last_error = :error WHERE id = :id AND lease_token = :token";

  private static final String BACKLOG =
      "SELECT state, COUNT(*) AS jobs, MIN(created_at) AS oldest FROM analysis_jobs"
          + " WHERE state IN ('queued', 'leased', 'dead') GROUP BY state";

  private static final String REQUEUE =
      "INSERT INTO analysis_jobs (tenant_id, event_id, content_hash, state, attempts,"
          + " available_at, created_at)"
          + " SELECT e.tenant_id, e.id, e.content_hash, 'queued', 0, :now, :now"
          + " FROM ticket_events e"
          + " WHERE e.tenant_id = :tenant AND e.type = 'MESSAGE' AND e.text IS NOT NULL"
          + " AND NOT EXISTS (SELECT 1 FROM message_sentiments s WHERE s.event_id = e.id"
          + " AND s.content_hash = e.content_hash AND s.analyser_key = :key)"
          + " AND NOT EXISTS (SELECT 1 FROM analysis_jobs j WHERE j.event_id = e.id"
          + " AND j.content_hash = e.content_hash AND j.state IN ('queued', 'leased'))";

  private final DatabaseClient client;
  private final TransactionalOperator transactions;
  private final Database database;
  private final Clock clock;

  public AnalysisQueuePersistenceAdapter(
      DatabaseClient client,
      TransactionalOperator transactions,
      ConnectionFactory connectionFactory,
      Clock clock) {
    this.client = client;
    this.transactions = transactions;
    this.database = Database.of(connectionFactory);
    this.clock = clock;
  }

  @Override
  public Flux<AnalysisJob> claim(int limit, Duration lease, int maxAttempts) {
    if (limit < 1 || limit > 1_000) {
      throw new IllegalArgumentException("limit must be 1..1000, was " + limit);
    }
    String token = UUID.randomUUID().toString();
    OffsetDateTime now = now();
    String due =
        "SELECT id FROM analysis_jobs j WHERE state IN ('queued', 'leased') AND available_at <= :now"
            // A job whose event was deleted by hand is never claimed (jobs carry no foreign key).
            + " AND EXISTS (SELECT 1 FROM ticket_events e WHERE e.id = j.event_id)"
            + " ORDER BY available_at LIMIT "
            + limit
            + (database == Database.POSTGRESQL ? " FOR UPDATE SKIP LOCKED" : " FOR UPDATE");
    Mono<List<AnalysisJob>> work =
        client
            .sql(EXPIRE_EXHAUSTED)
            .bind("now", now)
            .bind("max", maxAttempts)
            .fetch()
            .rowsUpdated()
            .thenMany(client.sql(due).bind("now", now).map(row -> row.get(0, Long.class)).all())
            .collectList()
            .flatMap(
                ids ->
                    ids.isEmpty()
                        ? Mono.just(List.<AnalysisJob>of())
                        : lease(ids, token, now, lease));
    return transactions
        .transactional(work)
        .flatMapMany(Flux::fromIterable)
        .onErrorMap(
            error -> !(error instanceof StorageException),
            error -> new StorageException("claiming analysis jobs failed", error));
  }

  private Mono<List<AnalysisJob>> lease(
      List<Long> ids, String token, OffsetDateTime now, Duration lease) {
    return client
        .sql(LEASE)
        .bind("until", now.plus(lease))
        .bind("token", token)
        .bind("ids", ids)
        .bind("now", now)
        .fetch()
        .rowsUpdated()
        .thenMany(
            client
                .sql(LEASED)
                .bind("ids", ids)
                .bind("token", token)
                .map(
                    row ->
                        new AnalysisJob(
                            row.get("id", Long.class),
                            row.get("tenant_id", Long.class),
                            row.get("event_id", Long.class),
                            row.get("content_hash", String.class),
                            row.get("text", String.class),
                            RowValues.integer(row, "attempts"),
                            token))
                .all())
        .collectList();
  }

  @Override
  public Mono<Void> complete(AnalysisJob job, SentimentResult result) {
    Analyser analyser = result.analyser();
    DatabaseClient.GenericExecuteSpec insert =
        client
            .sql(STORE_RESULT)
            .bind("tenant", job.tenantId())
            .bind("event", job.eventId())
            .bind("hash", job.contentHash())
            .bind("key", analyser.key())
            .bind("analyser", analyser.name())
            .bind("model", analyser.modelVersion())
            .bind("settings", analyser.settings())
            .bind("now", now());
    insert =
        switch (result) {
          case SentimentResult.Scored scored ->
              insert
                  .bind("analysed", true)
                  .bind("score", scored.score())
                  .bind("truncated", scored.truncated())
                  .bindNull("reason", String.class)
                  .bindNull("detail", String.class)
                  .bind("sentences", SentenceCodec.encode(scored.sentences()));
          case SentimentResult.NotAnalysed declined ->
              insert
                  .bind("analysed", false)
                  .bindNull("score", Double.class)
                  .bind("truncated", false)
                  .bind("reason", declined.reason().name())
                  .bind("detail", declined.detail())
                  .bindNull("sentences", String.class);
        };
    Mono<Long> stored =
        transactions
            .transactional(insert.fetch().rowsUpdated())
            .onErrorResume(DriverErrors::isUniqueViolation, error -> Mono.just(0L));
    Mono<Long> finished =
        transactions.transactional(
            client
                .sql(FINISH)
                .bind("state", "done")
                .bind("now", now())
                .bindNull("error", String.class)
                .bind("id", job.id())
                .bind("token", job.leaseToken())
                .fetch()
                .rowsUpdated());
    return stored
        .then(finished)
        .then()
        .onErrorMap(
            error ->
                new StorageException("completing analysis job " + job.id() + " failed", error));
  }

  @Override
  public Mono<Void> fail(AnalysisJob job, String reason, Instant retryAt) {
    String error = reason == null ? null : reason.substring(0, Math.min(300, reason.length()));
    DatabaseClient.GenericExecuteSpec update =
        retryAt == null
            ? client.sql(FINISH).bind("state", "dead").bind("now", now())
            : client
                .sql(RETRY)
                .bind("retry", RowValues.time(retryAt.truncatedTo(ChronoUnit.MICROS)));
    update = error == null ? update.bindNull("error", String.class) : update.bind("error", error);
    return transactions
        .transactional(
            update.bind("id", job.id()).bind("token", job.leaseToken()).fetch().rowsUpdated())
        .then()
        .onErrorMap(
            failure ->
                new StorageException("failing analysis job " + job.id() + " failed", failure));
  }

  @Override
  public Mono<QueueBacklog> backlog() {
    OffsetDateTime now = now();
    return client
        .sql(BACKLOG)
        .map(
            row ->
                new StateCount(
                    row.get("state", String.class),
                    row.get("jobs", Number.class).longValue(),
                    row.get("oldest", OffsetDateTime.class)))
        .all()
        .collectList()
        .map(
            counts -> {
              long waiting = 0;
              long dead = 0;
              OffsetDateTime oldest = null;
              for (StateCount count : counts) {
                if (count.state().equals("dead")) {
                  dead += count.jobs();
                } else {
                  waiting += count.jobs();
                  if (oldest == null || count.oldest().isBefore(oldest)) {
                    oldest = count.oldest();
                  }
                }
              }
              Duration age = oldest == null ? Duration.ZERO : Duration.between(oldest, now);
              return new QueueBacklog(waiting, dead, age.isNegative() ? Duration.ZERO : age);
            })
        .onErrorMap(error -> new StorageException("reading the analysis backlog failed", error));
  }

  @Override
  public Mono<Long> requeue(TenantId tenantId, String analyserKey) {
    return transactions
        .transactional(
            client
                .sql(REQUEUE)
                .bind("now", now())
                .bind("tenant", tenantId.value())
                .bind("key", analyserKey)
                .fetch()
                .rowsUpdated())
        .onErrorMap(
            error ->
                new StorageException(
                    "queueing re-analysis for tenant " + tenantId.value() + " failed", error));
  }

  private OffsetDateTime now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }

  private record StateCount(String state, long jobs, OffsetDateTime oldest) {}
}
