package dev.heng.adapter.out.persistence;

import dev.heng.domain.record.Channel;
import dev.heng.domain.record.Priority;
import dev.heng.domain.record.RecordKind;
import dev.heng.domain.record.Ticket;
import io.r2dbc.spi.Readable;
import java.util.List;

final class TicketTable extends RecordTable<Ticket> {

  TicketTable() {
    super(
        RecordKind.TICKETS,
        "tickets",
        Ticket.class,
        List.of(
            Column.text("customer_id"),
            Column.text("assignee_id"),
            Column.text("channel"),
            Column.text("category"),
            Column.text("priority"),
            Column.instant("created_at"),
            Column.instant("first_response_at"),
            Column.instant("resolved_at"),
            Column.integer("reopen_count"),
            Column.integer("satisfaction"),
            Column.flag("complaint"),
            Column.flag("escalated"),
            Column.integer("handle_seconds"),
            Column.text("subject"),
            Column.text("description"),
            Column.text("resolution")));
  }

  @Override
  Object[] values(Ticket ticket) {
    return new Object[] {
      ticket.customerId(),
      ticket.assigneeId(),
      RowValues.name(ticket.channel()),
      ticket.category(),
      RowValues.name(ticket.priority()),
      RowValues.time(ticket.createdAt()),
      RowValues.time(ticket.firstResponseAt()),
      RowValues.time(ticket.resolvedAt()),
      ticket.reopenCount(),
      ticket.satisfaction(),
      ticket.complaint(),
      ticket.escalated(),
      ticket.handleSeconds(),
      ticket.subject(),
      ticket.description(),
      ticket.resolution()
    };
  }

  @Override
  Ticket read(Readable row) {
    return new Ticket(
        RowValues.text(row, "external_id"),
        RowValues.text(row, "customer_id"),
        RowValues.text(row, "assignee_id"),
        RowValues.enumValue(row, "channel", Channel.class),
        RowValues.text(row, "category"),
        RowValues.enumValue(row, "priority", Priority.class),
        RowValues.instant(row, "created_at"),
        RowValues.instant(row, "first_response_at"),
        RowValues.instant(row, "resolved_at"),
        RowValues.integer(row, "reopen_count"),
        RowValues.integer(row, "satisfaction"),
        RowValues.flag(row, "complaint"),
        RowValues.flag(row, "escalated"),
        RowValues.integer(row, "handle_seconds"),
        RowValues.text(row, "subject"),
        RowValues.text(row, "description"),
        RowValues.text(row, "resolution"));
  }

  @Override
  String timeColumn() {
    return "created_at";
  }

  @Override
  String teamCondition() {
    return "assignee_id IN " + teamAgents("%s");
  }

  // Known gap: agent and team scopes follow the current assignee only, so an agent loses sight of a
  // ticket it worked on before a transfer.
  @Override
  String agentCondition() {
    return "assignee_id = :%s";
  }

  @Override
  String customerCondition() {
    return "customer_id = :%s";
  }
}
