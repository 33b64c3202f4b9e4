package dev.heng.domain.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heng.domain.emotion.Analyser;
import dev.heng.domain.emotion.NotAnalysedReason;
import dev.heng.domain.emotion.SentenceSentiment;
import dev.heng.domain.emotion.SentimentResult;
import dev.heng.domain.record.ActorType;
import dev.heng.domain.record.Channel;
import dev.heng.domain.record.EventType;
import dev.heng.domain.record.Priority;
import dev.heng.domain.record.Ticket;
import dev.heng.domain.record.TicketEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrajectoryReplayTest {

  private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
  private static final Analyser ANALYSER = new Analyser("test", "v1", "none");
  private static final Ticket TICKET =
      new Ticket(
          "K-1",
          "C-1",
          "A-2",
          Channel.CHAT,
          "billing",
          Priority.HIGH,
          T0,
          null,
          null,
          0,
          null,
          false,
          false,
          null,
          null,
          null,
          null);

  private static final List<TicketEvent> EVENTS =
      List.of(
          event("e7", EventType.MESSAGE, 400, ActorType.AGENT, "A-2", "text", "Done."),
          event("e1", EventType.ASSIGNED, 0, ActorType.SYSTEM, null, "targetAgentId", "A-1"),
          event("e2", EventType.MESSAGE, 60, ActorType.CUSTOMER, "C-1", "text", "Broken again!"),
          event("e3", EventType.MESSAGE, 70, ActorType.CUSTOMER, "C-1", "text", "Hello?"),
          event("e4", EventType.KNOWLEDGE_SEARCHED, 100, ActorType.AGENT, "A-1", "query", "reset"),
          event("e5", EventType.MESSAGE, 180, ActorType.AGENT, "A-1", "text", "Try a reset."),
          event("e6", EventType.TRANSFERRED, 200, ActorType.AGENT, "A-1", "targetAgentId", "A-2"),
          event("e8", EventType.STATUS_CHANGED, 300, ActorType.AGENT, "A-2", "status", "pending"),
          event("e9", EventType.MESSAGE, 500, ActorType.CUSTOMER, "C-1", "text", "谢谢"));

  private static final Map<String, SentimentResult> SENTIMENTS =
      Map.of(
          "e2",
          scored(-0.8),
          "e3",
          scored(-0.4),
          "e5",
          scored(0.1),
          "e9",
          new SentimentResult.NotAnalysed(
              NotAnalysedReason.UNSUPPORTED_LANGUAGE, "script han", ANALYSER));

  @Test
  void ordersStepsByTimeAndMeasuresTheGapsBetweenThem() {
    TicketTrajectory trajectory = TrajectoryReplay.replay(TICKET, EVENTS, SENTIMENTS);

    assertThat(trajectory.steps())
        .extracting(TrajectoryStep::eventId)
        .containsExactly("e1", "e2", "e3", "e4", "e5", "e6", "e8", "e7", "e9");
    assertThat(trajectory.steps().get(0).secondsToNext()).isEqualTo(60);
    assertThat(trajectory.steps().getLast().secondsToNext()).isNull();
    assertThat(trajectory.summary().totalSeconds()).isEqualTo(500);
  }

  @Test
  void measuresTheCustomersWaitFromTheOldestUnansweredMessage() {
    TicketTrajectory trajectory = TrajectoryReplay.replay(TICKET, EVENTS, SENTIMENTS);

    assertThat(trajectory.steps().get(4).customerWaitSeconds()).isEqualTo(120);
    assertThat(trajectory.steps().get(7).customerWaitSeconds()).isNull();
    assertThat(trajectory.summary().agentReplies()).isEqualTo(1);
    assertThat(trajectory.summary().firstResponseSeconds()).isEqualTo(180);
  }

  @Test
  void recordsHandoversStatusTimesAndKnowledgeSearches() {
    TrajectorySummary summary = TrajectoryReplay.replay(TICKET, EVENTS, SENTIMENTS).summary();

    assertThat(summary.handovers())
        .containsExactly(new Handover(T0.plusSeconds(200), "A-1", "A-2", "e6"));
    assertThat(summary.secondsInStatus())
        .containsExactly(Map.entry("open", 300L), Map.entry("pending", 200L));
    assertThat(summary.knowledge().searches()).isEqualTo(1);
    assertThat(summary.knowledge().searchesBeforeFirstLink()).isEqualTo(1);
    assertThat(summary.knowledge().secondsToFirstLink()).isNull();
  }

  @Test
  void measuresTheCustomersEmotionAndCountsUnreadMessages() {
    TrajectorySummary summary = TrajectoryReplay.replay(TICKET, EVENTS, SENTIMENTS).summary();

    assertThat(summary.emotion().messages()).isEqualTo(2);
    assertThat(summary.emotion().recovery()).isEqualTo(-0.4 - -0.8);
    assertThat(summary.messagesScored()).isEqualTo(3);
    assertThat(summary.messagesNotAnalysed()).isEqualTo(1);
    assertThat(summary.messagesPending()).isEqualTo(1);
  }

  @Test
  void knowsWhichAgentsWorkedOnTheTicket() {
    assertThat(TrajectoryReplay.involves("A-1", TICKET, EVENTS)).isTrue();
    assertThat(TrajectoryReplay.involves("A-2", TICKET, List.of())).isTrue();
    assertThat(TrajectoryReplay.involves("A-3", TICKET, EVENTS)).isFalse();
  }

  private static SentimentResult scored(double score) {
    return new SentimentResult.Scored(
        score,
        List.of(new SentenceSentiment(0, 5, 2, List.of(0.2, 0.2, 0.2, 0.2, 0.2), score)),
        false,
        ANALYSER);
  }

  private static TicketEvent event(
      String id,
      EventType type,
      int second,
      ActorType actor,
      String actorId,
      String field,
      String value) {
    return new TicketEvent(
        id,
        "K-1",
        type,
        T0.plusSeconds(second),
        actor,
        actorId,
        field.equals("text") ? value : null,
        field.equals("query") ? value : null,
        null,
        field.equals("targetAgentId") ? value : null,
        field.equals("status") ? value : null,
        null,
        null);
  }
}
