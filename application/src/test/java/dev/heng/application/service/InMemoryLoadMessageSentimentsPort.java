package dev.heng.application.service;

import dev.heng.application.port.out.LoadMessageSentimentsPort;
import dev.heng.application.port.out.ResolvedConversation;
import dev.heng.domain.emotion.SentimentResult;
import dev.heng.domain.scoring.CustomerEmotion;
import dev.heng.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Resolved conversations and customers' opening emotion held in memory, all of them taken as lying
 * in any period asked.
 */
final class InMemoryLoadMessageSentimentsPort implements LoadMessageSentimentsPort {

  private final List<ResolvedConversation> conversations = new ArrayList<>();
  private final List<CustomerEmotion> openings = new ArrayList<>();
  private int reads;
  private double negativeBelowAsked = Double.NaN;

  void add(ResolvedConversation conversation) {
    conversations.add(conversation);
  }

  void add(CustomerEmotion opening) {
    openings.add(opening);
  }

  /** The cut point the last read of opening emotion asked for, NaN before any. */
  double negativeBelowAsked() {
    return negativeBelowAsked;
  }

  /** How often the resolved conversations were read. */
  int reads() {
    return reads;
  }

  @Override
  public Mono<Map<String, SentimentResult>> forTicket(TenantId tenantId, String ticketId) {
    return Mono.just(Map.of());
  }

  @Override
  public Flux<ResolvedConversation> resolvedConversations(
      TenantId tenantId, Instant from, Instant to, String agentId) {
    return Flux.defer(
        () -> {
          reads++;
          return Flux.fromIterable(List.copyOf(conversations))
              .filter(conversation -> agentId == null || agentId.equals(conversation.agentId()));
        });
  }

  @Override
  public Flux<CustomerEmotion> openingEmotion(
      TenantId tenantId, Instant from, Instant to, double negativeBelow) {
    return Flux.defer(
        () -> {
          negativeBelowAsked = negativeBelow;
          return Flux.fromIterable(List.copyOf(openings));
        });
  }
}
