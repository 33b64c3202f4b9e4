package dev.heng.domain.simulation;

import dev.heng.domain.record.ActorType;
import dev.heng.domain.record.Channel;
import dev.heng.domain.record.EventType;
import dev.heng.domain.record.Priority;
import dev.heng.domain.record.Ticket;
import dev.heng.domain.record.TicketEvent;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Writes a ticket's trajectory from its plan, and the ticket as its events show it.
 *
 * <p>The order of steps: created, the customer's first message, assigned (to a colleague on shift
 * and transferred when handed over), picked up, the first agent reply at the drawn first-response
 * time, then alternating customer and agent messages up to the drawn number of agent turns, with
 * subtasks opened after the first reply and closed before the last, an escalation in between when
 * escalated, knowledge searches (and a link) just before the reply that carries the solution, then
 * resolved, each reopen with its message, reply and new resolution, the complaint and the rating.
 * Handle effort is spent as working time before each agent reply after the first.
 *
 * <p>Every event is at least one second after the one before. Events at or after the end of the
 * period are dropped, and the ticket's fields are taken from the events that remain, so a ticket
 * created late in the period shows only what happened by its end.
 *
 * <p>The customer's mood starts at {@code -0.5 c} (minus 0.7 for urgent, 0.3 for high priority),
 * drops by {@code 0.4 delta} once a slow first reply came, and moves towards the experience {@code
 * y} of the outcome turn by turn, with noise of 0.3; {@link Tone#of} turns it into the tone of each
 * message.
 */
final class TrajectoryWriter {

  private static final double MOOD_PER_COMPLEXITY = 0.5;
  private static final double MOOD_URGENT = 0.7;
  private static final double MOOD_HIGH = 0.3;
  private static final double MOOD_PER_DELAY = 0.4;
  private static final double MOOD_NOISE = 0.3;
  private static final double FIRST_MESSAGE_MOOD_CAP = 0.4;
  private static final double THANKS_ABOVE = 0.8;

  private static final long MINUTE = 60;
  private static final long HOUR = 3600;

  private final long endSecond;
  private final KnowledgeBase knowledge;

  /**
   * @param endSecond first second after the period (epoch seconds); later events are dropped
   * @param knowledge the articles agents link
   */
  TrajectoryWriter(long endSecond, KnowledgeBase knowledge) {
    this.endSecond = endSecond;
    this.knowledge = knowledge;
  }

  /**
   * Writes the events of one ticket into {@code sink} and answers the ticket.
   *
   * @param plan what was decided about the ticket
   * @param rng the ticket's own source of randomness
   * @param sink where the events go, in time order
   */
  Ticket write(TicketPlan plan, RandomGenerator rng, List<TicketEvent> sink) {
    TicketOutcome outcome = plan.outcome();
    AgentProfile owner = plan.owner();
    String customerId = plan.customer().id();
    String ownerId = owner.id();
    MessageWriter writer =
        new MessageWriter(
            rng,
            plan.issue(),
            plan.customer().chinese(),
            plan.channel(),
            AgentNames.signature(owner.name()),
            plan.id());
    Timeline line = new Timeline(plan.id(), endSecond, sink);

    double startMood =
        -MOOD_PER_COMPLEXITY * outcome.complexity()
            - (plan.priority() == Priority.URGENT ? MOOD_URGENT : 0.0)
            - (plan.priority() == Priority.HIGH ? MOOD_HIGH : 0.0)
            + MOOD_NOISE * rng.nextGaussian();
    double waitedMood = startMood - MOOD_PER_DELAY * Math.max(0.0, outcome.responseDelay());
    double endMood = outcome.experience();
    String subject = writer.subject();
    Tone tone = Tone.of(Math.min(startMood, FIRST_MESSAGE_MOOD_CAP));
    String description = writer.description(tone);

    long created = plan.createdSecond();
    line.add(EventType.CREATED, created, ActorType.SYSTEM, null);
    line.message(created + 1, ActorType.CUSTOMER, customerId, description);
    long firstReply = created + Math.max(2, Math.round(outcome.firstResponseMinutes() * MINUTE));
    // Routing takes seconds to two minutes, but never most of a fast channel's first response.
    long assigned =
        created + Math.max(1, Math.min(5 + rng.nextInt(115), (firstReply - created) / 3));
    if (plan.colleague() != null) {
      line.assign(EventType.ASSIGNED, assigned, ActorType.SYSTEM, null, plan.colleague().id());
      long transfer = created + (long) ((firstReply - created) * Draws.uniform(rng, 0.3, 0.7));
      line.assign(EventType.TRANSFERRED, transfer, ActorType.AGENT, plan.colleague().id(), ownerId);
    } else {
      line.assign(EventType.ASSIGNED, assigned, ActorType.SYSTEM, null, ownerId);
    }
    long pickUp = firstReply - (long) ((firstReply - line.now()) * Draws.uniform(rng, 0.1, 0.5));
    line.status(pickUp, ActorType.AGENT, ownerId, "in_progress");

    int turns = outcome.agentTurns();
    long work = Math.round(outcome.effortMinutes() * MINUTE / turns);
    long queue = Math.round(outcome.firstResponseMinutes() * MINUTE * 0.5);
    int escalateAfter = outcome.escalated() ? 1 + rng.nextInt(turns - 1) : -1;
    long[] subtaskOpened = new long[outcome.subtasks()];
    long[] subtaskLength = new long[outcome.subtasks()];

    for (int turn = 1; turn <= turns; turn++) {
      boolean solutionTurn = turn == turns;
      long replyAt;
      if (turn == 1) {
        replyAt = firstReply;
      } else {
        tone = Tone.of(mood(waitedMood, endMood, turn - 1, turns, rng));
        line.message(
            line.now() + customerGap(plan.channel(), rng),
            ActorType.CUSTOMER,
            customerId,
            writer.followUp(tone));
        replyAt = line.now() + jitter(queue, rng) + work;
        if (turn - 1 == escalateAfter) {
          replyAt += (long) Draws.uniform(rng, 2 * HOUR, 24 * HOUR);
        }
      }

      if (solutionTurn) {
        for (int subtask = 0; subtask < subtaskOpened.length; subtask++) {
          line.subtask(
              EventType.SUBTASK_CLOSED,
              subtaskOpened[subtask] + subtaskLength[subtask],
              ownerId,
              plan.id() + "-s" + (subtask + 1));
        }
        searchKnowledge(plan, outcome, writer, line, replyAt, rng);
      }

      String reply;
      if (turn == 1) {
        reply = writer.agentFirstReply(tone, turns == 1 && outcome.resolved());
      } else if (!solutionTurn) {
        reply = writer.agentUpdate(tone);
      } else {
        reply = outcome.resolved() ? writer.agentSolution(tone, false) : writer.agentCannotSolve();
      }
      line.message(replyAt, ActorType.AGENT, ownerId, reply);

      if (turn == 1) {
        for (int subtask = 0; subtask < subtaskOpened.length; subtask++) {
          subtaskOpened[subtask] =
              line.subtask(
                  EventType.SUBTASK_OPENED,
                  line.now() + MINUTE + rng.nextInt(15 * (int) MINUTE),
                  ownerId,
                  plan.id() + "-s" + (subtask + 1));
          subtaskLength[subtask] = (long) Draws.uniform(rng, 30 * MINUTE, 8 * HOUR);
        }
      }
      if (turn == escalateAfter) {
        line.add(
            EventType.ESCALATED,
            line.now() + MINUTE + rng.nextInt(30 * (int) MINUTE),
            ActorType.AGENT,
            ownerId);
      }
    }

    if (outcome.resolved()) {
      if (endMood > THANKS_ABOVE && Draws.chance(rng, 0.5)) {
        line.message(
            line.now() + customerGap(plan.channel(), rng),
            ActorType.CUSTOMER,
            customerId,
            writer.followUp(Tone.PLEASED));
      }
      line.add(EventType.RESOLVED, line.now() + resolveDelay(rng), ActorType.AGENT, ownerId);

      Tone reopenTone = Tone.of(Math.min(endMood, -0.5));
      for (int reopen = 0; reopen < outcome.reopenCount(); reopen++) {
        line.add(
            EventType.REOPENED,
            line.now() + (long) Draws.uniform(rng, 2 * HOUR, 72 * HOUR),
            ActorType.CUSTOMER,
            customerId);
        line.message(
            line.now() + 5 + rng.nextInt(120),
            ActorType.CUSTOMER,
            customerId,
            writer.reopen(reopenTone));
        line.message(
            line.now() + jitter(queue, rng) + work,
            ActorType.AGENT,
            ownerId,
            writer.agentSolution(reopenTone, true));
        line.add(EventType.RESOLVED, line.now() + resolveDelay(rng), ActorType.AGENT, ownerId);
      }
    } else {
      line.message(
          line.now() + customerGap(plan.channel(), rng),
          ActorType.CUSTOMER,
          customerId,
          writer.giveUp(Tone.of(Math.min(endMood, -0.5))));
      line.status(
          line.now() + (long) Draws.uniform(rng, 24 * HOUR, 72 * HOUR),
          ActorType.SYSTEM,
          null,
          "closed_unresolved");
    }

    boolean complained = false;
    if (outcome.complaint()) {
      complained =
          line.message(
              line.now() + (long) Draws.uniform(rng, 10 * MINUTE, 24 * HOUR),
              ActorType.CUSTOMER,
              customerId,
              writer.complaint());
    }
    if (outcome.satisfaction() != null) {
      line.rating(
          line.now() + (long) Draws.uniform(rng, 5 * MINUTE, 36 * HOUR),
          customerId,
          outcome.satisfaction());
    }

    return new Ticket(
        plan.id(),
        customerId,
        line.assignee(),
        plan.channel(),
        plan.category().code(),
        plan.priority(),
        Instant.ofEpochSecond(created),
        line.firstResponse(),
        line.resolved(),
        line.reopens(),
        line.satisfaction(),
        complained,
        line.escalated(),
        handleSeconds(line, outcome),
        subject,
        description,
        line.resolved() != null ? writer.resolution() : null);
  }

  /** Searches run in the minutes before the reply that carries the solution. */
  private void searchKnowledge(
      TicketPlan plan,
      TicketOutcome outcome,
      MessageWriter writer,
      Timeline line,
      long replyAt,
      RandomGenerator rng) {
    int searches = outcome.knowledgeSearches();
    if (searches == 0) {
      return;
    }

    long step = 30 + rng.nextInt(150);
    long begin = Math.max(line.now(), replyAt - (searches + 1) * step);
    for (int search = 0; search < searches; search++) {
      line.search(begin + search * step, plan.owner().id(), writer.searchQuery());
    }
    if (outcome.knowledgeLinked()) {
      int issue = CategoryPhrases.of(plan.category()).issues().indexOf(plan.issue());
      String article = knowledge.pick(plan.category(), issue, line.now(), rng);
      if (article != null) {
        line.link(line.now() + Math.max(1, step / 2), plan.owner().id(), article);
      }
    }
  }

  /** The mood of the customer's reply after agent turn {@code turn} of {@code turns}. */
  private static double mood(
      double startMood, double endMood, int turn, int turns, RandomGenerator rng) {
    double progress = (double) turn / turns;
    return startMood + (endMood - startMood) * progress + MOOD_NOISE * rng.nextGaussian();
  }

  /** How long a customer takes to answer, in seconds, by channel. */
  private static long customerGap(Channel channel, RandomGenerator rng) {
    return switch (channel) {
      case PHONE -> 20 + rng.nextInt(100);
      case CHAT -> 30 + Math.round(150 * rng.nextExponential());
      case EMAIL -> 10 * MINUTE + Math.round(3 * HOUR * rng.nextExponential());
      case SOCIAL -> 2 * MINUTE + Math.round(40 * MINUTE * rng.nextExponential());
    };
  }

  private static long jitter(long seconds, RandomGenerator rng) {
    return Math.round(seconds * Draws.logNormal(rng, 0.3));
  }

  /**
   * The drawn handle effort in whole seconds once an agent has replied within the period, capped at
   * what a ticket may hold; null while no agent has answered. It draws nothing.
   */
  private static Integer handleSeconds(Timeline line, TicketOutcome outcome) {
    if (line.firstResponse() == null) {
      return null;
    }
    return (int) Math.min(Ticket.MAX_HANDLE_SECONDS, Math.round(outcome.effortMinutes() * MINUTE));
  }

  private static long resolveDelay(RandomGenerator rng) {
    return MINUTE + rng.nextInt(19 * (int) MINUTE);
  }

  /**
   * The events of one ticket as they are written: strictly increasing times, numbered ids, and the
   * ticket fields they imply. Once an event falls at or after the end of the period, it and all
   * later ones are dropped.
   */
  private static final class Timeline {

    private final String ticketId;
    private final long endSecond;
    private final List<TicketEvent> sink;
    private long now = Long.MIN_VALUE;
    private int sequence;
    private boolean cut;
    private String assignee;
    private Instant firstResponse;
    private Instant resolved;
    private int reopens;
    private Integer satisfaction;
    private boolean escalated;

    Timeline(String ticketId, long endSecond, List<TicketEvent> sink) {
      this.ticketId = ticketId;
      this.endSecond = endSecond;
      this.sink = sink;
    }

    long now() {
      return now;
    }

    String assignee() {
      return assignee;
    }

    Instant firstResponse() {
      return firstResponse;
    }

    Instant resolved() {
      return resolved;
    }

    int reopens() {
      return reopens;
    }

    Integer satisfaction() {
      return satisfaction;
    }

    boolean escalated() {
      return escalated;
    }

    boolean add(EventType type, long at, ActorType actor, String actorId) {
      return append(type, at, actor, actorId, null, null, null, null, null, null, null);
    }

    boolean message(long at, ActorType actor, String actorId, String text) {
      return append(
          EventType.MESSAGE, at, actor, actorId, text, null, null, null, null, null, null);
    }

    boolean assign(EventType type, long at, ActorType actor, String actorId, String target) {
      return append(type, at, actor, actorId, null, null, null, target, null, null, null);
    }

    boolean status(long at, ActorType actor, String actorId, String status) {
      return append(
          EventType.STATUS_CHANGED, at, actor, actorId, null, null, null, null, status, null, null);
    }

    long subtask(EventType type, long at, String agentId, String subtaskId) {
      append(type, at, ActorType.AGENT, agentId, null, null, null, null, null, subtaskId, null);
      return now;
    }

    boolean search(long at, String agentId, String query) {
      return append(
          EventType.KNOWLEDGE_SEARCHED,
          at,
          ActorType.AGENT,
          agentId,
          null,
          query,
          null,
          null,
          null,
          null,
          null);
    }

    boolean link(long at, String agentId, String articleId) {
      return append(
          EventType.KNOWLEDGE_LINKED,
          at,
          ActorType.AGENT,
          agentId,
          null,
          null,
          articleId,
          null,
          null,
          null,
          null);
    }

    boolean rating(long at, String customerId, int rating) {
      return append(
          EventType.RATING_RECEIVED,
          at,
          ActorType.CUSTOMER,
          customerId,
          null,
          null,
          null,
          null,
          null,
          null,
          rating);
    }

    /** Appends an event unless the period is over; answers whether it was kept. */
    private boolean append(
        EventType type,
        long at,
        ActorType actor,
        String actorId,
        String text,
        String query,
        String articleId,
        String target,
        String status,
        String subtaskId,
        Integer rating) {
      now = Math.max(at, now + 1);
      if (cut || now >= endSecond) {
        cut = true;
        return false;
      }

      sequence++;
      Instant time = Instant.ofEpochSecond(now);
      sink.add(
          new TicketEvent(
              Ids.of(ticketId + "-e", sequence, 2),
              ticketId,
              type,
              time,
              actor,
              actorId,
              text,
              query,
              articleId,
              target,
              status,
              subtaskId,
              rating));

      switch (type) {
        case ASSIGNED, TRANSFERRED -> assignee = target;
        case MESSAGE -> {
          if (actor == ActorType.AGENT && firstResponse == null) {
            firstResponse = time;
          }
        }
        case RESOLVED -> resolved = time;
        case REOPENED -> {
          reopens++;
          resolved = null;
        }
        case ESCALATED -> escalated = true;
        case RATING_RECEIVED -> satisfaction = rating;
        default -> {
          // The other steps change no field of the ticket.
        }
      }
      return true;
    }
  }
}
