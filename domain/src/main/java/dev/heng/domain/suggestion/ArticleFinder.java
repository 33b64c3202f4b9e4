package dev.heng.domain.suggestion;

import static dev.heng.domain.suggestion.Figures.count;
import static dev.heng.domain.suggestion.Figures.name;
import static dev.heng.domain.suggestion.Figures.two;

import dev.heng.domain.knowledge.ArticleFacts;
import dev.heng.domain.knowledge.ArticleLink;
import dev.heng.domain.knowledge.KnowledgeActivity;
import dev.heng.domain.knowledge.KnowledgeTicket;
import dev.heng.domain.knowledge.ResolutionOutcome;
import dev.heng.domain.record.Ticket;
import dev.heng.domain.scoring.Metric;
import dev.heng.domain.scoring.ScoringPeriod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Finds the articles the top performers on a metric reuse for the agent's categories. */
final class ArticleFinder {

  /** The metrics of ticket handling, which the right article can move. */
  static final Set<Metric> TICKET_HANDLING =
      EnumSet.of(
          Metric.FIRST_RESPONSE,
          Metric.RESOLUTION_RATE,
          Metric.SATISFACTION,
          Metric.COMPLAINT_RATE,
          Metric.HANDLE_EFFORT,
          Metric.KNOWLEDGE_RETRIEVAL,
          Metric.EMOTION_RECOVERY);

  private final SuggestionSettings settings;

  ArticleFinder(SuggestionSettings settings) {
    this.settings = settings;
  }

  ArticleAdvice find(
      PeerComparison comparison, Metric metric, List<String> top, SuggestionEvidence evidence) {
    String agent = comparison.agent().agentId();
    ScoringPeriod period = comparison.period();
    KnowledgeActivity knowledge = evidence.knowledge();
    List<String> categories = categories(agent, period, evidence);
    if (!TICKET_HANDLING.contains(metric)) {
      return new ArticleAdvice(
          categories,
          top.size(),
          top,
          List.of(),
          ImprovementAdvisor.capitalised(name(metric))
              + " is not earned on tickets, so no article is suggested for it.");
    }
    if (knowledge == null) {
      return new ArticleAdvice(
          categories,
          top.size(),
          top,
          List.of(),
          "The knowledge activity could not be read, so no article evidence is given.");
    }
    if (categories.isEmpty()) {
      return new ArticleAdvice(
          categories,
          top.size(),
          top,
          List.of(),
          "The agent handled no ticket in "
              + period.label()
              + ", so there is no problem category to draw articles for.");
    }

    Map<String, KnowledgeTicket> tickets = new HashMap<>();
    knowledge.tickets().forEach(ticket -> tickets.put(ticket.ticketId(), ticket));
    Set<String> topSet = Set.copyOf(top);
    Set<String> categorySet = Set.copyOf(categories);
    Map<String, List<ArticleLink>> byArticle = new TreeMap<>();
    Map<String, Integer> agentReuses = new HashMap<>();
    for (ArticleLink link : knowledge.links()) {
      if (agent.equals(link.agentId())) {
        agentReuses.merge(link.articleId(), 1, Integer::sum);
      }
      KnowledgeTicket ticket = tickets.get(link.ticketId());
      if (link.agentId() != null
          && topSet.contains(link.agentId())
          && ticket != null
          && categorySet.contains(ticket.category())) {
        byArticle.computeIfAbsent(link.articleId(), id -> new ArrayList<>()).add(link);
      }
    }
    Map<String, String> titles = new HashMap<>();
    for (ArticleFacts article : knowledge.articles()) {
      titles.put(article.articleId(), article.title());
    }
    List<ArticleUse> uses = new ArrayList<>();
    byArticle.forEach(
        (article, links) ->
            uses.add(
                use(
                    article,
                    titles.get(article),
                    links,
                    tickets,
                    agentReuses.getOrDefault(article, 0))));
    uses.sort(
        Comparator.comparingInt(ArticleUse::reuses)
            .reversed()
            .thenComparing(Comparator.comparingDouble(ArticleUse::meanOutcome).reversed())
            .thenComparing(ArticleUse::articleId));
    List<ArticleUse> listed = uses.stream().limit(settings.maxItems()).toList();
    return new ArticleAdvice(
        categories, top.size(), top, listed, sentence(metric, period, top, categories, uses));
  }

  /**
   * The agent's categories, most tickets first (ties by name): those of its tickets raised in the
   * period and of the tickets it linked an article to in the period.
   */
  static List<String> categories(String agent, ScoringPeriod period, SuggestionEvidence evidence) {
    Map<String, Set<String>> tickets = new TreeMap<>();
    for (Ticket ticket : TicketFinder.own(agent, period, evidence)) {
      tickets.computeIfAbsent(ticket.category(), c -> new TreeSet<>()).add(ticket.externalId());
    }
    KnowledgeActivity knowledge = evidence.knowledge();
    if (knowledge != null) {
      Map<String, String> categoryOf = new HashMap<>();
      knowledge.tickets().forEach(t -> categoryOf.put(t.ticketId(), t.category()));
      for (ArticleLink link : knowledge.links()) {
        String category = categoryOf.get(link.ticketId());
        if (agent.equals(link.agentId()) && category != null) {
          tickets.computeIfAbsent(category, c -> new TreeSet<>()).add(link.ticketId());
        }
      }
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    tickets.forEach((category, ids) -> counts.put(category, ids.size()));
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .toList();
  }

  private static ArticleUse use(
      String article,
      String title,
      List<ArticleLink> links,
      Map<String, KnowledgeTicket> tickets,
      int agentReuses) {
    Set<String> reusers = new TreeSet<>();
    Set<String> ticketIds = new TreeSet<>();
    Set<String> categories = new TreeSet<>();
    for (ArticleLink link : links) {
      reusers.add(link.agentId());
      ticketIds.add(link.ticketId());
      categories.add(tickets.get(link.ticketId()).category());
    }
    double outcome = 0;
    int firstContact = 0;
    int reopened = 0;
    int rated = 0;
    double ratings = 0;
    for (String id : ticketIds) {
      ResolutionOutcome result = tickets.get(id).outcome();
      outcome += result.weight();
      firstContact += result.firstContact() ? 1 : 0;
      reopened += result.reopened() ? 1 : 0;
      if (result.satisfaction() != null) {
        rated++;
        ratings += result.satisfaction();
      }
    }
    return new ArticleUse(
        article,
        title,
        List.copyOf(categories),
        links.size(),
        reusers.size(),
        List.copyOf(reusers),
        List.copyOf(ticketIds),
        outcome / ticketIds.size(),
        firstContact,
        reopened,
        rated == 0 ? null : ratings / rated,
        agentReuses);
  }

  private static String sentence(
      Metric metric,
      ScoringPeriod period,
      List<String> top,
      List<String> categories,
      List<ArticleUse> uses) {
    String who =
        top.size() == 1
            ? "The top performer on " + name(metric) + " among the peers"
            : "The " + top.size() + " top performers on " + name(metric) + " among the peers";
    String where =
        " on tickets of the agent's categories (" + Figures.some(categories, 3) + ") in " + period;
    if (top.isEmpty()) {
      return "No peer scores above the agent on " + name(metric) + ", so no article is suggested.";
    }
    if (uses.isEmpty()) {
      return who + " linked no article" + where + ".";
    }
    ArticleUse best = uses.getFirst();
    String title = best.title() == null ? "" : " \"" + best.title() + "\"";
    String own =
        best.agentReuses() == 0
            ? "never by this agent"
            : count(best.agentReuses(), "time") + " by this agent";
    return who
        + " reused "
        + count(uses.size(), "article")
        + where
        + "; the most reused, "
        + best.articleId()
        + title
        + ", was linked "
        + count(best.reuses(), "time")
        + " with a mean outcome of "
        + two(best.meanOutcome())
        + " (1 is best), and "
        + own
        + ".";
  }
}
