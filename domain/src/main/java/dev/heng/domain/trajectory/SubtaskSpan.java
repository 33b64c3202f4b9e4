package dev.heng.domain.trajectory;

import java.time.Instant;

/**
 * A subtask of a ticket: how a complex problem was decomposed.
 *
 * @param subtaskId the caller's id of the subtask
 * @param openedAt when it was opened, or null when only its closing was recorded
 * @param closedAt when it was closed, or null while open
 * @param openSeconds seconds between opening and closing, or null when either is missing
 */
public record SubtaskSpan(String subtaskId, Instant openedAt, Instant closedAt, Long openSeconds) {}
