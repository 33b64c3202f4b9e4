package dev.heng.application.service;

import dev.heng.application.port.in.MeasureEmotionRecoveryQuery;
import dev.heng.application.port.in.MeasureEmotionRecoveryUseCase;
import dev.heng.application.port.out.LoadMessageSentimentsPort;
import dev.heng.application.port.out.ResolvedConversation;
import dev.heng.domain.emotion.AgentRecovery;
import dev.heng.domain.emotion.ConversationEmotion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import reactor.core.publisher.Mono;

/** Averages the conversation emotion of each agent's resolved tickets. */
public final class MeasureEmotionRecoveryService implements MeasureEmotionRecoveryUseCase {

  private final LoadMessageSentimentsPort sentiments;

  public MeasureEmotionRecoveryService(LoadMessageSentimentsPort sentiments) {
    this.sentiments = sentiments;
  }

  // Known gap: a ticket counts for the agent it is assigned to when read, not the agent who
  // resolved it, so a ticket reassigned after resolution credits the new assignee.
  @Override
  public Mono<List<AgentRecovery>> measure(MeasureEmotionRecoveryQuery query) {
    return sentiments
        .resolvedConversations(query.tenantId(), query.from(), query.to(), query.agentId())
        .collectList()
        .map(
            conversations -> {
              Map<String, List<ConversationEmotion>> byAgent = new TreeMap<>();
              if (query.agentId() != null) {
                byAgent.put(query.agentId(), new ArrayList<>());
              }
              for (ResolvedConversation conversation : conversations) {
                byAgent
                    .computeIfAbsent(conversation.agentId(), id -> new ArrayList<>())
                    .add(ConversationEmotion.of(conversation.customerScores()));
              }
              List<AgentRecovery> recoveries = new ArrayList<>(byAgent.size());
              byAgent.forEach(
                  (agent, emotions) -> recoveries.add(AgentRecovery.of(agent, emotions)));
              return List.copyOf(recoveries);
            });
  }
}
