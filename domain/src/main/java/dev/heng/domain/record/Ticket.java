package dev.heng.domain.record;

import java.time.Instant;

/**
 * A customer's ticket, with its outcome as far as it is known.
 *
 * @param externalId the caller's id of the ticket
 * @param customerId external id of the customer who raised it
 * @param assigneeId external id of the agent who owns it, or null while unassigned
 * @param channel the channel it came in through
 * @param category the problem category, such as {@code billing}
 * @param priority its priority
 * @param createdAt when it was raised
 * @param firstResponseAt when an agent first answered, or null
 * @param resolvedAt when it was last resolved, or null while open
 * @param reopenCount how often it was reopened, 0 or more
 * @param satisfaction the customer's rating 1..5, or null when not rated
 * @param complaint whether the customer complained about the handling
 * @param escalated whether it was escalated
 * @param handleSeconds the agent working time spent on it in seconds, the basis of average handle
 *     time: 0..{@value #MAX_HANDLE_SECONDS}, or null when unknown
 * @param subject a short subject line, or null
 * @param description the problem as the customer described it, or null
 * @param resolution how it was resolved, or null
 */
public record Ticket(
    String externalId,
    String customerId,
    String assigneeId,
    Channel channel,
    String category,
    Priority priority,
    Instant createdAt,
    Instant firstResponseAt,
    Instant resolvedAt,
    int reopenCount,
    Integer satisfaction,
    boolean complaint,
    boolean escalated,
    Integer handleSeconds,
    String subject,
    String description,
    String resolution)
    implements IntakeRecord {

  /** The largest handle time accepted, in seconds: about 116 days. */
  public static final int MAX_HANDLE_SECONDS = 10_000_000;

  public Ticket {
    externalId = Fields.externalId("externalId", externalId);
    customerId = Fields.externalId("customerId", customerId);
    assigneeId = Fields.optionalExternalId("assigneeId", assigneeId);
    Fields.required("channel", channel);
    category = Fields.text("category", category, 100);
    Fields.required("priority", priority);
    createdAt = Fields.instant("createdAt", createdAt);
    firstResponseAt = Fields.micros(firstResponseAt);
    resolvedAt = Fields.micros(resolvedAt);
    Fields.notBefore("firstResponseAt", firstResponseAt, "createdAt", createdAt);
    Fields.notBefore("resolvedAt", resolvedAt, "createdAt", createdAt);
    Fields.range("reopenCount", reopenCount, 0, 1000);
    Fields.optionalRange("satisfaction", satisfaction, 1, 5);
    Fields.optionalRange("handleSeconds", handleSeconds, 0, MAX_HANDLE_SECONDS);
    subject = Fields.optionalText("subject", subject, 500);
    description = Fields.optionalText("description", description, 20_000);
    resolution = Fields.optionalText("resolution", resolution, 20_000);
  }

  @Override
  public RecordKind kind() {
    return RecordKind.TICKETS;
  }
}
