package dev.heng.bootstrap;

import dev.heng.application.port.in.IngestRecordsCommand;
import dev.heng.application.port.in.IngestRecordsUseCase;
import dev.heng.application.port.in.IntakeOutcome;
import dev.heng.domain.record.IntakeCounts;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

/**
 * Counts what intake does, per record kind: records created, updated and unchanged, and batches
 * rejected or refused. Served by Prometheus as {@code heng_intake_records_total} and {@code
 * heng_intake_batches_total}.
 */
final class MeteredIngestRecords implements IngestRecordsUseCase {

  private final IngestRecordsUseCase delegate;
  private final MeterRegistry registry;

  MeteredIngestRecords(IngestRecordsUseCase delegate, MeterRegistry registry) {
    this.delegate = delegate;
    this.registry = registry;
  }

  @Override
  public Mono<IntakeOutcome> ingest(IngestRecordsCommand command) {
    String kind = command.kind().path();
    return delegate
        .ingest(command)
        .doOnNext(
            outcome -> {
              String result =
                  switch (outcome) {
                    case IntakeOutcome.Accepted accepted -> {
                      IntakeCounts counts = accepted.counts();
                      count(kind, "created", counts.created());
                      count(kind, "updated", counts.updated());
                      count(kind, "unchanged", counts.unchanged());
                      yield "accepted";
                    }
                    case IntakeOutcome.Rejected rejected -> "rejected";
                    case IntakeOutcome.Forbidden forbidden -> "forbidden";
                  };
              registry.counter("heng.intake.batches", "kind", kind, "result", result).increment();
            });
  }

  private void count(String kind, String result, int amount) {
    if (amount > 0) {
      registry.counter("heng.intake.records", "kind", kind, "result", result).increment(amount);
    }
  }
}
