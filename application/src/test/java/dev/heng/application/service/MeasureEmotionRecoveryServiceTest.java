package dev.heng.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.heng.application.port.in.MeasureEmotionRecoveryQuery;
import dev.heng.application.port.out.ResolvedConversation;
import dev.heng.domain.emotion.AgentRecovery;
import dev.heng.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MeasureEmotionRecoveryServiceTest {

  private static final TenantId TENANT = new TenantId(1);
  private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2026-02-01T00:00:00Z");

  private final List<ResolvedConversation> conversations =
      List.of(
          new ResolvedConversation("K-1", "A-2", List.of(-0.8, -0.2, 0.4)),
          new ResolvedConversation("K-2", "A-1", List.of(0.2, -0.4)),
          new ResolvedConversation("K-3", "A-2", List.of(-0.4, 0.0)));

  private final InMemoryLoadMessageSentimentsPort sentiments =
      new InMemoryLoadMessageSentimentsPort();
  private final MeasureEmotionRecoveryService service =
      new MeasureEmotionRecoveryService(sentiments);

  @BeforeEach
  void storeConversations() {
    conversations.forEach(sentiments::add);
  }

  @Test
  void averagesTheRecoveryOfEachAgentsResolvedTickets() {
    List<AgentRecovery> recoveries =
        service.measure(new MeasureEmotionRecoveryQuery(TENANT, FROM, TO, null)).block();

    assertThat(recoveries).extracting(AgentRecovery::agentId).containsExactly("A-1", "A-2");
    assertThat(recoveries.get(0).meanRecovery()).isCloseTo(-0.6, within(1e-9));
    assertThat(recoveries.get(1).tickets()).isEqualTo(2);
    assertThat(recoveries.get(1).meanRecovery()).isCloseTo((1.2 + 0.4) / 2, within(1e-9));
  }

  @Test
  void answersANamedAgentWithoutTicketsWithAnEmptyEntry() {
    List<AgentRecovery> recoveries =
        service.measure(new MeasureEmotionRecoveryQuery(TENANT, FROM, TO, "A-9")).block();

    assertThat(recoveries).containsExactly(new AgentRecovery("A-9", 0, null, null));
  }
}
