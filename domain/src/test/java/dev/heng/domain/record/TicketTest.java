package dev.heng.domain.record;

import static dev.heng.domain.record.Rejections.rejectedField;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TicketTest {

  private static final Instant CREATED = Instant.parse("2025-02-03T08:00:00Z");

  private static Ticket timed(Instant createdAt, Instant firstResponseAt, Instant resolvedAt) {
    return new Ticket(
        "tk-1",
        "cust-1",
        "agent-1",
        Channel.EMAIL,
        "billing",
        Priority.HIGH,
        createdAt,
        firstResponseAt,
        resolvedAt,
        0,
        4,
        false,
        false,
        540,
        "Invoice twice",
        "I was charged twice.",
        "Refunded.");
  }

  private static Ticket rated(int reopenCount, Integer satisfaction) {
    return new Ticket(
        "tk-1",
        "cust-1",
        null,
        Channel.CHAT,
        "billing",
        Priority.LOW,
        CREATED,
        null,
        null,
        reopenCount,
        satisfaction,
        false,
        false,
        null,
        null,
        null,
        null);
  }

  private static Ticket handled(Integer handleSeconds) {
    return new Ticket(
        "tk-1",
        "cust-1",
        "agent-1",
        Channel.PHONE,
        "billing",
        Priority.NORMAL,
        CREATED,
        CREATED.plusSeconds(30),
        null,
        0,
        null,
        false,
        false,
        handleSeconds,
        null,
        null,
        null);
  }

  private static Ticket described(String category, String subject, String description) {
    return new Ticket(
        "tk-1",
        "cust-1",
        null,
        Channel.CHAT,
        category,
        Priority.LOW,
        CREATED,
        null,
        null,
        0,
        null,
        false,
        false,
        null,
        subject,
        description,
        null);
  }

  @Test
  void truncatesItsInstantsToMicroseconds() {
    Ticket ticket =
        timed(
            Instant.parse("2025-02-03T08:00:00.123456789Z"),
            Instant.parse("2025-02-03T08:05:00.000000999Z"),
            Instant.parse("2025-02-03T09:00:00.5Z"));

    assertThat(ticket.createdAt()).isEqualTo(Instant.parse("2025-02-03T08:00:00.123456Z"));
    assertThat(ticket.firstResponseAt()).isEqualTo(Instant.parse("2025-02-03T08:05:00Z"));
    assertThat(ticket.resolvedAt()).isEqualTo(Instant.parse("2025-02-03T09:00:00.5Z"));
    assertThat(ticket.kind()).isEqualTo(RecordKind.TICKETS);
  }

  @Test
  void allowsOpenUnansweredUnassignedTicket() {
    Ticket ticket = rated(0, null);

    assertThat(ticket.assigneeId()).isNull();
    assertThat(ticket.firstResponseAt()).isNull();
    assertThat(ticket.resolvedAt()).isNull();
    assertThat(ticket.satisfaction()).isNull();
  }

  @Test
  void requiresCreationTime() {
    assertThat(rejectedField(() -> timed(null, null, null))).isEqualTo("createdAt");
  }

  @Test
  void rejectsFirstResponseBeforeCreation() {
    Instant before = CREATED.minusNanos(1_000);

    assertThat(rejectedField(() -> timed(CREATED, before, null))).isEqualTo("firstResponseAt");
  }

  @Test
  void rejectsResolutionBeforeCreation() {
    Instant before = CREATED.minusSeconds(1);

    assertThat(rejectedField(() -> timed(CREATED, null, before))).isEqualTo("resolvedAt");
  }

  @Test
  void acceptsResponseAndResolutionAtTheMomentOfCreation() {
    Ticket ticket = timed(CREATED, CREATED, CREATED);

    assertThat(ticket.resolvedAt()).isEqualTo(CREATED);
  }

  @Test
  void comparesTimesAfterTruncation() {
    Instant created = Instant.parse("2025-02-03T08:00:00.000001500Z");
    Instant sameMicrosecond = Instant.parse("2025-02-03T08:00:00.000001000Z");

    Ticket ticket = timed(created, sameMicrosecond, null);

    assertThat(ticket.firstResponseAt()).isEqualTo(ticket.createdAt());
  }

  @Test
  void requiresCustomerChannelCategoryAndPriority() {
    assertThat(
            rejectedField(
                () ->
                    new Ticket(
                        "tk-1",
                        null,
                        null,
                        Channel.CHAT,
                        "billing",
                        Priority.LOW,
                        CREATED,
                        null,
                        null,
                        0,
                        null,
                        false,
                        false,
                        null,
                        null,
                        null,
                        null)))
        .isEqualTo("customerId");
    assertThat(
            rejectedField(
                () ->
                    new Ticket(
                        "tk-1",
                        "c-1",
                        null,
                        null,
                        "billing",
                        Priority.LOW,
                        CREATED,
                        null,
                        null,
                        0,
                        null,
                        false,
                        false,
                        null,
                        null,
                        null,
                        null)))
        .isEqualTo("channel");
    assertThat(rejectedField(() -> described(" ", null, null))).isEqualTo("category");
    assertThat(
            rejectedField(
                () ->
                    new Ticket(
                        "tk-1",
                        "c-1",
                        null,
                        Channel.CHAT,
                        "billing",
                        null,
                        CREATED,
                        null,
                        null,
                        0,
                        null,
                        false,
                        false,
                        null,
                        null,
                        null,
                        null)))
        .isEqualTo("priority");
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 1001})
  void rejectsReopenCountOutside0To1000(int reopenCount) {
    assertThat(rejectedField(() -> rated(reopenCount, null))).isEqualTo("reopenCount");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 6})
  void rejectsSatisfactionOutside1To5(int satisfaction) {
    assertThat(rejectedField(() -> rated(0, satisfaction))).isEqualTo("satisfaction");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 540, 10_000_000})
  void acceptsHandleTimeFrom0To10000000Seconds(int handleSeconds) {
    assertThat(handled(handleSeconds).handleSeconds()).isEqualTo(handleSeconds);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 10_000_001})
  void rejectsHandleTimeOutside0To10000000Seconds(int handleSeconds) {
    assertThat(rejectedField(() -> handled(handleSeconds))).isEqualTo("handleSeconds");
  }

  @Test
  void allowsUnknownHandleTime() {
    assertThat(handled(null).handleSeconds()).isNull();
  }

  @Test
  void limitsTextLengths() {
    assertThat(described("c".repeat(100), "s".repeat(500), "d".repeat(20_000)).category())
        .hasSize(100);
    assertThat(rejectedField(() -> described("c".repeat(101), null, null))).isEqualTo("category");
    assertThat(rejectedField(() -> described("billing", "s".repeat(501), null)))
        .isEqualTo("subject");
    assertThat(rejectedField(() -> described("billing", null, "d".repeat(20_001))))
        .isEqualTo("description");
  }

  @Test
  void limitsResolutionTo20000Characters() {
    assertThat(
            rejectedField(
                () ->
                    new Ticket(
                        "tk-1",
                        "c-1",
                        null,
                        Channel.CHAT,
                        "billing",
                        Priority.LOW,
                        CREATED,
                        null,
                        null,
                        0,
                        null,
                        false,
                        false,
                        null,
                        null,
                        null,
                        "r".repeat(20_001))))
        .isEqualTo("resolution");
  }
}
