package dev.heng.domain.suggestion;

import static dev.heng.domain.suggestion.Figures.count;
import static dev.heng.domain.suggestion.Figures.name;
import static dev.heng.domain.suggestion.Figures.one;

import dev.heng.domain.knowledge.KnowledgeUse;
import dev.heng.domain.record.Ticket;
import dev.heng.domain.scoring.Metric;
import dev.heng.domain.scoring.ScoringPeriod;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** Finds the agent's tickets of the period that show a metric's gap, worst first. */
final class TicketFinder {

  private static final Comparator<Ticket> OLDEST =
      Comparator.comparing(Ticket::createdAt).thenComparing(Ticket::externalId);

  private final SuggestionSettings settings;

  TicketFinder(SuggestionSettings settings) {
    this.settings = settings;
  }

  /** The agent's tickets raised in the period, oldest first. */
  static List<Ticket> own(String agent, ScoringPeriod period, SuggestionEvidence evidence) {
    return evidence.agentTickets().stream()
        .filter(ticket -> agent.equals(ticket.assigneeId()))
        .filter(ticket -> !ticket.createdAt().isBefore(period.from()))
        .filter(ticket -> ticket.createdAt().isBefore(period.to()))
        .sorted(OLDEST)
        .toList();
  }

  /** What shows a gap on a metric, and which of those tickets are worst. */
  private record Selection(Predicate<Ticket> shows, Comparator<Ticket> worstFirst, String what) {}

  // Known gap: tickets are ranked by their raw figures, not observed against expected, since
  // per-ticket expectations are not stored; a hard customer's ticket can head the list.
  TicketAdvice find(PeerComparison comparison, Metric metric, SuggestionEvidence evidence) {
    ScoringPeriod period = comparison.period();
    List<Ticket> own = own(comparison.agent().agentId(), period, evidence);
    if (metric == Metric.KNOWLEDGE_RETRIEVAL && evidence.knowledge() == null) {
      return new TicketAdvice(
          0,
          own.size(),
          List.of(),
          "The knowledge activity could not be read, so no ticket is listed for knowledge"
              + " retrieval.");
    }
    Selection selection = selection(metric, period, evidence);
    if (selection == null) {
      return new TicketAdvice(
          0,
          own.size(),
          List.of(),
          ImprovementAdvisor.capitalised(name(metric))
              + " is not shown by single tickets, so no ticket is listed for it.");
    }
    List<Ticket> showing =
        own.stream().filter(selection.shows()).sorted(selection.worstFirst()).toList();
    List<GapTicket> listed = showing.stream().limit(settings.maxItems()).map(this::gap).toList();
    String of = " of the agent's " + count(own.size(), "ticket") + " raised in " + period.label();
    if (listed.isEmpty()) {
      return new TicketAdvice(
          0,
          own.size(),
          listed,
          "None"
              + of
              + " "
              + selection.what()
              + ", so no single ticket shows the gap: it comes from the case mix's expectation.");
    }
    List<String> ids = listed.stream().map(GapTicket::ticketId).toList();
    String sentence =
        switch (metric) {
          case FIRST_RESPONSE, HANDLE_EFFORT ->
              "The "
                  + count(listed.size(), "ticket")
                  + " with the "
                  + (metric == Metric.FIRST_RESPONSE
                      ? "slowest first responses"
                      : "longest handle times")
                  + of
                  + " took up to "
                  + one(minutes(listed.getFirst(), metric))
                  + " minutes ("
                  + ImprovementAdvisor.joined(ids)
                  + "); their trajectories show where the time went.";
          default ->
              showing.size()
                  + of
                  + " "
                  + selection.what()
                  + "; replay the trajectories of "
                  + ImprovementAdvisor.joined(ids)
                  + " to see where they turned.";
        };
    return new TicketAdvice(showing.size(), own.size(), listed, sentence);
  }

  /**
   * What shows the metric's gap, or null when single tickets do not; for knowledge retrieval the
   * evidence's knowledge activity must be known.
   */
  private static Selection selection(
      Metric metric, ScoringPeriod period, SuggestionEvidence evidence) {
    return switch (metric) {
      case COMPLAINT_RATE ->
          new Selection(
              Ticket::complaint,
              Comparator.comparing(
                      Ticket::satisfaction, Comparator.nullsLast(Comparator.naturalOrder()))
                  .thenComparing(OLDEST),
              "ended in a complaint");
      case SATISFACTION ->
          new Selection(
              ticket -> ticket.satisfaction() != null && ticket.satisfaction() <= 3,
              Comparator.comparing(Ticket::satisfaction).thenComparing(OLDEST),
              "were rated 3 or lower");
      case RESOLUTION_RATE ->
          new Selection(ticket -> ticket.resolvedAt() == null, OLDEST, "are unresolved");
      case FIRST_RESPONSE ->
          new Selection(
              ticket -> ticket.firstResponseAt() != null,
              Comparator.comparing(TicketFinder::firstResponse).reversed().thenComparing(OLDEST),
              "were answered");
      case HANDLE_EFFORT ->
          new Selection(
              ticket -> ticket.handleSeconds() != null,
              Comparator.comparing(Ticket::handleSeconds).reversed().thenComparing(OLDEST),
              "carry a handle time");
      case KNOWLEDGE_RETRIEVAL -> {
        KnowledgeUse use = evidence.knowledge().use(period.from(), period.to());
        yield new Selection(
            ticket ->
                use.searched(ticket.externalId(), ticket.assigneeId())
                    && !use.linked(ticket.externalId(), ticket.assigneeId()),
            OLDEST,
            "were searched for knowledge but got no article linked");
      }
      default -> null;
    };
  }

  private static Duration firstResponse(Ticket ticket) {
    return Duration.between(ticket.createdAt(), ticket.firstResponseAt());
  }

  private static double minutes(GapTicket ticket, Metric metric) {
    long seconds =
        metric == Metric.FIRST_RESPONSE ? ticket.firstResponseSeconds() : ticket.handleSeconds();
    return seconds / 60.0;
  }

  private GapTicket gap(Ticket ticket) {
    return new GapTicket(
        ticket.externalId(),
        ticket.category(),
        ticket.priority(),
        ticket.channel(),
        ticket.createdAt(),
        ticket.complaint(),
        ticket.satisfaction(),
        ticket.firstResponseAt() == null ? null : firstResponse(ticket).toSeconds(),
        ticket.handleSeconds(),
        ticket.resolvedAt() != null,
        ticket.reopenCount());
  }
}
