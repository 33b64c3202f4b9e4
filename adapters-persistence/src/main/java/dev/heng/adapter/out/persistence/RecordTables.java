package dev.heng.adapter.out.persistence;

import dev.heng.domain.record.RecordKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The table of every record kind. */
final class RecordTables {

  private final Map<RecordKind, RecordTable<?>> byKind = new EnumMap<>(RecordKind.class);

  RecordTables() {
    for (RecordTable<?> table :
        List.of(
            new TeamTable(),
            new AgentTable(),
            new CustomerTable(),
            new TicketTable(),
            new TicketEventTable(),
            new ArticleTable(),
            new ContributionTable())) {
      byKind.put(table.kind(), table);
    }
    if (byKind.size() != RecordKind.values().length) {
      throw new IllegalStateException("every record kind needs a table, have " + byKind.keySet());
    }
  }

  RecordTable<?> of(RecordKind kind) {
    return byKind.get(kind);
  }
}
