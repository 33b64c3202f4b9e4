package dev.heng.adapter.in.web;

import dev.heng.domain.record.ActorType;
import dev.heng.domain.record.EventType;
import java.time.Instant;

/** A ticket event as it travels over the API. */
public record TicketEventDto(
    String externalId,
    String ticketId,
    EventType type,
    Instant occurredAt,
    ActorType actorType,
    String actorId,
    String text,
    String query,
    String articleId,
    String targetAgentId,
    String status,
    String subtaskId,
    Integer rating) {}
