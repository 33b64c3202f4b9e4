package dev.heng.bootstrap;

import dev.heng.application.port.in.CheckCapacityCommand;
import dev.heng.application.port.in.CheckCapacityUseCase;
import dev.heng.application.port.in.IngestRecordsCommand;
import dev.heng.application.port.in.IngestRecordsUseCase;
import dev.heng.application.port.in.IntakeOutcome;
import dev.heng.domain.record.IntakeCounts;
import dev.heng.domain.record.RecordKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Checks capacity after every accepted batch of customers or agents that changed something: such a
 * batch moves customers between pools or agents between teams. The check runs after the batch
 * committed and before the answer, so a caller that is told its batch was accepted can already read
 * the alerts it caused. A failing check does not fail the batch, which is stored; it is logged, and
 * the next batch checks again.
 */
final class CapacityCheckingIngestRecords implements IngestRecordsUseCase {

  private static final Logger log = LoggerFactory.getLogger(CapacityCheckingIngestRecords.class);

  private final IngestRecordsUseCase delegate;
  private final CheckCapacityUseCase checkCapacity;

  CapacityCheckingIngestRecords(IngestRecordsUseCase delegate, CheckCapacityUseCase checkCapacity) {
    this.delegate = delegate;
    this.checkCapacity = checkCapacity;
  }

  // Known gap: a capacity check that fails twice after its batch committed (a database error) is
  // retried only by the next customers or agents batch, scoring run or threshold change, so an
  // alert can be late until then.
  @Override
  public Mono<IntakeOutcome> ingest(IngestRecordsCommand command) {
    boolean movesPools =
        command.kind() == RecordKind.CUSTOMERS || command.kind() == RecordKind.AGENTS;
    Mono<IntakeOutcome> stored = delegate.ingest(command);
    if (!movesPools) {
      return stored;
    }
    return stored.flatMap(
        outcome -> {
          if (!(outcome instanceof IntakeOutcome.Accepted accepted)
              || !changed(accepted.counts())) {
            return Mono.just(outcome);
          }
          long tenant = command.caller().tenantId().value();
          return checkCapacity
              .check(new CheckCapacityCommand(command.caller().tenantId()))
              .doOnNext(
                  check -> {
                    if (check.raised() > 0 || check.resolved() > 0) {
                      log.info(
                          "tenant={} capacity check after {} intake: {} agents, {} raised, {}"
                              + " resolved",
                          tenant,
                          command.kind().path(),
                          check.agents(),
                          check.raised(),
                          check.resolved());
                    }
                  })
              .thenReturn(outcome)
              .onErrorResume(
                  error -> {
                    log.warn(
                        "tenant={} capacity check after {} intake failed; the batch is stored",
                        tenant,
                        command.kind().path(),
                        error);
                    return Mono.just(outcome);
                  });
        });
  }

  private static boolean changed(IntakeCounts counts) {
    return counts.created() > 0 || counts.updated() > 0;
  }
}
