package dev.heng.application.service;

import dev.heng.application.port.in.ReplayTrajectoryQuery;
import dev.heng.application.port.in.ReplayTrajectoryUseCase;
import dev.heng.application.port.out.LoadMessageSentimentsPort;
import dev.heng.application.port.out.LoadRecordsPort;
import dev.heng.application.port.out.LoadRecordsPort.RecordSlice;
import dev.heng.application.port.out.RecordCriteria;
import dev.heng.domain.access.AccessScope;
import dev.heng.domain.access.Caller;
import dev.heng.domain.access.Role;
import dev.heng.domain.record.RecordKind;
import dev.heng.domain.record.Ticket;
import dev.heng.domain.record.TicketEvent;
import dev.heng.domain.trajectory.TicketTrajectory;
import dev.heng.domain.trajectory.TrajectoryReplay;
import java.util.List;
import reactor.core.publisher.Mono;

/** Replays a ticket from its stored events and message sentiments. */
public final class ReplayTrajectoryService implements ReplayTrajectoryUseCase {

  private static final int PAGE = 1_000;
  private static final AccessScope WHOLE = new AccessScope.WholeTenant();

  private final LoadRecordsPort records;
  private final LoadMessageSentimentsPort sentiments;

  public ReplayTrajectoryService(LoadRecordsPort records, LoadMessageSentimentsPort sentiments) {
    this.records = records;
    this.sentiments = sentiments;
  }

  @Override
  public Mono<TicketTrajectory> replay(ReplayTrajectoryQuery query) {
    Caller caller = query.caller();
    return records
        .load(caller.tenantId(), RecordKind.TICKETS, query.ticketId(), WHOLE)
        .cast(Ticket.class)
        .flatMap(
            ticket ->
                events(caller, ticket.externalId())
                    .filter(
                        events ->
                            caller.role() != Role.AGENT
                                || TrajectoryReplay.involves(caller.agentId(), ticket, events))
                    .flatMap(
                        events ->
                            sentiments
                                .forTicket(caller.tenantId(), ticket.externalId())
                                .map(found -> TrajectoryReplay.replay(ticket, events, found))));
  }

  // Known gap: the whole trajectory is built in memory and answered in one response, so a ticket
  // with tens of thousands of events makes one large answer.
  private Mono<List<TicketEvent>> events(Caller caller, String ticketId) {
    RecordCriteria criteria = new RecordCriteria(null, null, null, ticketId, null, null, null);
    return page(caller, criteria, 0)
        .expand(
            slice ->
                slice.records().size() < PAGE
                    ? Mono.empty()
                    : page(caller, criteria, slice.lastPosition()))
        .concatMapIterable(RecordSlice::records)
        .cast(TicketEvent.class)
        .collectList();
  }

  private Mono<RecordSlice> page(Caller caller, RecordCriteria criteria, long after) {
    return records.list(caller.tenantId(), RecordKind.TICKET_EVENTS, criteria, WHOLE, after, PAGE);
  }
}
