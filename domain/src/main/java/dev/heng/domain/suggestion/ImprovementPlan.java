package dev.heng.domain.suggestion;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * An agent's improvement suggestions for a period: where it stands against peers with comparable
 * workload and what it could do about its weakest metrics.
 *
 * @param agentId the agent
 * @param period the period's label
 * @param peers the peer group
 * @param dimensions every dimension against the peers, the largest contribution gap first
 * @param metrics every compared metric, the largest contribution gap first
 * @param suggestions one per weak metric, weakest first; empty when nothing is weak
 * @param summary the whole answer in one plain sentence
 */
public record ImprovementPlan(
    String agentId,
    String period,
    PeerGroup peers,
    List<DimensionGap> dimensions,
    List<MetricGap> metrics,
    List<Suggestion> suggestions,
    String summary) {

  /**
   * @throws IllegalArgumentException if the agent, period, peers or summary is null
   */
  public ImprovementPlan {
    if (agentId == null || period == null || peers == null || summary == null) {
      throw new IllegalArgumentException("agentId, period, peers and summary must not be null");
    }
    dimensions = List.copyOf(dimensions);
    metrics = List.copyOf(metrics);
    suggestions = List.copyOf(suggestions);
  }

  /**
   * The same plan with every other agent the reader may not see left unnamed: ids are dropped from
   * lists (their counts stay) and cleared in training comparisons. Sentences name no other agent.
   *
   * @param visible whether the reader may see the agent with that id
   */
  public ImprovementPlan visibleTo(Predicate<String> visible) {
    List<Suggestion> shown = new ArrayList<>(suggestions.size());
    for (Suggestion suggestion : suggestions) {
      ArticleAdvice articles = suggestion.articles();
      List<ArticleUse> uses = new ArrayList<>();
      for (ArticleUse use : articles.articles()) {
        uses.add(
            new ArticleUse(
                use.articleId(),
                use.title(),
                use.categories(),
                use.reuses(),
                use.reusers(),
                use.reusedBy().stream().filter(visible).toList(),
                use.ticketIds(),
                use.meanOutcome(),
                use.firstContact(),
                use.reopened(),
                use.meanSatisfaction(),
                use.agentReuses()));
      }
      TrainingAdvice training = suggestion.training();
      List<TrainingEffect> effects = new ArrayList<>();
      for (TrainingEffect effect : training.trainings()) {
        effects.add(
            new TrainingEffect(
                effect.title(),
                effect.kind(),
                effect.peers(),
                effect.improved(),
                effect.meanChange(),
                effect.comparisons().stream()
                    .map(c -> visible.test(c.agentId()) ? c : c.anonymous())
                    .toList()));
      }
      shown.add(
          new Suggestion(
              suggestion.gap(),
              suggestion.sentence(),
              new ArticleAdvice(
                  articles.categories(),
                  articles.topPerformers(),
                  articles.topPerformerIds().stream().filter(visible).toList(),
                  uses,
                  articles.sentence()),
              new TrainingAdvice(
                  training.evidence(), training.earlierRuns(), effects, training.sentence()),
              suggestion.tickets()));
    }
    PeerGroup group =
        new PeerGroup(
            peers.coefficient(),
            peers.band(),
            peers.lowest(),
            peers.highest(),
            peers.size(),
            peers.agentIds().stream().filter(visible).toList());
    return new ImprovementPlan(agentId, period, group, dimensions, metrics, shown, summary);
  }
}
