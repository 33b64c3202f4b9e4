package dev.heng.domain.simulation;

import dev.heng.domain.record.AdoptionStatus;
import dev.heng.domain.record.ContributionRecord;
import dev.heng.domain.record.ContributionType;
import dev.heng.domain.record.TrainingKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Draws each agent's contributions beyond tickets over the period. Rates are per four weeks.
 *
 * <ul>
 *   <li>Improvement suggestions: {@code Poisson(0.4 exp(0.2 s))}; one submitted in the last five
 *       days is still under review with probability 0.6; otherwise adopted with {@code P =
 *       sigma(-0.8 + 0.9 s)}, else rejected.
 *   <li>Collaboration cases with another team (when there is one): {@code Poisson(0.5 exp(0.3 s))}.
 *   <li>Training results: {@code 1 + Poisson(0.3)}, score {@code 72 + 9 s + 8 v e} clipped to
 *       0..100, rounded to one decimal.
 * </ul>
 */
final class ContributionWriter {

  private static final double DAYS_PER_RATE = 28.0;
  private static final double SUGGESTIONS = 0.4;
  private static final double SUGGESTIONS_PER_SKILL = 0.2;
  private static final double ADOPTION_BASE = -0.8;
  private static final double ADOPTION_PER_SKILL = 0.9;
  private static final double PENDING_SHARE = 0.6;
  private static final long PENDING_WITHIN_SECONDS = 5 * 86_400L;
  private static final double COLLABORATIONS = 0.5;
  private static final double COLLABORATIONS_PER_SKILL = 0.3;
  private static final double EXTRA_TRAININGS = 0.3;
  private static final double TRAINING_MEAN = 72.0;
  private static final double TRAINING_PER_SKILL = 9.0;
  private static final double TRAINING_NOISE = 8.0;

  private static final List<String> SUGGESTION_TITLES =
      List.of(
          "Add an order-status shortcut to the chat widget",
          "Send an automatic reminder before subscription renewals",
          "Show the courier's tracking link in the first reply template",
          "Merge the two refund approval queues",
          "Let customers upload screenshots in the contact form",
          "Add a macro for two-factor time-sync problems",
          "Route enterprise API errors straight to tier two",
          "Publish planned maintenance on the status page a week ahead",
          "简化退款审核流程",
          "在工单模板中加入订单号字段");
  private static final List<String> COLLABORATION_TITLES =
      List.of(
          "Joint review of escalated %s tickets with %s",
          "Shared backlog clean-up of %s cases with %s",
          "Covered %s queue during an outage together with %s");
  private static final List<String> TRAINING_TITLES =
      List.of(
          "De-escalating angry callers",
          "Product update: billing and invoices",
          "Writing clear email replies",
          "Handling data-protection requests",
          "Troubleshooting API integrations");

  private ContributionWriter() {}

  /**
   * Draws the contributions of all agents, numbered in time order.
   *
   * @param agents the agents
   * @param teamNames the teams' display names by team index
   * @param teamIds the teams' external ids by team index
   * @param noise the noise multiplier of training scores
   * @param startSecond first second of the period
   * @param endSecond first second after the period
   */
  static List<ContributionRecord> draw(
      List<AgentProfile> agents,
      List<String> teamNames,
      List<String> teamIds,
      double noise,
      long startSecond,
      long endSecond,
      RandomGenerator rng) {
    double periods = (endSecond - startSecond) / 86_400.0 / DAYS_PER_RATE;
    List<Draft> drafts = new ArrayList<>();

    for (AgentProfile agent : agents) {
      double skill = agent.skill();

      int suggestions =
          Draws.poisson(rng, SUGGESTIONS * Math.exp(SUGGESTIONS_PER_SKILL * skill) * periods);
      for (int count = 0; count < suggestions; count++) {
        long at = within(startSecond, endSecond, rng);
        AdoptionStatus status;
        if (endSecond - at < PENDING_WITHIN_SECONDS && Draws.chance(rng, PENDING_SHARE)) {
          status = AdoptionStatus.SUBMITTED;
        } else {
          boolean adopted =
              Draws.chance(rng, Draws.logistic(ADOPTION_BASE + ADOPTION_PER_SKILL * skill));
          status = adopted ? AdoptionStatus.ADOPTED : AdoptionStatus.REJECTED;
        }
        drafts.add(
            new Draft(
                at,
                agent.index(),
                ContributionType.IMPROVEMENT_SUGGESTION,
                Draws.pick(rng, SUGGESTION_TITLES),
                status,
                null,
                null,
                null));
      }

      if (teamIds.size() > 1) {
        int cases =
            Draws.poisson(
                rng, COLLABORATIONS * Math.exp(COLLABORATIONS_PER_SKILL * skill) * periods);
        for (int count = 0; count < cases; count++) {
          int partner = (agent.team() + 1 + rng.nextInt(teamIds.size() - 1)) % teamIds.size();
          String category = Draws.pick(rng, ProblemCategory.values()).code();
          String title =
              String.format(
                  Draws.pick(rng, COLLABORATION_TITLES), category, teamNames.get(partner));
          drafts.add(
              new Draft(
                  within(startSecond, endSecond, rng),
                  agent.index(),
                  ContributionType.COLLABORATION_CASE,
                  title,
                  null,
                  teamIds.get(partner),
                  null,
                  null));
        }
      }

      int trainings = 1 + Draws.poisson(rng, EXTRA_TRAININGS * periods);
      for (int count = 0; count < trainings; count++) {
        double score =
            TRAINING_MEAN
                + TRAINING_PER_SKILL * skill
                + noise * TRAINING_NOISE * rng.nextGaussian();
        score = Math.round(Math.max(0, Math.min(100, score)) * 10) / 10.0;
        drafts.add(
            new Draft(
                within(startSecond, endSecond, rng),
                agent.index(),
                ContributionType.TRAINING_RESULT,
                Draws.pick(rng, TRAINING_TITLES),
                null,
                null,
                Draws.pick(rng, TrainingKind.values()),
                score));
      }
    }

    drafts.sort(Comparator.comparingLong(Draft::at).thenComparingInt(Draft::agent));
    List<ContributionRecord> records = new ArrayList<>(drafts.size());
    for (int number = 0; number < drafts.size(); number++) {
      Draft draft = drafts.get(number);
      records.add(
          new ContributionRecord(
              Ids.of("contrib-", number + 1, 5),
              agents.get(draft.agent()).id(),
              draft.type(),
              Instant.ofEpochSecond(draft.at()),
              draft.title(),
              draft.status(),
              draft.partnerTeamId(),
              draft.kind(),
              draft.score()));
    }
    return records;
  }

  private static long within(long startSecond, long endSecond, RandomGenerator rng) {
    return startSecond + (long) (rng.nextDouble() * (endSecond - startSecond));
  }

  private record Draft(
      long at,
      int agent,
      ContributionType type,
      String title,
      AdoptionStatus status,
      String partnerTeamId,
      TrainingKind kind,
      Double score) {}
}
