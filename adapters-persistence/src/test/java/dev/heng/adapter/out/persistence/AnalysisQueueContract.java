package dev.heng.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heng.application.port.out.AnalysisJob;
import dev.heng.application.port.out.QueueBacklog;
import dev.heng.application.port.out.ResolvedConversation;
import dev.heng.domain.access.ApiKeyToken;
import dev.heng.domain.emotion.Analyser;
import dev.heng.domain.emotion.NotAnalysedReason;
import dev.heng.domain.emotion.SentenceSentiment;
import dev.heng.domain.emotion.SentimentResult;
import dev.heng.domain.record.ActorType;
import dev.heng.domain.record.EventType;
import dev.heng.domain.record.IntakeRecord;
import dev.heng.domain.record.RecordKind;
import dev.heng.domain.record.TicketEvent;
import dev.heng.domain.scoring.CustomerEmotion;
import dev.heng.domain.tenant.Tenant;
import dev.heng.domain.tenant.TenantId;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/**
 * What {@link AnalysisQueuePersistenceAdapter} promises as an {@code AnalysisQueuePort}, and that
 * {@link RecordPersistenceAdapter} queues analysis in the intake transaction, checked against a
 * real database. The queue spans tenants, so each test starts from an empty queue.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AnalysisQueueContract {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final AtomicInteger TENANTS = new AtomicInteger();
  private static final Instant START = Instant.parse("2025-06-01T00:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(1);
  private static final Analyser ANALYSER = new Analyser("test-analyser", "v1", "handling=none");
  private static final Analyser NEWER = new Analyser("test-analyser", "v2", "handling=none");

  private TestDatabase database;
  private TestClock clock;
  private RecordPersistenceAdapter records;
  private AnalysisQueuePersistenceAdapter queue;
  private MessageSentimentPersistenceAdapter sentiments;

  /** Opens the database this contract runs against, wiped and migrated. */
  abstract TestDatabase openDatabase();

  @BeforeAll
  void openDatabaseOnce() {
    database = openDatabase();
  }

  @AfterAll
  void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }

  @BeforeEach
  void emptyQueue() {
    database
        .client
        .sql("DELETE FROM message_sentiments")
        .then()
        .then(database.client.sql("DELETE FROM analysis_jobs").then())
        .block();
    clock = new TestClock(START);
    records = database.records(clock);
    queue = database.analysisQueue(clock);
    sentiments = new MessageSentimentPersistenceAdapter(database.client);
  }

  @Test
  void queuesOneJobPerNewOrChangedMessageWithTheIntake() {
    TenantId tenant = newTenant();
    List<TicketEvent> events =
        List.of(
            message("m-1", "My parcel is late."),
            message("m-2", "Still nothing."),
            statusChange("s-1"));

    store(tenant, events);
    store(tenant, events);
    clock.set(START.plusSeconds(1));
    store(tenant, List.of(message("m-2", "Still nothing, three days on.")));

    assertThat(jobStates()).containsExactly("queued", "queued", "queued");
    assertThat(claim(10))
        .extracting(AnalysisJob::text)
        .containsExactlyInAnyOrder(
            "My parcel is late.", "Still nothing, three days on.", "Still nothing, three days on.");
  }

  @Test
  void queuesEveryMessageOfALargeBatch() {
    TenantId tenant = newTenant();
    List<TicketEvent> events = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      events.add(message("bulk-" + i, "Message number " + i));
    }

    store(tenant, events);

    assertThat(jobStates()).hasSize(150);
    assertThat(claim(1_000)).extracting(AnalysisJob::eventId).doesNotHaveDuplicates().hasSize(150);
  }

  @Test
  void leasesAClaimedJobSoNoOtherClaimGetsIt() {
    store(newTenant(), List.of(message("a", "one"), message("b", "two"), message("c", "three")));

    List<AnalysisJob> first = claim(2);
    List<AnalysisJob> second = claim(10);

    assertThat(first).hasSize(2);
    assertThat(second).hasSize(1);
    assertThat(second.getFirst().id()).isNotIn(first.stream().map(AnalysisJob::id).toList());
    assertThat(claim(10)).isEmpty();
  }

  @Test
  void concurrentClaimsNeverShareAJob() {
    TenantId tenant = newTenant();
    List<TicketEvent> events = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      events.add(message("c-" + i, "text " + i));
    }
    store(tenant, events);

    List<AnalysisJob> claimed =
        Flux.range(0, 8)
            .flatMap(i -> queue.claim(5, LEASE, 3).subscribeOn(Schedulers.boundedElastic()), 8)
            .collectList()
            .block();

    assertThat(claimed).extracting(AnalysisJob::id).doesNotHaveDuplicates();
    Set<Long> ids = new HashSet<>(claimed.stream().map(AnalysisJob::id).toList());
    ids.addAll(claim(100).stream().map(AnalysisJob::id).toList());
    assertThat(ids).hasSize(40);
  }

  @Test
  void claimsAnExpiredLeaseAgainAndStoresTheResultOnce() {
    store(newTenant(), List.of(message("k", "The worker died while analysing me.")));
    AnalysisJob lost = claim(1).getFirst();

    clock.set(START.plus(LEASE).plusSeconds(1));
    AnalysisJob again = claim(1).getFirst();
    StepVerifier.create(queue.complete(lost, scored(-0.5))).verifyComplete();
    StepVerifier.create(queue.complete(again, scored(-0.5))).verifyComplete();
    StepVerifier.create(queue.complete(again, scored(-0.5))).verifyComplete();

    assertThat(again.id()).isEqualTo(lost.id());
    assertThat(again.attempts()).isEqualTo(2);
    assertThat(jobStates()).containsExactly("done");
    assertThat(count("SELECT COUNT(*) FROM message_sentiments")).isEqualTo(1);
  }

  @Test
  void aStaleLeaseDoesNotFinishTheJobOfItsNewHolder() {
    store(newTenant(), List.of(message("s", "slow one")));
    AnalysisJob lost = claim(1).getFirst();
    clock.set(START.plus(LEASE).plusSeconds(1));
    claim(1);

    StepVerifier.create(queue.complete(lost, scored(0.2))).verifyComplete();

    assertThat(jobStates()).containsExactly("leased");
    assertThat(count("SELECT COUNT(*) FROM message_sentiments")).isEqualTo(1);
  }

  @Test
  void retriesAFailedJobAfterItsBackoffAndEndsItDead() {
    store(newTenant(), List.of(message("f", "fails twice")));
    AnalysisJob first = claim(1).getFirst();

    StepVerifier.create(queue.fail(first, "SentimentUnavailableException", START.plusSeconds(30)))
        .verifyComplete();
    List<AnalysisJob> tooEarly = claim(1);
    clock.set(START.plusSeconds(31));
    AnalysisJob second = claim(1).getFirst();
    StepVerifier.create(queue.fail(second, "SentimentUnavailableException", null)).verifyComplete();

    assertThat(tooEarly).isEmpty();
    assertThat(second.attempts()).isEqualTo(2);
    assertThat(jobStates()).containsExactly("dead");
    assertThat(claim(1)).isEmpty();
    StepVerifier.create(queue.backlog())
        .expectNext(new QueueBacklog(0, 1, Duration.ZERO))
        .verifyComplete();
  }

  @Test
  void endsAJobDeadWhenItsLeaseExpiresOnTheLastAttempt() {
    store(newTenant(), List.of(message("p", "kills every worker")));
    claim(1);
    clock.set(START.plus(LEASE).plusSeconds(1));

    List<AnalysisJob> claimed = queue.claim(10, LEASE, 1).collectList().block();

    assertThat(claimed).isEmpty();
    assertThat(jobStates()).containsExactly("dead");
  }

  @Test
  void reportsTheBacklogAndItsAge() {
    store(newTenant(), List.of(message("b-1", "one"), message("b-2", "two")));
    clock.set(START.plusSeconds(90));

    StepVerifier.create(queue.backlog())
        .expectNext(new QueueBacklog(2, 0, Duration.ofSeconds(90)))
        .verifyComplete();
  }

  @Test
  void storesAReasonForAMessageItCouldNotAnalyse() {
    store(newTenant(), List.of(message("zh", "快递三天还没到")));
    AnalysisJob job = claim(1).getFirst();

    StepVerifier.create(
            queue.complete(
                job,
                new SentimentResult.NotAnalysed(
                    NotAnalysedReason.UNSUPPORTED_LANGUAGE, "script han", ANALYSER)))
        .verifyComplete();

    assertThat(
            database
                .client
                .sql("SELECT analysed, score, reason, analyser_key FROM message_sentiments")
                .map(
                    row ->
                        List.of(
                            String.valueOf(row.get("analysed", Boolean.class)),
                            String.valueOf(row.get("score", Double.class)),
                            row.get("reason", String.class),
                            row.get("analyser_key", String.class)))
                .one()
                .block())
        .containsExactly("false", "null", "UNSUPPORTED_LANGUAGE", ANALYSER.key());
  }

  @Test
  void requeuesOnlyMessagesWithoutAResultOfTheAnalyser() {
    TenantId tenant = newTenant();
    store(tenant, List.of(message("r-1", "analysed"), message("r-2", "analysed too")));
    for (AnalysisJob job : claim(10)) {
      queue.complete(job, scored(0.1)).block();
    }

    StepVerifier.create(queue.requeue(tenant, ANALYSER.key())).expectNext(0L).verifyComplete();
    StepVerifier.create(queue.requeue(tenant, NEWER.key())).expectNext(2L).verifyComplete();
    StepVerifier.create(queue.requeue(tenant, NEWER.key())).expectNext(0L).verifyComplete();
  }

  @Test
  void readsTheLatestResultOfEachMessageOfATicket() {
    TenantId tenant = newTenant();
    store(tenant, List.of(message("t-1", "first"), message("t-2", "second")));
    for (AnalysisJob job : claim(10)) {
      queue.complete(job, scored(job.text().equals("first") ? -0.5 : 0.5)).block();
    }
    queue.requeue(tenant, NEWER.key()).block();
    clock.set(START.plusSeconds(5));
    for (AnalysisJob job : claim(10)) {
      queue.complete(job, scored(0.25, NEWER)).block();
    }

    Map<String, SentimentResult> found = sentiments.forTicket(tenant, "ticket-1").block();

    assertThat(found).containsOnlyKeys("t-1", "t-2");
    assertThat(((SentimentResult.Scored) found.get("t-1")).score()).isEqualTo(0.25);
    assertThat(found.get("t-1").analyser()).isEqualTo(NEWER);
    assertThat(((SentimentResult.Scored) found.get("t-1")).sentences().getFirst().probabilities())
        .containsExactly(0.1, 0.4, 0.3, 0.1, 0.1);
  }

  @Test
  void listsTheCustomerScoresOfResolvedTicketsInTimeOrder() {
    TenantId tenant = newTenant();
    records
        .store(
            tenant,
            RecordKind.TICKETS,
            List.of(
                RecordSamples.fullTicket("ticket-1", "customer-1", "agent-1", START),
                RecordSamples.sparseTicket("ticket-2", "customer-1", "agent-2", START)))
        .block();
    store(
        tenant,
        List.of(
            message("late", "and then", START.plusSeconds(20)),
            message("early", "at first", START.plusSeconds(10))));
    for (AnalysisJob job : claim(10)) {
      queue.complete(job, scored(job.text().equals("at first") ? -0.6 : 0.4)).block();
    }

    List<ResolvedConversation> conversations =
        sentiments
            .resolvedConversations(tenant, START, START.plus(Duration.ofDays(1)), null)
            .collectList()
            .block();
    List<ResolvedConversation> none =
        sentiments
            .resolvedConversations(tenant, START, START.plus(Duration.ofDays(1)), "agent-2")
            .collectList()
            .block();

    assertThat(conversations)
        .containsExactly(new ResolvedConversation("ticket-1", "agent-1", List.of(-0.6, 0.4)));
    assertThat(none).isEmpty();
  }

  @Test
  void countsPerCustomerTheScoredOpeningsOfTicketsRaisedInTheWindowAndTheNegativeOnes() {
    TenantId tenant = newTenant();
    records
        .store(
            tenant,
            RecordKind.TICKETS,
            List.of(
                RecordSamples.fullTicket("ticket-1", "customer-1", "agent-1", START),
                RecordSamples.sparseTicket("ticket-2", "customer-1", "agent-1", START),
                RecordSamples.sparseTicket("ticket-3", "customer-2", "agent-1", START),
                RecordSamples.sparseTicket(
                    "ticket-4", "customer-3", "agent-1", START.minus(Duration.ofDays(2)))))
        .block();
    store(
        tenant,
        List.of(
            customerMessage("o-1", "ticket-1", "angry opening", START.plusSeconds(10)),
            customerMessage("l-1", "ticket-1", "calm later", START.plusSeconds(30)),
            customerMessage("o-2", "ticket-2", "calm opening", START.plusSeconds(10)),
            customerMessage("o-3", "ticket-3", "unscored opening", START.plusSeconds(10)),
            customerMessage("l-3", "ticket-3", "angry later", START.plusSeconds(30)),
            customerMessage("o-4", "ticket-4", "angry but too early", START.plusSeconds(10))));
    for (AnalysisJob job : claim(10)) {
      if (!job.text().equals("unscored opening")) {
        queue.complete(job, scored(job.text().startsWith("angry") ? -0.6 : 0.4)).block();
      }
    }

    List<CustomerEmotion> openings =
        sentiments
            .openingEmotion(tenant, START, START.plus(Duration.ofDays(1)), -0.04)
            .collectList()
            .block();

    assertThat(openings).containsExactly(new CustomerEmotion("customer-1", 2, 1));
  }

  @Test
  void deletingAMessageDeletesItsResultAndLeavesItsJobUnclaimed() {
    TenantId tenant = newTenant();
    store(tenant, List.of(message("d-1", "to be removed"), message("d-2", "waiting")));
    AnalysisJob done = claim(1).getFirst();
    queue.complete(done, scored(0.0)).block();

    database
        .client
        .sql("DELETE FROM ticket_events WHERE tenant_id = :tenant")
        .bind("tenant", tenant.value())
        .then()
        .block();

    assertThat(claim(2)).isEmpty();
    assertThat(jobStates()).containsExactly("done", "queued");
    assertThat(count("SELECT COUNT(*) FROM message_sentiments")).isZero();
  }

  private static SentimentResult scored(double score) {
    return scored(score, ANALYSER);
  }

  private static SentimentResult scored(double score, Analyser analyser) {
    return new SentimentResult.Scored(
        score,
        List.of(new SentenceSentiment(0, 4, 2, List.of(0.1, 0.4, 0.3, 0.1, 0.1), score)),
        false,
        analyser);
  }

  private static TicketEvent customerMessage(String id, String ticketId, String text, Instant at) {
    return new TicketEvent(
        id,
        ticketId,
        EventType.MESSAGE,
        at,
        ActorType.CUSTOMER,
        "customer-1",
        text,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static TicketEvent message(String id, String text) {
    return message(id, text, START);
  }

  private static TicketEvent message(String id, String text, Instant at) {
    return customerMessage(id, "ticket-1", text, at);
  }

  private static TicketEvent statusChange(String id) {
    return new TicketEvent(
        id,
        "ticket-1",
        EventType.STATUS_CHANGED,
        START,
        ActorType.SYSTEM,
        null,
        null,
        null,
        null,
        null,
        "pending",
        null,
        null);
  }

  private List<AnalysisJob> claim(int limit) {
    return queue.claim(limit, LEASE, 3).collectList().block();
  }

  private List<String> jobStates() {
    return database
        .client
        .sql("SELECT state FROM analysis_jobs ORDER BY id")
        .map(row -> row.get(0, String.class))
        .all()
        .collectList()
        .block();
  }

  private long count(String sql) {
    return database.client.sql(sql).map(row -> row.get(0, Number.class).longValue()).one().block();
  }

  private void store(TenantId tenant, List<TicketEvent> events) {
    records.store(tenant, RecordKind.TICKET_EVENTS, List.<IntakeRecord>copyOf(events)).block();
  }

  private TenantId newTenant() {
    ApiKeyToken admin = ApiKeyToken.generate(RANDOM);
    return database
        .tenants()
        .createWithAdminKey(
            "queue-tenant-" + TENANTS.incrementAndGet(), START, admin.keyId(), admin.hash())
        .map(Tenant::id)
        .blockOptional()
        .orElseThrow();
  }
}
