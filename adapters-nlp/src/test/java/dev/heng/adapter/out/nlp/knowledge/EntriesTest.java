package dev.heng.adapter.out.nlp.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heng.application.port.out.IndexKnowledgePort;
import dev.heng.domain.record.ActorType;
import dev.heng.domain.record.EventType;
import dev.heng.domain.record.TicketEvent;
import dev.heng.domain.tenant.TenantId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntriesTest {

  private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

  @Test
  void keepsAnEntryForExactlyTheEventTypesTheCatchUpReads() {
    Set<EventType> kept = EnumSet.noneOf(EventType.class);

    for (EventType type : EventType.values()) {
      TicketEvent event =
          new TicketEvent(
              "e-" + type,
              "t-1",
              type,
              T0,
              ActorType.AGENT,
              "a-1",
              "text",
              "query",
              "kb-1",
              "a-2",
              "open",
              "s-1",
              4);
      if (Entries.of(new TenantId(1), event, T0).isPresent()) {
        kept.add(type);
      }
    }

    assertThat(kept).isEqualTo(IndexKnowledgePort.INDEXED_EVENT_TYPES);
  }
}
