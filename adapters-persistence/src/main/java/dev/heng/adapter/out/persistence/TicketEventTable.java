package dev.heng.adapter.out.persistence;

import dev.heng.domain.record.ActorType;
import dev.heng.domain.record.EventType;
import dev.heng.domain.record.RecordKind;
import dev.heng.domain.record.TicketEvent;
import io.r2dbc.spi.Readable;
import java.util.List;

final class TicketEventTable extends RecordTable<TicketEvent> {

  TicketEventTable() {
    super(
        RecordKind.TICKET_EVENTS,
        "ticket_events",
        TicketEvent.class,
        List.of(
            Column.text("ticket_id"),
            Column.text("type"),
            Column.instant("occurred_at"),
            Column.text("actor_type"),
            Column.text("actor_id"),
            Column.text("text"),
            Column.text("query"),
            Column.text("article_id"),
            Column.text("target_agent_id"),
            Column.text("status"),
            Column.text("subtask_id"),
            Column.integer("rating")));
  }

  @Override
  Object[] values(TicketEvent event) {
    return new Object[] {
      event.ticketId(),
      RowValues.name(event.type()),
      RowValues.time(event.occurredAt()),
      RowValues.name(event.actorType()),
      event.actorId(),
      event.text(),
      event.query(),
      event.articleId(),
      event.targetAgentId(),
      event.status(),
      event.subtaskId(),
      event.rating()
    };
  }

  @Override
  TicketEvent read(Readable row) {
    return new TicketEvent(
        RowValues.text(row, "external_id"),
        RowValues.text(row, "ticket_id"),
        RowValues.enumValue(row, "type", EventType.class),
        RowValues.instant(row, "occurred_at"),
        RowValues.enumValue(row, "actor_type", ActorType.class),
        RowValues.text(row, "actor_id"),
        RowValues.text(row, "text"),
        RowValues.text(row, "query"),
        RowValues.text(row, "article_id"),
        RowValues.text(row, "target_agent_id"),
        RowValues.text(row, "status"),
        RowValues.text(row, "subtask_id"),
        RowValues.integer(row, "rating"));
  }

  @Override
  String timeColumn() {
    return "occurred_at";
  }

  @Override
  String teamCondition() {
    return "ticket_id IN (SELECT t.external_id FROM tickets t WHERE t.tenant_id = :tenant"
        + " AND t.assignee_id IN "
        + teamAgents("%s")
        + ")";
  }

  @Override
  String agentCondition() {
    return "ticket_id IN (SELECT t.external_id FROM tickets t WHERE t.tenant_id = :tenant"
        + " AND t.assignee_id = :%s)";
  }

  @Override
  String ticketCondition() {
    return "ticket_id = :%s";
  }

  @Override
  String eventTypeCondition() {
    return "type IN (:%s)";
  }
}
