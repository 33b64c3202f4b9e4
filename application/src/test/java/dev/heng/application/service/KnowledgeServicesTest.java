package dev.heng.application.service;

import static dev.heng.application.service.SampleRecords.OTHER_TENANT;
import static dev.heng.application.service.SampleRecords.T0;
import static dev.heng.application.service.SampleRecords.TENANT;
import static dev.heng.application.service.SampleRecords.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.heng.application.port.in.ArticleNeighbourhood.UsedTogether;
import dev.heng.application.port.in.FindArticleNeighboursQuery;
import dev.heng.application.port.in.FindKnowledgeCreditQuery;
import dev.heng.application.port.in.FindSimilarTicketsQuery;
import dev.heng.application.port.in.FindSolutionPathsQuery;
import dev.heng.application.port.out.IndexKnowledgePort;
import dev.heng.domain.access.Role;
import dev.heng.domain.knowledge.KnowledgeCreditCalculator;
import dev.heng.domain.knowledge.KnowledgeCreditRules;
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
import dev.heng.domain.scoring.ScoringPeriod;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class KnowledgeServicesTest {

  private final InMemoryStoreRecordsPort store = new InMemoryStoreRecordsPort();
  private final InMemoryLoadRecordsPort records = new InMemoryLoadRecordsPort(store);
  private final InMemoryKnowledgeIndexPort index = new InMemoryKnowledgeIndexPort();

  @BeforeEach
  void storeAndIndexAKnowledgeBase() {
    List<IntakeRecord> tickets =
        List.of(
            ticket("t1", "agent-2", "Refund for a double charge", "Refunded the duplicate", 5),
            ticket("t2", "agent-3", "Charged twice for my order", "Refunded the duplicate", 4),
            ticket("t3", "agent-2", "Cannot log in to the app", "Reset the password", 5),
            openTicket("t4", "Double charge, charged twice"));
    List<IntakeRecord> articles = List.of(article("kb-1", "agent-1"), article("kb-2", "agent-2"));
    List<IntakeRecord> events =
        List.of(
            link("e1", "t1", "kb-1", "agent-2", 60),
            link("e2", "t2", "kb-1", "agent-3", 120),
            link("e3", "t2", "kb-2", "agent-3", 180),
            link("e4", "t1", "kb-1", "agent-1", 240));
    store.store(TENANT, RecordKind.TICKETS, tickets).block();
    store.store(TENANT, RecordKind.ARTICLES, articles).block();
    index.index(TENANT, tickets).block();
    index.index(TENANT, articles).block();
    index.index(TENANT, events).block();
  }

  @Test
  void findsResolvedTicketsLikeAStoredOneWithTheirArticles() {
    FindSimilarTicketsService service = new FindSimilarTicketsService(records, index);

    StepVerifier.create(
            service.find(new FindSimilarTicketsQuery(caller(Role.AGENT), "t4", null, 10)))
        .assertNext(
            similar -> {
              assertThat(similar.tickets())
                  .extracting(found -> found.ticket().ticketId())
                  .containsExactly("t1", "t2");
              assertThat(similar.tickets().getFirst().linkedArticleIds()).containsExactly("kb-1");
              assertThat(similar.articles())
                  .extracting(article -> article.articleId())
                  .containsExactlyInAnyOrder("kb-1", "kb-2");
            })
        .verifyComplete();
  }

  @Test
  void answersNothingForAnotherTenantsTicketAndAnEmptyListForAnUnmatchedText() {
    FindSimilarTicketsService service = new FindSimilarTicketsService(records, index);

    StepVerifier.create(
            service.find(
                new FindSimilarTicketsQuery(
                    caller(OTHER_TENANT, Role.TENANT_ADMIN), "t4", null, 5)))
        .verifyComplete();
    StepVerifier.create(
            service.find(new FindSimilarTicketsQuery(caller(Role.AGENT), null, "zebra", 5)))
        .assertNext(similar -> assertThat(similar.tickets()).isEmpty())
        .verifyComplete();
  }

  @Test
  void ranksTheArticleTwoResolvedTicketsUsedFirst() {
    FindSolutionPathsService service = new FindSolutionPathsService(records, index);

    StepVerifier.create(
            service.find(
                new FindSolutionPathsQuery(
                    caller(Role.QA_REVIEWER), null, "double charge twice", 3)))
        .assertNext(
            paths -> {
              assertThat(paths.ticketsConsidered()).isEqualTo(2);
              assertThat(paths.paths()).hasSize(3);
              assertThat(paths.paths().getFirst().tickets()).isEqualTo(2);
              assertThat(paths.articles()).isNotEmpty();
            })
        .verifyComplete();
  }

  @Test
  void linksAnArticleToItsTicketsAndToTheArticlesUsedWithIt() {
    FindArticleNeighboursService service = new FindArticleNeighboursService(index);

    StepVerifier.create(service.find(new FindArticleNeighboursQuery(caller(Role.AGENT), "kb-1")))
        .assertNext(
            neighbourhood -> {
              assertThat(neighbourhood.links()).hasSize(3);
              assertThat(neighbourhood.usedWith())
                  .extracting(UsedTogether::articleId, UsedTogether::sharedTickets)
                  .containsExactly(org.assertj.core.api.Assertions.tuple("kb-2", 1));
            })
        .verifyComplete();
    StepVerifier.create(
            service.find(new FindArticleNeighboursQuery(caller(Role.AGENT), "kb-missing")))
        .verifyComplete();
  }

  @Test
  void creditsTheAuthorForReuseByOthersOnly() {
    store.store(TENANT, RecordKind.AGENTS, List.of(SampleRecords.agent("agent-1"))).block();
    FindKnowledgeCreditService service =
        new FindKnowledgeCreditService(
            records, index, new KnowledgeCreditCalculator(KnowledgeCreditRules.DEFAULT));

    StepVerifier.create(
            service.find(
                new FindKnowledgeCreditQuery(
                    caller(Role.KNOWLEDGE_MANAGER), "agent-1", ScoringPeriod.parse("2025-04"))))
        .assertNext(
            credit -> {
              assertThat(credit.reusesByOthers()).isEqualTo(2);
              assertThat(credit.selfReuses()).isEqualTo(1);
              assertThat(credit.reuses())
                  .extracting(r -> r.reusedBy())
                  .containsExactly("agent-2", "agent-3");
              assertThat(credit.articlesCreated()).isEqualTo(1);
            })
        .verifyComplete();
    StepVerifier.create(
            service.find(
                new FindKnowledgeCreditQuery(
                    caller(Role.KNOWLEDGE_MANAGER), "agent-9", ScoringPeriod.parse("2025-04"))))
        .verifyComplete();
  }

  @Test
  void rebuildsInFullWithoutMarksThenCatchesUpFromThem() {
    InMemoryKnowledgeIndexPort fresh = new InMemoryKnowledgeIndexPort();
    InMemoryTenantStorePort tenants = new InMemoryTenantStorePort(new InMemoryApiKeyStorePort());
    var acme = tenants.createWithAdminKey("acme", T0, "k1", "h1").block();
    SyncKnowledgeIndexService service =
        new SyncKnowledgeIndexService(tenants, records, fresh, java.time.Clock.systemUTC());

    var first =
        service.sync(new dev.heng.application.port.in.SyncKnowledgeIndexCommand(null)).block();
    var second =
        service.sync(new dev.heng.application.port.in.SyncKnowledgeIndexCommand("acme")).block();

    assertThat(first.tenants()).isEqualTo(1);
    assertThat(first.rebuilt()).isEqualTo(3);
    assertThat(first.tickets()).isEqualTo(4);
    assertThat(first.articles()).isEqualTo(2);
    assertThat(second.rebuilt()).isZero();
    assertThat(records.lastCriteria().eventTypes())
        .as("events are read only of the types the index keeps")
        .isEqualTo(IndexKnowledgePort.INDEXED_EVENT_TYPES);
    assertThat(fresh.clearCount()).isEqualTo(1);
    assertThat(fresh.indexedUpTo(acme, RecordKind.TICKETS).block())
        .isBefore(Instant.now().minus(SyncKnowledgeIndexService.OVERLAP).plusSeconds(1));
    StepVerifier.create(fresh.similarTickets(TENANT, "password", null, 5))
        .assertNext(found -> assertThat(found).extracting(SimilarTicket::score).hasSize(1))
        .verifyComplete();
  }

  @Test
  void refusesAQueryWithBothTicketAndText() {
    assertThatThrownBy(() -> new FindSimilarTicketsQuery(caller(Role.AGENT), "t1", "text", 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exactly one of ticketId and text");
    assertThatThrownBy(() -> new FindSimilarTicketsQuery(caller(Role.AGENT), null, "text", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit must be between 1 and 100, was 0");
  }

  private static Ticket ticket(
      String id, String assignee, String subject, String resolution, int satisfaction) {
    return new Ticket(
        id,
        "cust-1",
        assignee,
        Channel.CHAT,
        "billing",
        Priority.NORMAL,
        T0,
        T0.plusSeconds(60),
        T0.plusSeconds(3600),
        0,
        satisfaction,
        false,
        false,
        600,
        subject,
        null,
        resolution);
  }

  private static Ticket openTicket(String id, String subject) {
    return new Ticket(
        id,
        "cust-1",
        "agent-1",
        Channel.CHAT,
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

  private static KnowledgeArticle article(String id, String author) {
    return new KnowledgeArticle(
        id, author, "How to " + id, "Steps for " + id, List.of(), 1, T0, null, null);
  }

  private static TicketEvent link(
      String id, String ticketId, String articleId, String agent, long afterSeconds) {
    return new TicketEvent(
        id,
        ticketId,
        EventType.KNOWLEDGE_LINKED,
        T0.plusSeconds(afterSeconds),
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
}
