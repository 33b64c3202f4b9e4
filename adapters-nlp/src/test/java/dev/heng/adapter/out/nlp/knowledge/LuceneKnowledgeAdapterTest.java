package dev.heng.adapter.out.nlp.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heng.domain.knowledge.ArticleLink;
import dev.heng.domain.knowledge.KnowledgeActivity;
import dev.heng.domain.knowledge.SimilarTicket;
import dev.heng.domain.record.ActorType;
import dev.heng.domain.record.Channel;
import dev.heng.domain.record.EventType;
import dev.heng.domain.record.IntakeRecord;
import dev.heng.domain.record.KnowledgeArticle;
import dev.heng.domain.record.Priority;
import dev.heng.domain.record.RecordKind;
import dev.heng.domain.record.Ticket;
import dev.heng.domain.record.TicketEvent;
import dev.heng.domain.tenant.Tenant;
import dev.heng.domain.tenant.TenantId;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

class LuceneKnowledgeAdapterTest {

  private static final TenantId ACME = new TenantId(1);
  private static final TenantId GLOBEX = new TenantId(2);
  private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
  private static final Tenant ACME_TENANT = new Tenant(ACME, "acme", T0.minusSeconds(86_400));

  private static Scheduler scheduler;

  @TempDir Path directory;

  @BeforeAll
  static void startScheduler() {
    scheduler = Schedulers.newBoundedElastic(2, 100, "knowledge-test");
  }

  @AfterAll
  static void stopScheduler() {
    scheduler.dispose();
  }

  @Test
  void findsResolvedTicketsByStemmedEnglishAndSegmentedChinese() {
    try (LuceneKnowledgeAdapter index = new LuceneKnowledgeAdapter(directory, scheduler)) {
      index
          .index(
              ACME,
              List.of(
                  ticket("t-en", "Refund for a duplicated payment", "Refunded the second charge"),
                  ticket("t-zh", "订单重复扣款，要求退款", "已退还重复扣除的金额"),
                  ticket("t-other", "Cannot sign in to the mobile app", "Reset the password"),
                  open("t-open", "Duplicate payment refund please")))
          .block();

      List<SimilarTicket> english =
          index.similarTickets(ACME, "refunding duplicate payments", null, 10).block();
      List<SimilarTicket> chinese = index.similarTickets(ACME, "我被重复扣款了", null, 10).block();

      assertThat(english).extracting(found -> found.ticket().ticketId()).containsExactly("t-en");
      assertThat(english.getFirst().ticket().resolution()).isEqualTo("Refunded the second charge");
      assertThat(chinese).extracting(found -> found.ticket().ticketId()).containsExactly("t-zh");
    }
  }

  @Test
  void ranksATicketWhoseWordsStandTogetherAsInTheTextAboveOneWithTheSameWordsApart() {
    try (LuceneKnowledgeAdapter index = new LuceneKnowledgeAdapter(directory, scheduler)) {
      index
          .index(
              ACME,
              List.of(
                  ticket("t-apart", "Reset link never arrived after the password update", "Sent"),
                  ticket("t-near", "Password reset link never arrived after the update", "Sent")))
          .block();

      List<SimilarTicket> found = index.similarTickets(ACME, "password reset", null, 10).block();

      assertThat(found)
          .extracting(hit -> hit.ticket().ticketId())
          .containsExactly("t-near", "t-apart");
      assertThat(found.get(0).score()).isGreaterThan(found.get(1).score());
    }
  }

  @Test
  void neverAnswersWithAnotherTenantsEntries() {
    try (LuceneKnowledgeAdapter index = new LuceneKnowledgeAdapter(directory, scheduler)) {
      index
          .index(ACME, List.of(ticket("t1", "Printer jams on page two", "Cleaned the roller")))
          .block();
      index
          .index(GLOBEX, List.of(ticket("t1", "Printer jams again", "Replaced the roller")))
          .block();
      index.index(GLOBEX, List.of(link("e1", "t1", "kb-1", "bob", T0))).block();

      List<SimilarTicket> found = index.similarTickets(ACME, "printer jams", null, 10).block();

      assertThat(found).hasSize(1);
      assertThat(found.getFirst().ticket().resolution()).isEqualTo("Cleaned the roller");
      assertThat(found.getFirst().linkedArticleIds()).isEmpty();
      assertThat(index.linksToArticles(ACME, List.of("kb-1")).block()).isEmpty();
      assertThat(index.linksToArticles(GLOBEX, List.of("kb-1")).block()).hasSize(1);
    }
  }

  @Test
  void replacesAnEntryWhenItsRecordChangesAndLeavesOutTheTicketAskedAbout() {
    try (LuceneKnowledgeAdapter index = new LuceneKnowledgeAdapter(directory, scheduler)) {
      index.index(ACME, List.of(ticket("t1", "Screen flickers", "Updated the driver"))).block();
      index.index(ACME, List.of(ticket("t1", "Screen flickers", "Swapped the cable"))).block();
      index
          .index(ACME, List.of(ticket("t2", "Screen flickers badly", "Swapped the cable")))
          .block();

      List<SimilarTicket> found = index.similarTickets(ACME, "screen flicker", "t2", 10).block();

      assertThat(found)
          .singleElement()
          .satisfies(
              hit -> {
                assertThat(hit.ticket().ticketId()).isEqualTo("t1");
                assertThat(hit.ticket().resolution()).isEqualTo("Swapped the cable");
              });
    }
  }

  @Test
  void keepsEntriesAndMarksAcrossAReopen() {
    Instant mark = Instant.parse("2026-11-03T10:15:30.123456Z");
    try (LuceneKnowledgeAdapter index = new LuceneKnowledgeAdapter(directory, scheduler)) {
      StepVerifier.create(index.indexedUpTo(ACME_TENANT, RecordKind.TICKETS)).verifyComplete();
      index.index(ACME, List.of(ticket("t1", "Parcel never arrived", "Reshipped it"))).block();
      index.markIndexedUpTo(ACME_TENANT, RecordKind.TICKETS, mark).block();
    }

    try (LuceneKnowledgeAdapter index = new LuceneKnowledgeAdapter(directory, scheduler)) {
      StepVerifier.create(index.indexedUpTo(ACME_TENANT, RecordKind.TICKETS))
          .expectNext(mark)
          .verifyComplete();
      StepVerifier.create(index.indexedUpTo(ACME_TENANT, RecordKind.ARTICLES)).verifyComplete();
      Tenant recreated = new Tenant(ACME, "acme", T0);
      StepVerifier.create(index.indexedUpTo(recreated, RecordKind.TICKETS)).verifyComplete();
      assertThat(index.similarTickets(ACME, "parcel arrived", null, 5).block()).hasSize(1);
    }
  }

  @Test
  void removesOneTenantsEntriesIndexedBeforeAnInstantAndItsMarks() throws InterruptedException {
    try (LuceneKnowledgeAdapter index = new LuceneKnowledgeAdapter(directory, scheduler)) {
      index.index(ACME, List.of(ticket("t1", "Parcel never arrived", "Reshipped it"))).block();
      index.index(GLOBEX, List.of(ticket("t1", "Parcel never arrived", "Refunded it"))).block();
      index.markIndexedUpTo(ACME_TENANT, RecordKind.TICKETS, T0).block();
      Thread.sleep(2);
      Instant cut = Instant.now();
      Thread.sleep(2);
      index.index(ACME, List.of(ticket("t2", "Parcel damaged", "Sent a new one"))).block();

      index.removeIndexedBefore(ACME, cut).block();

      assertThat(index.similarTickets(ACME, "parcel", null, 5).block())
          .extracting(found -> found.ticket().ticketId())
          .containsExactly("t2");
      assertThat(index.similarTickets(GLOBEX, "parcel", null, 5).block()).hasSize(1);
      StepVerifier.create(index.indexedUpTo(ACME_TENANT, RecordKind.TICKETS)).verifyComplete();
    }
  }

  @Test
  void loadsTheActivityOfAPeriodWithTheTicketsItsLinksName() {
    try (LuceneKnowledgeAdapter index = new LuceneKnowledgeAdapter(directory, scheduler)) {
      Instant before = T0.minusSeconds(40L * 86_400);
      index
          .index(
              ACME,
              List.of(
                  article("kb-1", "ann", before),
                  ticket("t-linked", "Wrong invoice address", "Corrected the address"),
                  resolvedAt("t-old", before),
                  link("e1", "t-linked", "kb-1", "bob", T0.plusSeconds(60)),
                  link("e-old", "t-old", "kb-1", "bob", before),
                  search("s1", "t-linked", "bob", T0)))
          .block();

      KnowledgeActivity activity =
          index.load(ACME, T0.minusSeconds(3600), T0.plusSeconds(30L * 86_400)).block();

      assertThat(activity.articles()).extracting(a -> a.articleId()).containsExactly("kb-1");
      assertThat(activity.links()).extracting(ArticleLink::eventId).containsExactly("e1");
      assertThat(activity.tickets()).extracting(t -> t.ticketId()).containsExactly("t-linked");
      assertThat(activity.searches()).hasSize(1);
      assertThat(index.articles(ACME, List.of("kb-1", "kb-9")).block()).hasSize(1);
    }
  }

  private static Ticket ticket(String id, String subject, String resolution) {
    return new Ticket(
        id,
        "cust-1",
        "bob",
        Channel.EMAIL,
        "billing",
        Priority.NORMAL,
        T0,
        T0.plusSeconds(30),
        T0.plusSeconds(900),
        0,
        5,
        false,
        false,
        400,
        subject,
        null,
        resolution);
  }

  private static Ticket open(String id, String subject) {
    return new Ticket(
        id,
        "cust-1",
        "bob",
        Channel.EMAIL,
        "billing",
        Priority.NORMAL,
        T0,
        null,
        null,
        0,
        null,
        false,
        false,
        null,
        subject,
        null,
        null);
  }

  private static Ticket resolvedAt(String id, Instant at) {
    return new Ticket(
        id,
        "cust-1",
        "bob",
        Channel.EMAIL,
        "billing",
        Priority.NORMAL,
        at,
        null,
        at.plusSeconds(60),
        0,
        null,
        false,
        false,
        null,
        "Old ticket",
        null,
        "Fixed");
  }

  private static KnowledgeArticle article(String id, String author, Instant at) {
    return new KnowledgeArticle(
        id,
        author,
        "Correcting an invoice",
        "Open the billing profile",
        List.of("invoice"),
        1,
        at,
        null,
        null);
  }

  private static IntakeRecord link(
      String id, String ticketId, String articleId, String agent, Instant at) {
    return new TicketEvent(
        id,
        ticketId,
        EventType.KNOWLEDGE_LINKED,
        at,
        ActorType.AGENT,
        agent,
        null,
        null,
        articleId,
        null,
        null,
        null,
        null);
  }

  private static IntakeRecord search(String id, String ticketId, String agent, Instant at) {
    return new TicketEvent(
        id,
        ticketId,
        EventType.KNOWLEDGE_SEARCHED,
        at,
        ActorType.AGENT,
        agent,
        null,
        "invoice",
        null,
        null,
        null,
        null,
        null);
  }
}
