package dev.heng.application.service;

import dev.heng.application.port.out.KnowledgeIndexException;
import dev.heng.application.port.out.LoadKnowledgeActivityPort;
import dev.heng.application.port.out.LoadMessageSentimentsPort;
import dev.heng.application.port.out.LoadScoringInputsPort;
import dev.heng.application.port.out.ResolvedConversation;
import dev.heng.domain.emotion.AgentRecovery;
import dev.heng.domain.emotion.ConversationEmotion;
import dev.heng.domain.knowledge.KnowledgeActivity;
import dev.heng.domain.knowledge.KnowledgeCredit;
import dev.heng.domain.knowledge.KnowledgeCreditCalculator;
import dev.heng.domain.knowledge.KnowledgeCreditRules;
import dev.heng.domain.knowledge.KnowledgeUse;
import dev.heng.domain.scoring.CustomerEmotion;
import dev.heng.domain.scoring.DifficultyDimension;
import dev.heng.domain.scoring.DifficultySettings;
import dev.heng.domain.scoring.Metric;
import dev.heng.domain.scoring.ScoringConfig;
import dev.heng.domain.scoring.ScoringInput;
import dev.heng.domain.scoring.ScoringPeriod;
import dev.heng.domain.tenant.TenantId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Loads what scoring needs for one or more periods that lie within an outer one, reading the
 * tenant's records once: one history window covering every period's grading window, the outer
 * period's contributions and knowledge activity, how the customers' tickets of each grading window
 * opened, and each period's emotion recovery when the configuration scores it. Each period's
 * knowledge use counts the searches and links made in that period, as if it were scored alone. When
 * the knowledge activity cannot be read, the periods are scored without it: knowledge contribution
 * and retrieval then have no data and their weights go to the metrics that have.
 */
final class ScoringInputs {

  private final LoadScoringInputsPort inputs;
  private final LoadKnowledgeActivityPort knowledge;
  private final LoadMessageSentimentsPort sentiments;
  private final Scheduler computation;
  private final KnowledgeCreditCalculator credit =
      new KnowledgeCreditCalculator(KnowledgeCreditRules.DEFAULT);

  ScoringInputs(
      LoadScoringInputsPort inputs,
      LoadKnowledgeActivityPort knowledge,
      LoadMessageSentimentsPort sentiments,
      Scheduler computation) {
    this.inputs = inputs;
    this.knowledge = knowledge;
    this.sentiments = sentiments;
    this.computation = computation;
  }

  /**
   * One input per period, in the order given.
   *
   * @param outer a period that holds every one of {@code periods}
   * @param periods the periods to score, each within {@code outer}
   */
  Mono<List<ScoringInput>> load(
      TenantId tenant, ScoringPeriod outer, List<ScoringPeriod> periods, ScoringConfig config) {
    Instant historyFrom = outer.from();
    for (ScoringPeriod period : periods) {
      Instant window = period.to().minus(config.difficulty().historyDays(), ChronoUnit.DAYS);
      historyFrom = window.isBefore(historyFrom) ? window : historyFrom;
    }
    return Mono.zip(
            inputs.load(tenant, outer, historyFrom),
            activity(tenant, outer, config),
            emotionRecovery(tenant, periods, config),
            openingEmotion(tenant, periods, config))
        .publishOn(computation)
        .map(
            loaded -> {
              ScoringInput base = loaded.getT1();
              List<ScoringInput> each = new ArrayList<>(periods.size());
              for (int p = 0; p < periods.size(); p++) {
                ScoringPeriod period = periods.get(p);
                each.add(
                    new ScoringInput(
                        period,
                        base.agents(),
                        base.customers(),
                        base.tickets(),
                        base.contributions(),
                        credit(period, loaded.getT2()),
                        loaded.getT3().get(p),
                        loaded.getT4().get(p),
                        use(period, loaded.getT2())));
              }
              return List.copyOf(each);
            });
  }

  /**
   * The knowledge activity of the outer period, when the configuration scores knowledge credit or
   * retrieval; empty activity when it does not or the activity cannot be read.
   */
  private Mono<List<KnowledgeActivity>> activity(
      TenantId tenant, ScoringPeriod outer, ScoringConfig config) {
    if (!scores(config, Metric.KNOWLEDGE_CONTRIBUTION)
        && !scores(config, Metric.KNOWLEDGE_RETRIEVAL)) {
      return Mono.just(List.of());
    }
    return knowledge
        .load(tenant, outer.from(), outer.to())
        .map(List::of)
        .onErrorResume(KnowledgeIndexException.class, unreadable -> Mono.just(List.of()))
        .defaultIfEmpty(List.of());
  }

  private Map<String, KnowledgeCredit> credit(
      ScoringPeriod period, List<KnowledgeActivity> activity) {
    return activity.isEmpty()
        ? Map.of()
        : credit.creditByAgent(period.from(), period.to(), activity.getFirst());
  }

  /** Who searched for and linked which tickets in the period, within the loaded activity. */
  private static KnowledgeUse use(ScoringPeriod period, List<KnowledgeActivity> activity) {
    return activity.isEmpty()
        ? KnowledgeUse.NONE
        : activity.getFirst().use(period.from(), period.to());
  }

  /** Each period's emotion recovery per agent, when the configuration scores it. */
  private Mono<List<Map<String, AgentRecovery>>> emotionRecovery(
      TenantId tenant, List<ScoringPeriod> periods, ScoringConfig config) {
    if (!scores(config, Metric.EMOTION_RECOVERY)) {
      return Mono.just(nothingPer(periods));
    }
    return Flux.fromIterable(periods)
        .concatMap(period -> emotionRecovery(tenant, period))
        .collectList();
  }

  private Mono<Map<String, AgentRecovery>> emotionRecovery(TenantId tenant, ScoringPeriod period) {
    return sentiments
        .resolvedConversations(tenant, period.from(), period.to(), null)
        .collectMultimap(
            ResolvedConversation::agentId,
            conversation -> ConversationEmotion.of(conversation.customerScores()))
        .map(
            byAgent -> {
              Map<String, AgentRecovery> recovery = new HashMap<>();
              byAgent.forEach(
                  (agent, emotions) ->
                      recovery.put(agent, AgentRecovery.of(agent, List.copyOf(emotions))));
              return recovery;
            });
  }

  /**
   * How each customer's tickets of each period's grading window opened, for the negative-emotion
   * share of customer grading.
   */
  private Mono<List<Map<String, CustomerEmotion>>> openingEmotion(
      TenantId tenant, List<ScoringPeriod> periods, ScoringConfig config) {
    DifficultySettings difficulty = config.difficulty();
    if (difficulty.source() == DifficultySettings.WeightSource.CONFIGURED
        && difficulty.fallbackWeights().get(DifficultyDimension.NEGATIVE_EMOTION_SHARE) == 0) {
      // Configured weights that give the dimension none: grading would not read it.
      return Mono.just(nothingPer(periods));
    }
    return Flux.fromIterable(periods)
        .concatMap(
            period ->
                sentiments
                    .openingEmotion(
                        tenant,
                        period.to().minus(config.difficulty().historyDays(), ChronoUnit.DAYS),
                        period.to(),
                        CustomerEmotion.NEGATIVE_BELOW)
                    .collectMap(CustomerEmotion::customerId))
        .collectList();
  }

  /** An empty map for each period. */
  private static <V> List<Map<String, V>> nothingPer(List<ScoringPeriod> periods) {
    List<Map<String, V>> none = new ArrayList<>(periods.size());
    periods.forEach(period -> none.add(Map.of()));
    return none;
  }

  /** Whether the configuration's card holds the metric. */
  static boolean scores(ScoringConfig config, Metric metric) {
    return config.metrics().stream().anyMatch(setting -> setting.metric() == metric);
  }
}
