package dev.heng.application.service;

import dev.heng.application.port.in.IngestRecordsCommand;
import dev.heng.application.port.in.IngestRecordsUseCase;
import dev.heng.application.port.in.IntakeLine;
import dev.heng.application.port.in.IntakeOutcome;
import dev.heng.application.port.in.LineViolation;
import dev.heng.application.port.out.LoadRecordsPort;
import dev.heng.application.port.out.StoreRecordsPort;
import dev.heng.domain.record.IntakeCounts;
import dev.heng.domain.record.IntakeRecord;
import dev.heng.domain.record.RecordKind;
import dev.heng.domain.record.TicketEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import reactor.core.publisher.Mono;

/**
 * Checks a batch as a whole, then stores it in one step. The checks that need no database run
 * first; a batch of ticket events is then checked against the tickets the tenant has.
 */
public final class IngestRecordsService implements IngestRecordsUseCase {

  private final StoreRecordsPort store;
  private final LoadRecordsPort load;

  public IngestRecordsService(StoreRecordsPort store, LoadRecordsPort load) {
    this.store = store;
    this.load = load;
  }

  @Override
  public Mono<IntakeOutcome> ingest(IngestRecordsCommand command) {
    if (!command.caller().role().mayWriteRecords()) {
      return Mono.just(
          new IntakeOutcome.Forbidden(
              "role " + command.caller().role() + " may read records but not send them"));
    }
    if (command.lines().isEmpty()) {
      return Mono.just(new IntakeOutcome.Accepted(new IntakeCounts(0, 0, 0)));
    }

    List<LineViolation> violations = new ArrayList<>();
    List<IntakeLine.Read> readable = readableLines(command, violations);

    Mono<List<LineViolation>> referenceViolations =
        command.kind() == RecordKind.TICKET_EVENTS
            ? unknownTickets(command, readable)
            : Mono.just(List.of());
    return referenceViolations.flatMap(
        unknown -> {
          violations.addAll(unknown);
          if (!violations.isEmpty()) {
            violations.sort(Comparator.comparingInt(LineViolation::line));
            return Mono.just(new IntakeOutcome.Rejected(violations));
          }
          List<IntakeRecord> records = readable.stream().map(IntakeLine.Read::record).toList();
          return store
              .store(command.caller().tenantId(), command.kind(), records)
              .map(IntakeOutcome.Accepted::new);
        });
  }

  private static List<IntakeLine.Read> readableLines(
      IngestRecordsCommand command, List<LineViolation> violations) {
    List<IntakeLine.Read> readable = new ArrayList<>(command.lines().size());
    Map<String, Integer> firstLineOfId = new HashMap<>();
    for (IntakeLine line : command.lines()) {
      switch (line) {
        case IntakeLine.Unreadable bad ->
            violations.add(new LineViolation(bad.line(), bad.field(), bad.reason()));
        case IntakeLine.Read read when read.record().kind() != command.kind() ->
            violations.add(
                new LineViolation(
                    read.line(),
                    null,
                    "holds a "
                        + read.record().kind().path()
                        + " record, expected "
                        + command.kind().path()));
        case IntakeLine.Read read -> {
          Integer first = firstLineOfId.putIfAbsent(read.record().externalId(), read.line());
          if (first != null) {
            violations.add(
                new LineViolation(
                    read.line(),
                    "externalId",
                    "'"
                        + read.record().externalId()
                        + "' appears again (first on line "
                        + first
                        + ")"));
          } else {
            readable.add(read);
          }
        }
      }
    }
    return readable;
  }

  private Mono<List<LineViolation>> unknownTickets(
      IngestRecordsCommand command, List<IntakeLine.Read> readable) {
    Set<String> ticketIds = new TreeSet<>();
    for (IntakeLine.Read read : readable) {
      ticketIds.add(((TicketEvent) read.record()).ticketId());
    }
    return load.existing(command.caller().tenantId(), RecordKind.TICKETS, ticketIds)
        .map(
            known ->
                readable.stream()
                    .filter(read -> !known.contains(((TicketEvent) read.record()).ticketId()))
                    .map(
                        read ->
                            new LineViolation(
                                read.line(),
                                "ticketId",
                                "unknown ticket '"
                                    + ((TicketEvent) read.record()).ticketId()
                                    + "': send the ticket before its events"))
                    .toList());
  }
}
