package dev.heng.domain.trajectory;

import dev.heng.domain.emotion.ConversationEmotion;
import dev.heng.domain.emotion.SentimentResult;
import dev.heng.domain.record.ActorType;
import dev.heng.domain.record.EventType;
import dev.heng.domain.record.Ticket;
import dev.heng.domain.record.TicketEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a ticket's trajectory from its events and the sentiment of its messages. */
public final class TrajectoryReplay {

  /** The status a ticket has before its first status change. */
  public static final String INITIAL_STATUS = "open";

  private TrajectoryReplay() {}

  /**
   * Whether an agent worked on a ticket: it is the assignee, acted on any event, or was assigned or
   * transferred the ticket at some point.
   */
  public static boolean involves(String agentId, Ticket ticket, List<TicketEvent> events) {
    if (agentId.equals(ticket.assigneeId())) {
      return true;
    }
    for (TicketEvent event : events) {
      if ((event.actorType() == ActorType.AGENT && agentId.equals(event.actorId()))
          || agentId.equals(event.targetAgentId())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Replays a ticket.
   *
   * @param ticket the ticket
   * @param events its events in any order; sorted by time, ties kept in the given order
   * @param sentiments stored results by event external id; a message without one is pending
   * @return the trajectory
   */
  public static TicketTrajectory replay(
      Ticket ticket, List<TicketEvent> events, Map<String, SentimentResult> sentiments) {
    List<TicketEvent> ordered = new ArrayList<>(events);
    ordered.sort(Comparator.comparing(TicketEvent::occurredAt));

    List<TrajectoryStep> steps = new ArrayList<>(ordered.size());
    Map<String, Long> secondsInStatus = new LinkedHashMap<>();
    List<Handover> handovers = new ArrayList<>();
    Map<String, Instant[]> subtasks = new LinkedHashMap<>();
    List<String> linked = new ArrayList<>();
    List<Double> customerScores = new ArrayList<>();
    String status = INITIAL_STATUS;
    Instant statusSince = ordered.isEmpty() ? null : ordered.getFirst().occurredAt();
    String assignee = null;
    Instant waitingSince = null;
    Instant firstAgentMessage = null;
    Instant firstSearch = null;
    Instant firstLink = null;
    int searches = 0;
    int searchesBeforeLink = 0;
    int replies = 0;
    long waitTotal = 0;
    Long longestWait = null;
    int scored = 0;
    int notAnalysed = 0;
    int pending = 0;

    for (int i = 0; i < ordered.size(); i++) {
      TicketEvent event = ordered.get(i);
      Instant at = event.occurredAt();
      Long toNext = i + 1 < ordered.size() ? seconds(at, ordered.get(i + 1).occurredAt()) : null;
      Long wait = null;
      MessageEmotion emotion = null;
      String newStatus =
          switch (event.type()) {
            case STATUS_CHANGED -> event.status();
            case RESOLVED -> "resolved";
            case REOPENED -> "reopened";
            default -> null;
          };
      if (newStatus != null && !newStatus.equals(status)) {
        secondsInStatus.merge(status, seconds(statusSince, at), Long::sum);
        status = newStatus;
        statusSince = at;
      }
      switch (event.type()) {
        case MESSAGE -> {
          emotion = MessageEmotion.of(sentiments.get(event.externalId()));
          switch (emotion.state()) {
            case "scored" -> scored++;
            case "not_analysed" -> notAnalysed++;
            default -> pending++;
          }
          if (event.actorType() == ActorType.CUSTOMER) {
            if (waitingSince == null) {
              waitingSince = at;
            }
            if (emotion.score() != null) {
              customerScores.add(emotion.score());
            }
          } else if (event.actorType() == ActorType.AGENT) {
            if (firstAgentMessage == null) {
              firstAgentMessage = at;
            }
            if (waitingSince != null) {
              wait = seconds(waitingSince, at);
              replies++;
              waitTotal += wait;
              longestWait = longestWait == null ? wait : Math.max(longestWait, wait);
              waitingSince = null;
            }
          }
        }
        case ASSIGNED, TRANSFERRED -> {
          String from =
              assignee != null
                  ? assignee
                  : event.type() == EventType.TRANSFERRED && event.actorType() == ActorType.AGENT
                      ? event.actorId()
                      : null;
          if (from != null && !from.equals(event.targetAgentId())) {
            handovers.add(new Handover(at, from, event.targetAgentId(), event.externalId()));
          }
          assignee = event.targetAgentId();
        }
        case SUBTASK_OPENED ->
            subtasks.computeIfAbsent(event.subtaskId(), id -> new Instant[2])[0] = at;
        case SUBTASK_CLOSED ->
            subtasks.computeIfAbsent(event.subtaskId(), id -> new Instant[2])[1] = at;
        case KNOWLEDGE_SEARCHED -> {
          searches++;
          if (firstSearch == null) {
            firstSearch = at;
          }
          if (firstLink == null) {
            searchesBeforeLink++;
          }
        }
        case KNOWLEDGE_LINKED -> {
          if (firstLink == null) {
            firstLink = at;
          }
          linked.add(event.articleId());
        }
        default -> {
          // Other events only mark time.
        }
      }
      steps.add(
          new TrajectoryStep(
              event.externalId(),
              event.type(),
              event.actorType(),
              event.actorId(),
              at,
              toNext,
              wait,
              status,
              payload(event),
              emotion));
    }

    Instant start = ordered.isEmpty() ? null : ordered.getFirst().occurredAt();
    Instant end = ordered.isEmpty() ? null : ordered.getLast().occurredAt();
    if (end != null) {
      secondsInStatus.merge(status, seconds(statusSince, end), Long::sum);
    }
    List<SubtaskSpan> spans = new ArrayList<>();
    subtasks.forEach(
        (id, times) ->
            spans.add(
                new SubtaskSpan(
                    id,
                    times[0],
                    times[1],
                    times[0] != null && times[1] != null ? seconds(times[0], times[1]) : null)));
    Long toFirstLink =
        firstSearch != null && firstLink != null && !firstLink.isBefore(firstSearch)
            ? seconds(firstSearch, firstLink)
            : null;
    TrajectorySummary summary =
        new TrajectorySummary(
            ordered.size(),
            start,
            end,
            start == null ? 0 : seconds(start, end),
            firstAgentMessage == null ? null : seconds(ticket.createdAt(), firstAgentMessage),
            replies,
            replies == 0 ? null : (double) waitTotal / replies,
            longestWait,
            secondsInStatus,
            handovers,
            spans,
            new KnowledgeUse(searches, searchesBeforeLink, toFirstLink, linked),
            customerScores.isEmpty() ? null : ConversationEmotion.of(customerScores),
            scored,
            notAnalysed,
            pending);
    return new TicketTrajectory(ticket.externalId(), steps, summary);
  }

  private static String payload(TicketEvent event) {
    return switch (event.type()) {
      case MESSAGE -> event.text();
      case KNOWLEDGE_SEARCHED -> event.query();
      case KNOWLEDGE_LINKED -> event.articleId();
      case ASSIGNED, TRANSFERRED -> event.targetAgentId();
      case SUBTASK_OPENED, SUBTASK_CLOSED -> event.subtaskId();
      case STATUS_CHANGED -> event.status();
      case RATING_RECEIVED -> String.valueOf(event.rating());
      default -> null;
    };
  }

  private static long seconds(Instant from, Instant to) {
    return Duration.between(from, to).toSeconds();
  }
}
