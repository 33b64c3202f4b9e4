package dev.heng.domain.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RecordKindTest {

  @ParameterizedTest
  @EnumSource(RecordKind.class)
  void findsEachKindByItsPath(RecordKind kind) {
    assertThat(RecordKind.fromPath(kind.path())).contains(kind);
  }

  @Test
  void namesEventsWithADash() {
    assertThat(RecordKind.TICKET_EVENTS.path()).isEqualTo("ticket-events");
  }

  @Test
  void findsNoKindForUnknownOrDifferentlyCasedPath() {
    assertThat(RecordKind.fromPath("ticket_events")).isEmpty();
    assertThat(RecordKind.fromPath("Teams")).isEmpty();
    assertThat(RecordKind.fromPath(null)).isEmpty();
  }
}
