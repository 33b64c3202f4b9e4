package dev.heng.domain.knowledge;

import java.time.Instant;
import java.util.List;

/**
 * One agent's knowledge contribution in a period, with every credited reuse behind it.
 *
 * @param agentId the agent
 * @param from the period's start, inclusive
 * @param to the period's end, exclusive
 * @param articlesCreated articles the agent first published in the period
 * @param articlesUpdated articles whose current version the agent published in the period, later
 *     than version 1
 * @param reusesByOthers links by other agents, made in the period, to the agent's articles
 * @param selfReuses links by the agent to its own articles in the period, which earn nothing
 * @param resolvedTickets the agent's tickets resolved in the period
 * @param resolvedWithLink of those, tickets with at least one article linked (at any time)
 * @param linkRate {@code resolvedWithLink / resolvedTickets}, or null when it resolved none
 * @param creationCredit {@code createPoints * articlesCreated + updatePoints * articlesUpdated}
 * @param reuseCredit the sum of {@code reuses}' credit
 * @param credit {@code creationCredit + reuseCredit}: the metric the scorecard uses
 * @param reuses every reuse by others in the period, oldest first
 * @param retrieval how quickly the agent found knowledge in the period
 */
public record KnowledgeCredit(
    String agentId,
    Instant from,
    Instant to,
    int articlesCreated,
    int articlesUpdated,
    int reusesByOthers,
    int selfReuses,
    int resolvedTickets,
    int resolvedWithLink,
    Double linkRate,
    double creationCredit,
    double reuseCredit,
    double credit,
    List<CreditedReuse> reuses,
    RetrievalEfficiency retrieval) {

  /**
   * @throws IllegalArgumentException if the agent, the period or the retrieval is null
   */
  public KnowledgeCredit {
    if (agentId == null || from == null || to == null || retrieval == null) {
      throw new IllegalArgumentException(
          "agentId, from, to and retrieval must not be null, agent " + agentId);
    }
    reuses = List.copyOf(reuses);
  }
}
