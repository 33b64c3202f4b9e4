package dev.heng.archfixture.domain.agent;

import dev.heng.archfixture.domain.ticket.TicketAssignedToAgent;
import java.util.List;

/** Breaks "no cycles" together with {@link TicketAssignedToAgent}. */
public record AgentWithOpenTickets(String id, List<TicketAssignedToAgent> openTickets) {}
