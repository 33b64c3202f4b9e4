package dev.heng.domain.knowledge;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Knowledge-Centered Service credit for agents in a period, under {@link KnowledgeCreditRules}.
 * Everything counted happened in {@code [from, to)}: an article's creation or revision, a link, a
 * search, a ticket's resolution. A reuse earns its credit by the outcome its ticket has now.
 */
public final class KnowledgeCreditCalculator {

  private final KnowledgeCreditRules rules;

  /**
   * @throws NullPointerException if {@code rules} is null
   */
  public KnowledgeCreditCalculator(KnowledgeCreditRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /**
   * The credit of one agent.
   *
   * @throws IllegalArgumentException if {@code from} is not before {@code to}
   */
  public KnowledgeCredit credit(
      String agentId, Instant from, Instant to, KnowledgeActivity activity) {
    checkPeriod(from, to);
    Map<String, ArticleFacts> articles = new HashMap<>();
    activity.articles().forEach(article -> articles.put(article.articleId(), article));
    Map<String, KnowledgeTicket> tickets = new HashMap<>();
    activity.tickets().forEach(ticket -> tickets.put(ticket.ticketId(), ticket));

    int created = 0;
    int updated = 0;
    for (ArticleFacts article : activity.articles()) {
      if (article.authorId().equals(agentId) && within(article.createdAt(), from, to)) {
        created++;
      }
      // Known gap: only an article's current version is kept, so earlier revisions (and who
      // wrote them) earn nothing.
      if (article.version() > 1
          && article.updatedBy().equals(agentId)
          && within(article.updatedAt(), from, to)) {
        updated++;
      }
    }

    List<CreditedReuse> reuses = new ArrayList<>();
    int selfReuses = 0;
    Set<String> linkedTickets = new HashSet<>();
    for (ArticleLink link : activity.links()) {
      linkedTickets.add(link.ticketId());
      ArticleFacts article = articles.get(link.articleId());
      if (article == null || !article.authorId().equals(agentId)) {
        continue;
      }
      if (!within(link.linkedAt(), from, to) || link.agentId() == null) {
        continue;
      }
      if (link.agentId().equals(agentId)) {
        selfReuses++;
        continue;
      }
      KnowledgeTicket ticket = tickets.get(link.ticketId());
      ResolutionOutcome outcome =
          ticket == null
              ? new ResolutionOutcome(false, false, false, null, null, 0.0)
              : ticket.outcome();
      reuses.add(
          new CreditedReuse(
              link.ticketId(),
              link.articleId(),
              link.agentId(),
              link.linkedAt(),
              outcome,
              rules.reusePoints() * outcome.weight()));
    }
    reuses.sort(
        Comparator.comparing(CreditedReuse::reusedAt).thenComparing(CreditedReuse::ticketId));

    int resolved = 0;
    int resolvedWithLink = 0;
    for (KnowledgeTicket ticket : activity.tickets()) {
      if (agentId.equals(ticket.assigneeId())
          && ticket.resolved()
          && within(ticket.resolvedAt(), from, to)) {
        resolved++;
        if (linkedTickets.contains(ticket.ticketId())) {
          resolvedWithLink++;
        }
      }
    }

    double creationCredit = rules.createPoints() * created + rules.updatePoints() * updated;
    double reuseCredit = reuses.stream().mapToDouble(CreditedReuse::credit).sum();
    return new KnowledgeCredit(
        agentId,
        from,
        to,
        created,
        updated,
        reuses.size(),
        selfReuses,
        resolved,
        resolvedWithLink,
        resolved == 0 ? null : (double) resolvedWithLink / resolved,
        creationCredit,
        reuseCredit,
        creationCredit + reuseCredit,
        reuses,
        retrieval(agentId, from, to, activity));
  }

  /**
   * The credit of every agent who authored, revised, linked, searched or resolved anything the
   * activity holds, by agent id in id order.
   *
   * @throws IllegalArgumentException if {@code from} is not before {@code to}
   */
  public Map<String, KnowledgeCredit> creditByAgent(
      Instant from, Instant to, KnowledgeActivity activity) {
    checkPeriod(from, to);
    Map<String, String> authors = new HashMap<>();
    activity.articles().forEach(article -> authors.put(article.articleId(), article.authorId()));
    Map<String, KnowledgeTicket> tickets = new HashMap<>();
    activity.tickets().forEach(ticket -> tickets.put(ticket.ticketId(), ticket));

    // Each agent's credit reads only its own part of the activity; gathering the parts in one pass
    // keeps a tenant of thousands of agents linear instead of agents times activity.
    Map<String, Part> parts = new TreeMap<>();
    for (ArticleFacts article : activity.articles()) {
      part(parts, article.authorId()).articles.add(article);
      if (article.updatedBy() != null && !article.updatedBy().equals(article.authorId())) {
        part(parts, article.updatedBy()).articles.add(article);
      }
    }
    for (ArticleLink link : activity.links()) {
      KnowledgeTicket ticket = tickets.get(link.ticketId());
      Set<String> concerned = new HashSet<>();
      concerned.add(authors.get(link.articleId()));
      concerned.add(link.agentId());
      concerned.add(ticket == null ? null : ticket.assigneeId());
      concerned.remove(null);
      for (String agent : concerned) {
        Part part = part(parts, agent);
        part.links.add(link);
        if (ticket != null) {
          part.tickets.add(ticket);
        }
      }
    }
    for (KnowledgeTicket ticket : activity.tickets()) {
      if (ticket.assigneeId() != null) {
        part(parts, ticket.assigneeId()).tickets.add(ticket);
      }
    }
    for (KnowledgeSearch search : activity.searches()) {
      if (search.agentId() != null) {
        part(parts, search.agentId()).searches.add(search);
      }
    }

    Map<String, KnowledgeCredit> credits = new TreeMap<>();
    parts.forEach(
        (agent, part) ->
            credits.put(
                agent,
                credit(
                    agent,
                    from,
                    to,
                    new KnowledgeActivity(
                        List.copyOf(part.articles),
                        part.links,
                        List.copyOf(part.tickets),
                        part.searches))));
    return credits;
  }

  private static Part part(Map<String, Part> parts, String agentId) {
    return parts.computeIfAbsent(agentId, id -> new Part());
  }

  /** One agent's share of an activity, in the activity's order. */
  private static final class Part {
    private final Set<ArticleFacts> articles = new LinkedHashSet<>();
    private final List<ArticleLink> links = new ArrayList<>();
    private final Set<KnowledgeTicket> tickets = new LinkedHashSet<>();
    private final List<KnowledgeSearch> searches = new ArrayList<>();
  }

  private static RetrievalEfficiency retrieval(
      String agentId, Instant from, Instant to, KnowledgeActivity activity) {
    int searches = 0;
    Map<String, Instant> firstSearch = new HashMap<>();
    for (KnowledgeSearch search : activity.searches()) {
      if (agentId.equals(search.agentId()) && within(search.searchedAt(), from, to)) {
        searches++;
        firstSearch.merge(search.ticketId(), search.searchedAt(), KnowledgeCreditCalculator::min);
      }
    }
    Map<String, Instant> firstLinkAfterSearch = new HashMap<>();
    for (ArticleLink link : activity.links()) {
      Instant searched = firstSearch.get(link.ticketId());
      if (searched != null
          && agentId.equals(link.agentId())
          && !link.linkedAt().isBefore(searched)) {
        firstLinkAfterSearch.merge(
            link.ticketId(), link.linkedAt(), KnowledgeCreditCalculator::min);
      }
    }
    double[] minutes =
        firstLinkAfterSearch.entrySet().stream()
            .mapToDouble(
                entry ->
                    Duration.between(firstSearch.get(entry.getKey()), entry.getValue()).toMillis()
                        / 60_000.0)
            .sorted()
            .toArray();
    return new RetrievalEfficiency(
        searches, firstSearch.size(), minutes.length, minutes.length == 0 ? null : median(minutes));
  }

  private static double median(double[] sorted) {
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static boolean within(Instant at, Instant from, Instant to) {
    return !at.isBefore(from) && at.isBefore(to);
  }

  private static void checkPeriod(Instant from, Instant to) {
    if (from == null || to == null || !from.isBefore(to)) {
      throw new IllegalArgumentException("from must be before to, were " + from + " and " + to);
    }
  }
}
