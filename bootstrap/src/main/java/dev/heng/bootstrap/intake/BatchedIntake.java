package dev.heng.bootstrap.intake;

import dev.heng.application.port.in.IngestRecordsCommand;
import dev.heng.application.port.in.IngestRecordsUseCase;
import dev.heng.application.port.in.IntakeLine;
import dev.heng.application.port.in.IntakeOutcome;
import dev.heng.domain.access.Caller;
import dev.heng.domain.record.IntakeCounts;
import dev.heng.domain.record.IntakeRecord;
import dev.heng.domain.record.RecordKind;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Sends generated records through the intake use case in batches of the largest size a caller may
 * send, one batch after the other, logging the count and rate of each kind. The demo loader and the
 * benchmarks feed tenants this way, on the same path integrators take.
 */
public final class BatchedIntake {

  private static final Logger log = LoggerFactory.getLogger(BatchedIntake.class);

  private BatchedIntake() {}

  /**
   * Ingests the records of one kind.
   *
   * @param label what the log lines call this load, such as {@code Demo}
   * @return a mono of the summed counts
   * @throws IllegalStateException through the mono if a batch is rejected or forbidden: generated
   *     data must be valid
   */
  public static Mono<IntakeCounts> ingest(
      IngestRecordsUseCase ingest,
      Caller caller,
      RecordKind kind,
      List<? extends IntakeRecord> records,
      String label) {
    long started = System.nanoTime();
    List<List<IntakeLine>> batches = new ArrayList<>();
    List<IntakeLine> batch = new ArrayList<>();
    for (IntakeRecord record : records) {
      batch.add(new IntakeLine.Read(batch.size() + 1, record));
      if (batch.size() == IngestRecordsCommand.MAX_LINES) {
        batches.add(batch);
        batch = new ArrayList<>();
      }
    }
    if (!batch.isEmpty()) {
      batches.add(batch);
    }

    return Flux.fromIterable(batches)
        .concatMap(lines -> ingest.ingest(new IngestRecordsCommand(caller, kind, lines)))
        .map(outcome -> accepted(kind, outcome))
        .reduce(new IntakeCounts(0, 0, 0), IntakeCounts::plus)
        .doOnNext(
            counts -> {
              double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-3);
              log.info(
                  "{} {}: {} records ({} created, {} updated, {} unchanged) in {} ms, {}/s",
                  label,
                  kind.path(),
                  counts.total(),
                  counts.created(),
                  counts.updated(),
                  counts.unchanged(),
                  Math.round(seconds * 1000),
                  Math.round(counts.total() / seconds));
            });
  }

  private static IntakeCounts accepted(RecordKind kind, IntakeOutcome outcome) {
    return switch (outcome) {
      case IntakeOutcome.Accepted accepted -> accepted.counts();
      case IntakeOutcome.Rejected rejected ->
          throw new IllegalStateException(
              "the generator produced invalid "
                  + kind.path()
                  + ", first: "
                  + rejected.violations().getFirst());
      case IntakeOutcome.Forbidden forbidden ->
          throw new IllegalStateException("the caller may not write: " + forbidden.reason());
    };
  }
}
