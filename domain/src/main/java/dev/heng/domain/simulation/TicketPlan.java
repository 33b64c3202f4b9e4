package dev.heng.domain.simulation;

import dev.heng.domain.record.Channel;
import dev.heng.domain.record.Priority;

/**
 * Everything decided about a ticket before its trajectory is written.
 *
 * @param id the ticket's external id
 * @param customer the customer who raised it
 * @param owner the agent who keeps the customer and handles the ticket
 * @param colleague the colleague on shift who picks the ticket up before a handover, or null
 * @param channel the channel, one the owner serves
 * @param category the problem category
 * @param issue the kind of problem within the category
 * @param priority the priority
 * @param createdSecond creation time in epoch seconds
 * @param outcome what the outcome model drew
 */
record TicketPlan(
    String id,
    CustomerProfile customer,
    AgentProfile owner,
    AgentProfile colleague,
    Channel channel,
    ProblemCategory category,
    IssueTemplate issue,
    Priority priority,
    long createdSecond,
    TicketOutcome outcome) {}
