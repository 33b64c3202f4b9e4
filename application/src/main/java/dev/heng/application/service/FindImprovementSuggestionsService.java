package dev.heng.application.service;

import dev.heng.application.port.in.FindImprovementSuggestionsQuery;
import dev.heng.application.port.in.FindImprovementSuggestionsUseCase;
import dev.heng.application.port.in.SuggestionLookup;
import dev.heng.application.port.out.KnowledgeIndexException;
import dev.heng.application.port.out.LoadKnowledgeActivityPort;
import dev.heng.application.port.out.LoadPeriodScorecardsPort;
import dev.heng.application.port.out.LoadRecordsPort;
import dev.heng.application.port.out.RecordCriteria;
import dev.heng.domain.access.AccessScope;
import dev.heng.domain.access.Caller;
import dev.heng.domain.knowledge.KnowledgeActivity;
import dev.heng.domain.record.ContributionRecord;
import dev.heng.domain.record.RecordKind;
import dev.heng.domain.record.Ticket;
import dev.heng.domain.scoring.Scorecard;
import dev.heng.domain.scoring.ScoringPeriod;
import dev.heng.domain.suggestion.ImprovementAdvisor;
import dev.heng.domain.suggestion.PeerComparison;
import dev.heng.domain.suggestion.SuggestionEvidence;
import dev.heng.domain.tenant.TenantId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Compares an agent visible to the caller with its peers in a stored period and, when a metric is
 * weak, gathers the evidence for next steps: the agent's tickets of the period, the knowledge
 * activity of the period, the tenant's training results of the training window and the stored
 * scorecards of the earlier periods. Without a weak metric nothing but scorecards is read. When the
 * knowledge activity cannot be read, the plan says so instead of listing articles.
 */
public final class FindImprovementSuggestionsService implements FindImprovementSuggestionsUseCase {

  private static final AccessScope WHOLE = new AccessScope.WholeTenant();

  private final LoadRecordsPort records;
  private final LoadPeriodScorecardsPort scorecards;
  private final LoadKnowledgeActivityPort knowledge;
  private final ImprovementAdvisor advisor;

  public FindImprovementSuggestionsService(
      LoadRecordsPort records,
      LoadPeriodScorecardsPort scorecards,
      LoadKnowledgeActivityPort knowledge,
      ImprovementAdvisor advisor) {
    this.records = records;
    this.scorecards = scorecards;
    this.knowledge = knowledge;
    this.advisor = advisor;
  }

  @Override
  public Mono<SuggestionLookup> find(FindImprovementSuggestionsQuery query) {
    Caller caller = query.caller();
    TenantId tenant = caller.tenantId();
    Mono<String> period =
        query.period() != null
            ? Mono.just(query.period().label())
            : Mono.defer(() -> scorecards.latestPeriod(tenant));
    return records
        .load(tenant, RecordKind.AGENTS, query.agentId(), caller.scope())
        .flatMap(
            agent ->
                period
                    .flatMap(label -> lookup(caller, query.agentId(), ScoringPeriod.parse(label)))
                    .switchIfEmpty(Mono.fromSupplier(() -> new SuggestionLookup.NotScored(null))));
  }

  private Mono<SuggestionLookup> lookup(Caller caller, String agentId, ScoringPeriod period) {
    TenantId tenant = caller.tenantId();
    return scorecards
        .scorecards(tenant, period.label())
        .collectList()
        .flatMap(
            cards -> {
              if (cards.isEmpty()) {
                return Mono.just(new SuggestionLookup.NotScored(period.label()));
              }
              Optional<Scorecard> own =
                  cards.stream().filter(card -> card.agentId().equals(agentId)).findFirst();
              if (own.isEmpty()) {
                return Mono.just(new SuggestionLookup.AgentNotScored(period.label()));
              }
              PeerComparison comparison = advisor.compare(period, own.get(), cards);
              Mono<SuggestionEvidence> evidence =
                  comparison.weakMetrics().isEmpty()
                      ? Mono.just(SuggestionEvidence.none())
                      : evidence(tenant, agentId, period);
              Predicate<String> visible = visibleTo(caller.scope(), cards);
              return evidence.map(
                  found ->
                      new SuggestionLookup.Found(
                          advisor.advise(comparison, found).visibleTo(visible)));
            });
  }

  private Mono<SuggestionEvidence> evidence(TenantId tenant, String agentId, ScoringPeriod period) {
    Mono<List<Ticket>> tickets =
        RecordPages.all(
                records,
                tenant,
                RecordKind.TICKETS,
                new RecordCriteria(null, agentId, null, null, period.from(), period.to(), null),
                WHOLE)
            .cast(Ticket.class)
            .collectList();
    Mono<List<ContributionRecord>> contributions =
        RecordPages.all(
                records,
                tenant,
                RecordKind.CONTRIBUTIONS,
                new RecordCriteria(
                    null, null, null, null, advisor.trainingFrom(period), period.from(), null),
                WHOLE)
            .cast(ContributionRecord.class)
            .collectList();
    Mono<Map<String, List<Scorecard>>> earlier =
        Flux.fromIterable(advisor.earlierPeriods(period))
            .concatMap(
                label ->
                    scorecards
                        .scorecards(tenant, label)
                        .collectList()
                        .map(cards -> Map.entry(label, cards)))
            .collect(
                HashMap<String, List<Scorecard>>::new,
                (map, entry) -> map.put(entry.getKey(), entry.getValue()));
    Mono<Optional<KnowledgeActivity>> activity =
        knowledge
            .load(tenant, period.from(), period.to())
            .map(Optional::of)
            .onErrorResume(
                KnowledgeIndexException.class, unreadable -> Mono.just(Optional.empty()));
    return Mono.zip(tickets, activity, contributions, earlier)
        .map(
            loaded ->
                new SuggestionEvidence(
                    loaded.getT1(), loaded.getT2().orElse(null), loaded.getT3(), loaded.getT4()));
  }

  /**
   * Who a plan may name for a caller: everyone for tenant-wide roles, the team's members for a team
   * lead (by the team on their scorecard of the period), nobody else for an agent.
   */
  private static Predicate<String> visibleTo(AccessScope scope, List<Scorecard> cards) {
    return switch (scope) {
      case AccessScope.WholeTenant whole -> id -> true;
      case AccessScope.OwnTeam team -> {
        Map<String, String> teams = new HashMap<>();
        cards.forEach(
            card -> {
              if (card.teamId() != null) {
                teams.put(card.agentId(), card.teamId());
              }
            });
        yield id -> id != null && team.teamId().equals(teams.get(id));
      }
      case AccessScope.OwnAgent own -> id -> own.agentId().equals(id);
    };
  }
}
