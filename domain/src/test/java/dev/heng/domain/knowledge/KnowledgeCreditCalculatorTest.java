package dev.heng.domain.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.heng.domain.simulation.SimulationParameters;
import dev.heng.domain.simulation.SyntheticTenant;
import dev.heng.domain.simulation.SyntheticTenantGenerator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KnowledgeCreditCalculatorTest {

  private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2026-12-01T00:00:00Z");
  private static final Instant DURING = Instant.parse("2026-11-10T09:00:00Z");

  private final KnowledgeCreditCalculator calculator =
      new KnowledgeCreditCalculator(KnowledgeCreditRules.DEFAULT);

  @Test
  void creditsEveryAgentOfATenantAsEachWouldBeCreditedAlone() {
    SyntheticTenant tenant =
        new SyntheticTenantGenerator()
            .generate(SimulationParameters.builder(11).agents(24).days(28).build());
    Instant from = Instant.parse("2026-11-01T00:00:00Z");
    Instant to = Instant.parse("2026-11-29T00:00:00Z");
    KnowledgeActivity activity =
        KnowledgeActivity.of(tenant.articles(), tenant.tickets(), tenant.events(), from, to);
    KnowledgeCreditCalculator calculator =
        new KnowledgeCreditCalculator(KnowledgeCreditRules.DEFAULT);

    Map<String, KnowledgeCredit> all = calculator.creditByAgent(from, to, activity);

    assertThat(activity.links()).isNotEmpty();
    assertThat(all).hasSize(24);
    assertThat(all.values()).anySatisfy(credit -> assertThat(credit.reusesByOthers()).isPositive());
    all.forEach(
        (agent, credit) ->
            assertThat(credit).isEqualTo(calculator.credit(agent, from, to, activity)));
  }

  @Test
  void creditsReuseByOthersWeightedByTheTicketsOutcome() {
    KnowledgeActivity activity =
        new KnowledgeActivity(
            List.of(article("kb-1", "ann", FROM.minusSeconds(86_400))),
            List.of(link("e1", "t-good", "kb-1", "bob"), link("e2", "t-open", "kb-1", "cid")),
            List.of(resolved("t-good", "bob", 0, 5, 0), open("t-open", "cid")),
            List.of());

    KnowledgeCredit credit = calculator.credit("ann", FROM, TO, activity);

    assertThat(credit.reusesByOthers()).isEqualTo(2);
    assertThat(credit.reuses())
        .extracting(CreditedReuse::ticketId)
        .containsExactly("t-good", "t-open");
    assertThat(credit.reuses().get(0).credit()).isEqualTo(1.0, offset(1e-9));
    assertThat(credit.reuses().get(1).credit()).isZero();
    assertThat(credit.reuseCredit()).isEqualTo(1.0, offset(1e-9));
    assertThat(credit.articlesCreated()).isZero();
  }

  @Test
  void givesNothingForSelfReuse() {
    KnowledgeActivity activity =
        new KnowledgeActivity(
            List.of(article("kb-1", "ann", DURING)),
            List.of(link("e1", "t1", "kb-1", "ann")),
            List.of(resolved("t1", "ann", 0, 5, 0)),
            List.of());

    KnowledgeCredit credit = calculator.credit("ann", FROM, TO, activity);

    assertThat(credit.selfReuses()).isEqualTo(1);
    assertThat(credit.reuses()).isEmpty();
    assertThat(credit.articlesCreated()).isEqualTo(1);
    assertThat(credit.credit()).isEqualTo(0.3, offset(1e-9));
    assertThat(credit.linkRate()).isEqualTo(1.0);
  }

  @Test
  void creditsARevisionToItsEditorAndCountsOnlyThePeriod() {
    ArticleFacts revised =
        new ArticleFacts("kb-2", "ann", "Refunds", 3, FROM.minusSeconds(3600), DURING, "bob");

    KnowledgeCredit bob =
        calculator.credit(
            "bob",
            FROM,
            TO,
            new KnowledgeActivity(List.of(revised), List.of(), List.of(), List.of()));
    KnowledgeCredit ann =
        calculator.credit(
            "ann",
            FROM,
            TO,
            new KnowledgeActivity(List.of(revised), List.of(), List.of(), List.of()));

    assertThat(bob.articlesUpdated()).isEqualTo(1);
    assertThat(bob.credit()).isEqualTo(0.1, offset(1e-9));
    assertThat(ann.articlesCreated()).isZero();
    assertThat(ann.credit()).isZero();
  }

  @Test
  void measuresLinkRateOverTheAgentsResolvedTickets() {
    KnowledgeActivity activity =
        new KnowledgeActivity(
            List.of(),
            List.of(link("e1", "t1", "kb-9", "bob")),
            List.of(resolved("t1", "bob", 0, null, null), resolved("t2", "bob", 1, 2, 4000)),
            List.of());

    KnowledgeCredit credit = calculator.credit("bob", FROM, TO, activity);

    assertThat(credit.resolvedTickets()).isEqualTo(2);
    assertThat(credit.resolvedWithLink()).isEqualTo(1);
    assertThat(credit.linkRate()).isEqualTo(0.5);
  }

  @Test
  void takesTheMedianMinutesFromFirstSearchToFirstLink() {
    KnowledgeActivity activity =
        new KnowledgeActivity(
            List.of(),
            List.of(
                new ArticleLink("l1", "t1", "kb-1", "bob", DURING.plusSeconds(120)),
                new ArticleLink("l2", "t1", "kb-2", "bob", DURING.plusSeconds(900)),
                new ArticleLink("l3", "t2", "kb-1", "bob", DURING.plusSeconds(600))),
            List.of(),
            List.of(
                new KnowledgeSearch("s1", "t1", "bob", DURING),
                new KnowledgeSearch("s2", "t1", "bob", DURING.plusSeconds(60)),
                new KnowledgeSearch("s3", "t2", "bob", DURING),
                new KnowledgeSearch("s4", "t3", "bob", DURING)));

    RetrievalEfficiency retrieval = calculator.credit("bob", FROM, TO, activity).retrieval();

    assertThat(retrieval.searches()).isEqualTo(4);
    assertThat(retrieval.ticketsSearched()).isEqualTo(3);
    assertThat(retrieval.ticketsLinked()).isEqualTo(2);
    assertThat(retrieval.medianMinutesToLink()).isEqualTo(6.0, offset(1e-9));
  }

  @Test
  void creditsEveryAgentTheActivityNames() {
    KnowledgeActivity activity =
        new KnowledgeActivity(
            List.of(article("kb-1", "ann", DURING)),
            List.of(link("e1", "t1", "kb-1", "bob")),
            List.of(resolved("t1", "bob", 0, 5, 0)),
            List.of());

    var credits = calculator.creditByAgent(FROM, TO, activity);

    assertThat(credits).containsOnlyKeys("ann", "bob");
    assertThat(credits.get("ann").credit()).isEqualTo(1.3, offset(1e-9));
    assertThat(credits.get("bob").credit()).isZero();
  }

  @Test
  void rejectsAnEmptyPeriod() {
    KnowledgeActivity none = new KnowledgeActivity(List.of(), List.of(), List.of(), List.of());

    assertThatThrownBy(() -> calculator.credit("ann", TO, FROM, none))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from must be before to");
  }

  private static ArticleFacts article(String id, String author, Instant created) {
    return new ArticleFacts(id, author, "Title of " + id, 1, created, created, author);
  }

  private static ArticleLink link(String eventId, String ticketId, String articleId, String agent) {
    return new ArticleLink(eventId, ticketId, articleId, agent, DURING);
  }

  static KnowledgeTicket resolved(
      String id, String assignee, int reopens, Integer satisfaction, Integer handleSeconds) {
    return new KnowledgeTicket(
        id,
        assignee,
        "billing",
        "Subject " + id,
        null,
        "Refunded the duplicate charge",
        DURING.minusSeconds(3600),
        DURING.plusSeconds(3600),
        reopens,
        false,
        satisfaction,
        handleSeconds);
  }

  private static KnowledgeTicket open(String id, String assignee) {
    return new KnowledgeTicket(
        id, assignee, "billing", null, null, null, DURING, null, 0, false, null, null);
  }
}
