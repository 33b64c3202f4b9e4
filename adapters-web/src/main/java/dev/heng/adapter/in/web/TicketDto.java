package dev.heng.adapter.in.web;

import dev.heng.domain.record.Channel;
import dev.heng.domain.record.Priority;
import java.time.Instant;

/** A ticket as it travels over the API. */
public record TicketDto(
    String externalId,
    String customerId,
    String assigneeId,
    Channel channel,
    String category,
    Priority priority,
    Instant createdAt,
    Instant firstResponseAt,
    Instant resolvedAt,
    Integer reopenCount,
    Integer satisfaction,
    Boolean complaint,
    Boolean escalated,
    Integer handleSeconds,
    String subject,
    String description,
    String resolution) {}
