package dev.heng.adapter.out.persistence;

import dev.heng.domain.tenant.TenantId;
import java.time.OffsetDateTime;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/** Queues analysis jobs for message events; shared by intake and re-analysis. */
final class AnalysisJobs {

  /**
   * Queues a job for every message event of the tenant written by the batch whose modification time
   * is {@code now}: inserted and changed rows carry exactly that time, unchanged rows keep theirs.
   * Runs inside the intake transaction, so events and their jobs commit together.
   */
  // Known gap: any change to a message event queues it, so changing only its actor or time
  // analyses the same text again (the result is stored once per content hash).
  private static final String QUEUE_WRITTEN =
      "INSERT INTO analysis_jobs (tenant_id, event_id, content_hash, state, attempts,"
          + " available_at, created_at)"
          + " SELECT e.tenant_id, e.id, e.content_hash, 'queued', 0, :now, :now"
          + " FROM ticket_events e"
          + " WHERE e.tenant_id = :tenant AND e.modified_at = :now"
          + " AND e.type = 'MESSAGE' AND e.text IS NOT NULL";

  private AnalysisJobs() {}

  static Mono<Long> queueWritten(DatabaseClient client, TenantId tenantId, OffsetDateTime now) {
    return client
        .sql(QUEUE_WRITTEN)
        .bind("tenant", tenantId.value())
        .bind("now", now)
        .fetch()
        .rowsUpdated();
  }
}
