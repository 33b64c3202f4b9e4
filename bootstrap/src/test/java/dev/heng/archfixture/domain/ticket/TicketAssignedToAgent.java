package dev.heng.archfixture.domain.ticket;

import dev.heng.archfixture.domain.agent.AgentWithOpenTickets;

/**
 * Breaks "no cycles" together with {@link AgentWithOpenTickets}: two domain packages that use each
 * other, which only the cycle rule can see, since both sit in the same layer.
 */
public record TicketAssignedToAgent(String id, AgentWithOpenTickets agent) {}
