package dev.heng.application.port.out;

import dev.heng.domain.emotion.SentimentResult;
import dev.heng.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The durable queue of message analysis jobs. Intake adds a job for every new or changed message in
 * its own transaction; workers claim jobs under a lease, analyse outside any transaction and then
 * complete or fail them. A job whose lease runs out (its worker died) is claimed again.
 */
public interface AnalysisQueuePort {

  /**
   * Claims up to {@code limit} jobs that are due: queued ones whose retry time has come and leased
   * ones whose lease expired. Each claim counts as an attempt; a job whose lease expired after
   * {@code maxAttempts} claims is moved to the dead state instead. Concurrent claimers never get
   * the same job.
   *
   * @param limit 1..1,000
   * @param lease how long the claimer holds each job, positive
   * @param maxAttempts claims a job may have, at least 1
   * @return the claimed jobs, committed as leased before they are emitted
   */
  Flux<AnalysisJob> claim(int limit, Duration lease, int maxAttempts);

  /**
   * Stores a job's result and marks the job done. The result is stored at most once per message
   * content and analyser, however often this is called; a stale lease still stores the result but
   * leaves the job to its current holder.
   *
   * @return a mono completing once both are committed
   */
  Mono<Void> complete(AnalysisJob job, SentimentResult result);

  /**
   * Records a failed attempt.
   *
   * @param reason what failed, without message text, at most 300 characters kept
   * @param retryAt when the job may be claimed again, or null to move it to the dead state
   * @return a mono completing once committed; nothing changes when the lease is stale
   */
  Mono<Void> fail(AnalysisJob job, String reason, Instant retryAt);

  /** The backlog over all tenants. */
  Mono<QueueBacklog> backlog();

  /**
   * Queues every message of the tenant that has no result from the analyser with {@code
   * analyserKey} and no waiting job, so history is analysed again after a model or settings change.
   *
   * @return a mono of the number of jobs queued
   */
  Mono<Long> requeue(TenantId tenantId, String analyserKey);
}
