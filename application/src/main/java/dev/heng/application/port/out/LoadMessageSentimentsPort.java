package dev.heng.application.port.out;

import dev.heng.domain.emotion.SentimentResult;
import dev.heng.domain.scoring.CustomerEmotion;
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

  /**
   * How the tickets created in {@code [from, to)} opened, per customer: of each customer's tickets
   * whose first customer message has a score at its current content (the latest scored result), how
   * many scored below {@code negativeBelow}.
   *
   * @param negativeBelow the score in [-1, 1] below which an opening counts as negative
   * @return one entry per customer with at least one scored opening, in no particular order
   */
  Flux<CustomerEmotion> openingEmotion(
      TenantId tenantId, Instant from, Instant to, double negativeBelow);
}
