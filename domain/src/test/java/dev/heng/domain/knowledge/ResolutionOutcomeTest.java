package dev.heng.domain.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ResolutionOutcomeTest {

  private static final Instant AT = Instant.parse("2026-11-10T09:00:00Z");

  @Test
  void weighsAQuickSatisfiedFirstContactResolutionFully() {
    ResolutionOutcome outcome = ticket(AT.plusSeconds(60), 0, false, 5, 0).outcome();

    assertThat(outcome.firstContact()).isTrue();
    assertThat(outcome.weight()).isEqualTo(1.0, offset(1e-9));
  }

  @Test
  void weighsAnOpenTicketZero() {
    assertThat(ticket(null, 0, false, 5, 0).outcome().weight()).isZero();
  }

  @Test
  void countsUnknownRatingAndHandleTimeAsHalf() {
    ResolutionOutcome outcome = ticket(AT.plusSeconds(60), 2, true, null, null).outcome();

    assertThat(outcome.firstContact()).isFalse();
    assertThat(outcome.reopened()).isTrue();
    assertThat(outcome.weight()).isEqualTo(0.25 * 0.5 + 0.15 * 0.5, offset(1e-9));
  }

  @Test
  void halvesTheHandlingShareAtHalfAnHour() {
    double quick = ticket(AT.plusSeconds(60), 0, false, 3, 0).outcome().weight();
    double halfHour = ticket(AT.plusSeconds(60), 0, false, 3, 1800).outcome().weight();

    assertThat(quick - halfHour).isEqualTo(0.15 * 0.5, offset(1e-9));
  }

  private static KnowledgeTicket ticket(
      Instant resolvedAt, int reopens, boolean escalated, Integer rating, Integer handle) {
    return new KnowledgeTicket(
        "t1",
        "bob",
        "billing",
        null,
        null,
        null,
        AT,
        resolvedAt,
        reopens,
        escalated,
        rating,
        handle);
  }
}
