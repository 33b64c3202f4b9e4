package dev.heng.domain.record;

import static dev.heng.domain.record.Rejections.rejectedField;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class TicketEventTest {

  private static final Instant AT = Instant.parse("2025-02-03T08:00:00Z");

  /** The payload field each event type needs; types not listed need none. */
  private static final Map<EventType, String> PAYLOAD = new EnumMap<>(EventType.class);

  static {
    PAYLOAD.put(EventType.MESSAGE, "text");
    PAYLOAD.put(EventType.KNOWLEDGE_SEARCHED, "query");
    PAYLOAD.put(EventType.KNOWLEDGE_LINKED, "articleId");
    PAYLOAD.put(EventType.ASSIGNED, "targetAgentId");
    PAYLOAD.put(EventType.TRANSFERRED, "targetAgentId");
    PAYLOAD.put(EventType.STATUS_CHANGED, "status");
    PAYLOAD.put(EventType.SUBTASK_OPENED, "subtaskId");
    PAYLOAD.put(EventType.SUBTASK_CLOSED, "subtaskId");
    PAYLOAD.put(EventType.RATING_RECEIVED, "rating");
  }

  /** An agent's event of {@code type} carrying only the payload field named, if any. */
  private static TicketEvent eventWith(EventType type, String payloadField) {
    return new TicketEvent(
        "ev-1",
        "tk-1",
        type,
        AT,
        ActorType.AGENT,
        "agent-1",
        "text".equals(payloadField) ? "Hello, how can I help?" : null,
        "query".equals(payloadField) ? "refund policy" : null,
        "articleId".equals(payloadField) ? "kb-9" : null,
        "targetAgentId".equals(payloadField) ? "agent-2" : null,
        "status".equals(payloadField) ? "pending" : null,
        "subtaskId".equals(payloadField) ? "sub-1" : null,
        "rating".equals(payloadField) ? 5 : null);
  }

  private static TicketEvent message(ActorType actorType, String actorId, String text) {
    return new TicketEvent(
        "ev-1",
        "tk-1",
        EventType.MESSAGE,
        AT,
        actorType,
        actorId,
        text,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  @ParameterizedTest
  @EnumSource(
      value = EventType.class,
      names = {"CREATED", "ESCALATED", "RESOLVED", "REOPENED"},
      mode = EnumSource.Mode.EXCLUDE)
  void rejectsEventWithoutThePayloadItsTypeNeeds(EventType type) {
    String field = PAYLOAD.get(type);

    assertThat(rejectedField(() -> eventWith(type, null))).isEqualTo(field);
  }

  @ParameterizedTest
  @EnumSource(EventType.class)
  void acceptsEventWithThePayloadItsTypeNeeds(EventType type) {
    TicketEvent event = eventWith(type, PAYLOAD.get(type));

    assertThat(event.type()).isEqualTo(type);
    assertThat(event.kind()).isEqualTo(RecordKind.TICKET_EVENTS);
  }

  @ParameterizedTest
  @EnumSource(
      value = EventType.class,
      names = {"CREATED", "ESCALATED", "RESOLVED", "REOPENED"})
  void acceptsEventWithoutPayloadWhenItsTypeNeedsNone(EventType type) {
    TicketEvent event = eventWith(type, null);

    assertThat(event.text()).isNull();
    assertThat(event.rating()).isNull();
  }

  @Test
  void rejectsBlankMessageText() {
    assertThat(rejectedField(() -> message(ActorType.CUSTOMER, "cust-1", "  "))).isEqualTo("text");
  }

  @Test
  void requiresActorIdUnlessTheSystemActed() {
    assertThat(rejectedField(() -> message(ActorType.AGENT, null, "Hi"))).isEqualTo("actorId");
    assertThat(rejectedField(() -> message(ActorType.CUSTOMER, null, "Hi"))).isEqualTo("actorId");
    assertThat(message(ActorType.SYSTEM, null, "Auto-reply").actorId()).isNull();
  }

  @Test
  void requiresTicketTypeTimeAndActorType() {
    assertThat(
            rejectedField(
                () ->
                    new TicketEvent(
                        "ev-1",
                        null,
                        EventType.CREATED,
                        AT,
                        ActorType.SYSTEM,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)))
        .isEqualTo("ticketId");
    assertThat(
            rejectedField(
                () ->
                    new TicketEvent(
                        "ev-1",
                        "tk-1",
                        null,
                        AT,
                        ActorType.SYSTEM,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)))
        .isEqualTo("type");
    assertThat(
            rejectedField(
                () ->
                    new TicketEvent(
                        "ev-1",
                        "tk-1",
                        EventType.CREATED,
                        null,
                        ActorType.SYSTEM,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)))
        .isEqualTo("occurredAt");
    assertThat(
            rejectedField(
                () ->
                    new TicketEvent(
                        "ev-1",
                        "tk-1",
                        EventType.CREATED,
                        AT,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)))
        .isEqualTo("actorType");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 6})
  void rejectsRatingOutside1To5EvenOnOtherTypes(int rating) {
    assertThat(
            rejectedField(
                () ->
                    new TicketEvent(
                        "ev-1",
                        "tk-1",
                        EventType.RESOLVED,
                        AT,
                        ActorType.SYSTEM,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        rating)))
        .isEqualTo("rating");
  }

  @Test
  void limitsPayloadLengths() {
    assertThat(message(ActorType.AGENT, "a-1", "t".repeat(20_000)).text()).hasSize(20_000);
    assertThat(rejectedField(() -> message(ActorType.AGENT, "a-1", "t".repeat(20_001))))
        .isEqualTo("text");
    assertThat(
            rejectedField(
                () ->
                    new TicketEvent(
                        "ev-1",
                        "tk-1",
                        EventType.KNOWLEDGE_SEARCHED,
                        AT,
                        ActorType.AGENT,
                        "a-1",
                        null,
                        "q".repeat(1_001),
                        null,
                        null,
                        null,
                        null,
                        null)))
        .isEqualTo("query");
    assertThat(
            rejectedField(
                () ->
                    new TicketEvent(
                        "ev-1",
                        "tk-1",
                        EventType.STATUS_CHANGED,
                        AT,
                        ActorType.AGENT,
                        "a-1",
                        null,
                        null,
                        null,
                        null,
                        "s".repeat(51),
                        null,
                        null)))
        .isEqualTo("status");
  }

  @Test
  void checksReferencedIdsLikeExternalIds() {
    assertThat(
            rejectedField(
                () ->
                    new TicketEvent(
                        "ev-1",
                        "tk-1",
                        EventType.KNOWLEDGE_LINKED,
                        AT,
                        ActorType.AGENT,
                        "a-1",
                        null,
                        null,
                        "kb/9",
                        null,
                        null,
                        null,
                        null)))
        .isEqualTo("articleId");
    assertThat(
            rejectedField(
                () ->
                    new TicketEvent(
                        "ev-1",
                        "tk-1",
                        EventType.TRANSFERRED,
                        AT,
                        ActorType.AGENT,
                        "a-1",
                        null,
                        null,
                        null,
                        "agent\n2",
                        null,
                        null,
                        null)))
        .isEqualTo("targetAgentId");
  }

  @Test
  void rejectsNulInMessageText() {
    assertThat(rejectedField(() -> message(ActorType.CUSTOMER, "cust-1", "Hi\u0000there")))
        .isEqualTo("text");
  }
}
