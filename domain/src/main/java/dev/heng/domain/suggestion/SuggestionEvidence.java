package dev.heng.domain.suggestion;

import dev.heng.domain.knowledge.KnowledgeActivity;
import dev.heng.domain.record.ContributionRecord;
import dev.heng.domain.record.Ticket;
import dev.heng.domain.scoring.Scorecard;
import java.util.List;
import java.util.Map;

/**
 * The tenant's own data that next steps are drawn from.
 *
 * @param agentTickets the agent's tickets raised in the period; others are ignored
 * @param knowledge the tenant's knowledge activity of the period, or null when it could not be read
 * @param contributions contribution records of the training window; other kinds, agents and times
 *     are ignored
 * @param earlierCards stored scorecards of earlier periods by period label; a period without a
 *     stored run is absent or maps to an empty list
 */
public record SuggestionEvidence(
    List<Ticket> agentTickets,
    KnowledgeActivity knowledge,
    List<ContributionRecord> contributions,
    Map<String, List<Scorecard>> earlierCards) {

  /**
   * @throws NullPointerException if a list or the map is null
   */
  public SuggestionEvidence {
    agentTickets = List.copyOf(agentTickets);
    contributions = List.copyOf(contributions);
    earlierCards = Map.copyOf(earlierCards);
  }

  /** Evidence with nothing in it, for an agent that needs no next step. */
  public static SuggestionEvidence none() {
    return new SuggestionEvidence(List.of(), null, List.of(), Map.of());
  }
}
