package dev.heng.domain.knowledge;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which agents used knowledge on which tickets: searched the knowledge base for them, and linked an
 * article to them. Searches and links by customers or the system are not an agent's and are not
 * kept.
 *
 * @param searches ticket id to the agents who searched knowledge for the ticket
 * @param links ticket id to the agents who linked an article to the ticket
 */
public record KnowledgeUse(Map<String, Set<String>> searches, Map<String, Set<String>> links) {

  /** No knowledge use known. */
  public static final KnowledgeUse NONE = new KnowledgeUse(Map.of(), Map.of());

  /**
   * Copies both maps and their sets.
   *
   * @throws IllegalArgumentException naming the map if {@code searches} or {@code links} is null
   */
  public KnowledgeUse {
    if (searches == null) {
      throw new IllegalArgumentException("searches must not be null");
    }
    if (links == null) {
      throw new IllegalArgumentException("links must not be null");
    }
    searches = copy(searches);
    links = copy(links);
  }

  /** Whether nobody searched for knowledge; links alone say nothing of how searches went. */
  public boolean noSearches() {
    return searches.isEmpty();
  }

  /**
   * Whether {@code agentId} searched knowledge for the ticket, or linked an article to it (a link
   * without a recorded search counts as a search that found its article).
   */
  public boolean searched(String ticketId, String agentId) {
    return searches.getOrDefault(ticketId, Set.of()).contains(agentId) || linked(ticketId, agentId);
  }

  /** Whether {@code agentId} linked an article to the ticket. */
  public boolean linked(String ticketId, String agentId) {
    return links.getOrDefault(ticketId, Set.of()).contains(agentId);
  }

  private static Map<String, Set<String>> copy(Map<String, Set<String>> byTicket) {
    Map<String, Set<String>> copy = new HashMap<>();
    byTicket.forEach((ticket, agents) -> copy.put(ticket, Set.copyOf(agents)));
    return Map.copyOf(copy);
  }
}
