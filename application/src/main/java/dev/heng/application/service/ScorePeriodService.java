package dev.heng.application.service;

import dev.heng.application.port.in.ScorePeriodCommand;
import dev.heng.application.port.in.ScorePeriodUseCase;
import dev.heng.application.port.in.ScoringRun;
import dev.heng.application.port.out.KnowledgeIndexException;
import dev.heng.application.port.out.LoadKnowledgeActivityPort;
import dev.heng.application.port.out.LoadMessageSentimentsPort;
import dev.heng.application.port.out.LoadScoringInputsPort;
import dev.heng.application.port.out.ResolvedConversation;
import dev.heng.application.port.out.ScorecardStorePort;
import dev.heng.application.port.out.ScoringConfigStorePort;
import dev.heng.domain.emotion.AgentRecovery;
import dev.heng.domain.emotion.ConversationEmotion;
import dev.heng.domain.knowledge.KnowledgeCredit;
import dev.heng.domain.knowledge.KnowledgeCreditCalculator;
import dev.heng.domain.knowledge.KnowledgeCreditRules;
import dev.heng.domain.scoring.CustomerEmotion;
import dev.heng.domain.scoring.Metric;
import dev.heng.domain.scoring.ScorecardCalculator;
import dev.heng.domain.scoring.ScoringConfig;
import dev.heng.domain.scoring.ScoringConfigVersion;
import dev.heng.domain.scoring.ScoringInput;
import dev.heng.domain.scoring.ScoringPeriod;
import dev.heng.domain.scoring.ScoringResult;
import dev.heng.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Scores a period: loads the tenant's configuration and data, how the customers' tickets opened
 * (for grading), and the knowledge activity and conversation emotion when the configuration scores
 * them; computes off the caller's thread on the given scheduler (the computation is CPU-bound), and
 * replaces the period's stored results. When the knowledge activity cannot be read, the period is
 * scored without it: the knowledge metric then has no data and its weight goes to the metrics that
 * have.
 */
public final class ScorePeriodService implements ScorePeriodUseCase {

  private final LoadScoringInputsPort inputs;
  private final ScoringConfigStorePort configs;
  private final ScorecardStorePort scorecards;
  private final LoadKnowledgeActivityPort knowledge;
  private final LoadMessageSentimentsPort sentiments;
  private final Scheduler computation;
  private final Clock clock;
  private final ScorecardCalculator calculator = new ScorecardCalculator();
  private final KnowledgeCreditCalculator credit =
      new KnowledgeCreditCalculator(KnowledgeCreditRules.DEFAULT);

  /**
   * @param computation where the scoring computation runs; a bounded pool, never an event loop
   */
  public ScorePeriodService(
      LoadScoringInputsPort inputs,
      ScoringConfigStorePort configs,
      ScorecardStorePort scorecards,
      LoadKnowledgeActivityPort knowledge,
      LoadMessageSentimentsPort sentiments,
      Scheduler computation,
      Clock clock) {
    this.inputs = inputs;
    this.configs = configs;
    this.scorecards = scorecards;
    this.knowledge = knowledge;
    this.sentiments = sentiments;
    this.computation = computation;
    this.clock = clock;
  }

  @Override
  public Mono<ScoringRun> score(ScorePeriodCommand command) {
    if (!command.caller().role().mayRunScoring()) {
      return Mono.just(
          new ScoringRun.Forbidden(
              "role " + command.caller().role() + " may not start scoring runs"));
    }
    TenantId tenant = command.caller().tenantId();
    return configs
        .current(tenant)
        .defaultIfEmpty(ScoringConfigVersion.defaults())
        .flatMap(
            config -> {
              Instant historyFrom =
                  command
                      .period()
                      .to()
                      .minus(config.config().difficulty().historyDays(), ChronoUnit.DAYS);
              Instant from =
                  historyFrom.isBefore(command.period().from())
                      ? historyFrom
                      : command.period().from();
              ScoringPeriod period = command.period();
              return Mono.zip(
                      inputs.load(tenant, period, from),
                      knowledgeCredit(tenant, period, config.config()),
                      emotionRecovery(tenant, period, config.config()),
                      openingEmotion(tenant, historyFrom, period.to()))
                  .publishOn(computation)
                  .map(
                      loaded -> {
                        ScoringInput input =
                            loaded
                                .getT1()
                                .withKnowledge(loaded.getT2())
                                .withEmotion(loaded.getT3())
                                .withCustomerEmotion(loaded.getT4());
                        return new Computed(input, compute(input, config));
                      });
            })
        .flatMap(
            computed ->
                scorecards
                    .replace(tenant, computed.result(), clock.instant())
                    .thenReturn(completed(computed)));
  }

  /**
   * Each agent's knowledge credit of the period, when the configuration scores it; none when it
   * does not or the knowledge activity cannot be read.
   */
  private Mono<Map<String, KnowledgeCredit>> knowledgeCredit(
      TenantId tenant, ScoringPeriod period, ScoringConfig config) {
    if (!scores(config, Metric.KNOWLEDGE_CONTRIBUTION)) {
      return Mono.just(Map.of());
    }
    return knowledge
        .load(tenant, period.from(), period.to())
        .publishOn(computation)
        .map(activity -> credit.creditByAgent(period.from(), period.to(), activity))
        .onErrorResume(KnowledgeIndexException.class, unreadable -> Mono.just(Map.of()))
        .defaultIfEmpty(Map.of());
  }

  /** Each agent's emotion recovery of the period, when the configuration scores it. */
  private Mono<Map<String, AgentRecovery>> emotionRecovery(
      TenantId tenant, ScoringPeriod period, ScoringConfig config) {
    if (!scores(config, Metric.EMOTION_RECOVERY)) {
      return Mono.just(Map.of());
    }
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
   * How each customer's tickets of the grading window opened, for the negative-emotion share of
   * customer grading.
   */
  private Mono<Map<String, CustomerEmotion>> openingEmotion(
      TenantId tenant, Instant from, Instant to) {
    return sentiments
        .openingEmotion(tenant, from, to, CustomerEmotion.NEGATIVE_BELOW)
        .collectMap(CustomerEmotion::customerId);
  }

  private static boolean scores(ScoringConfig config, Metric metric) {
    return config.metrics().stream().anyMatch(setting -> setting.metric() == metric);
  }

  private ScoringResult compute(ScoringInput input, ScoringConfigVersion config) {
    return calculator.score(input, config.config(), config.version());
  }

  private static ScoringRun completed(Computed computed) {
    ScoringResult result = computed.result();
    int tickets =
        (int)
            computed.input().tickets().stream()
                .filter(
                    ticket ->
                        !ticket.createdAt().isBefore(result.period().from())
                            && ticket.createdAt().isBefore(result.period().to()))
                .count();
    return new ScoringRun.Completed(
        result.period().label(),
        result.configVersion(),
        result.scorecards().size(),
        result.grading().customers().size(),
        tickets,
        result.grading().source(),
        result.fairness());
  }

  private record Computed(ScoringInput input, ScoringResult result) {}
}
