package dev.heng.domain.trajectory;

import dev.heng.domain.emotion.ConversationEmotion;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole story of a ticket in figures.
 *
 * @param events the number of events
 * @param start the first event's time, or null without events
 * @param end the last event's time, or null without events
 * @param totalSeconds seconds from the first to the last event
 * @param firstResponseSeconds seconds from the ticket's creation to the first agent message, or
 *     null without one
 * @param agentReplies agent messages that answered a waiting customer
 * @param meanCustomerWaitSeconds the mean customer wait before those replies, or null without any
 * @param longestCustomerWaitSeconds the longest such wait, or null without any
 * @param secondsInStatus seconds spent in each status, in order of first appearance; the status
 *     before any change is {@code open}
 * @param handovers passes between agents
 * @param subtasks subtasks in order of first appearance
 * @param knowledge knowledge searches and links
 * @param emotion the customer's emotion over the conversation, or null without a scored customer
 *     message
 * @param messagesScored messages with a score
 * @param messagesNotAnalysed messages the analyser could not read
 * @param messagesPending messages waiting for analysis
 */
public record TrajectorySummary(
    int events,
    Instant start,
    Instant end,
    long totalSeconds,
    Long firstResponseSeconds,
    int agentReplies,
    Double meanCustomerWaitSeconds,
    Long longestCustomerWaitSeconds,
    Map<String, Long> secondsInStatus,
    List<Handover> handovers,
    List<SubtaskSpan> subtasks,
    KnowledgeUse knowledge,
    ConversationEmotion emotion,
    int messagesScored,
    int messagesNotAnalysed,
    int messagesPending) {

  public TrajectorySummary {
    secondsInStatus = Collections.unmodifiableMap(new LinkedHashMap<>(secondsInStatus));
    handovers = List.copyOf(handovers);
    subtasks = List.copyOf(subtasks);
  }
}
