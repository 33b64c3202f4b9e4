package dev.heng.domain.trajectory;

import java.time.Instant;

/**
 * A ticket passing from one agent to another.
 *
 * @param at when
 * @param fromAgentId the agent who had it
 * @param toAgentId the agent who got it
 * @param eventId the assignment or transfer event
 */
public record Handover(Instant at, String fromAgentId, String toAgentId, String eventId) {}
