package dev.heng.application.service;

import dev.heng.application.port.out.AnalysisJob;
import dev.heng.application.port.out.AnalysisQueuePort;
import dev.heng.application.port.out.QueueBacklog;
import dev.heng.domain.emotion.SentimentResult;
import dev.heng.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A queue in memory with the port's lease, retry and dead-state rules, on a given clock. */
final class InMemoryAnalysisQueuePort implements AnalysisQueuePort {

  /** One job's state. */
  static final class Entry {
    final long id;
    final String text;
    String state = "queued";
    int attempts;
    Instant availableAt;
    String token;
    String error;
    SentimentResult result;

    Entry(long id, String text, Instant availableAt) {
      this.id = id;
      this.text = text;
      this.availableAt = availableAt;
    }
  }

  private final Map<Long, Entry> jobs = new LinkedHashMap<>();
  private final Clock clock;

  InMemoryAnalysisQueuePort(Clock clock) {
    this.clock = clock;
  }

  /** Queues a message, due now. */
  synchronized Entry add(String text) {
    Entry entry = new Entry(jobs.size() + 1, text, clock.instant());
    jobs.put(entry.id, entry);
    return entry;
  }

  synchronized Entry job(long id) {
    return jobs.get(id);
  }

  @Override
  public synchronized Flux<AnalysisJob> claim(int limit, Duration lease, int maxAttempts) {
    Instant now = clock.instant();
    List<AnalysisJob> claimed = new ArrayList<>();
    for (Entry entry : jobs.values()) {
      boolean due =
          (entry.state.equals("queued") || entry.state.equals("leased"))
              && !entry.availableAt.isAfter(now);
      if (!due || claimed.size() >= limit) {
        continue;
      }
      if (entry.state.equals("leased") && entry.attempts >= maxAttempts) {
        entry.state = "dead";
        continue;
      }
      entry.state = "leased";
      entry.attempts++;
      entry.availableAt = now.plus(lease);
      entry.token = UUID.randomUUID().toString();
      claimed.add(
          new AnalysisJob(entry.id, 1, entry.id, "hash", entry.text, entry.attempts, entry.token));
    }
    return Flux.fromIterable(claimed);
  }

  @Override
  public synchronized Mono<Void> complete(AnalysisJob job, SentimentResult result) {
    Entry entry = jobs.get(job.id());
    if (entry.result == null) {
      entry.result = result;
    }
    if (job.leaseToken().equals(entry.token)) {
      entry.state = "done";
      entry.token = null;
    }
    return Mono.empty();
  }

  @Override
  public synchronized Mono<Void> fail(AnalysisJob job, String reason, Instant retryAt) {
    Entry entry = jobs.get(job.id());
    if (job.leaseToken().equals(entry.token)) {
      entry.error = reason;
      entry.token = null;
      if (retryAt == null) {
        entry.state = "dead";
      } else {
        entry.state = "queued";
        entry.availableAt = retryAt;
      }
    }
    return Mono.empty();
  }

  @Override
  public synchronized Mono<QueueBacklog> backlog() {
    long waiting = jobs.values().stream().filter(e -> e.state.matches("queued|leased")).count();
    long dead = jobs.values().stream().filter(e -> e.state.equals("dead")).count();
    return Mono.just(new QueueBacklog(waiting, dead, Duration.ZERO));
  }

  @Override
  public Mono<Long> requeue(TenantId tenantId, String analyserKey) {
    return Mono.error(new UnsupportedOperationException("not used by these tests"));
  }
}
