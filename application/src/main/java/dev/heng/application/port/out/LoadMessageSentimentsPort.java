package dev.heng.application.port.out;

import dev.heng.domain.emotion.SentimentResult;
import dev.heng.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads stored sentiment results of messages. */
public interface LoadMessageSentimentsPort {

  /**
   * The latest result for each message of a ticket at its current content.
   *
   * @return a mono of results by event external id; messages not analysed yet are absent
   */
  Mono<Map<String, SentimentResult>> forTicket(TenantId tenantId, String ticketId);

  /**
   * The tickets resolved in {@code [from, to)} that have at least one scored customer message, with
   * those scores in time order (the latest result per message).
   *
   * @param agentId only tickets assigned to this agent, or null for all agents
   * @return the conversations, in ticket id order
   */
  Flux<ResolvedConversation> resolvedConversations(
      TenantId tenantId, Instant from, Instant to, String agentId);
}
