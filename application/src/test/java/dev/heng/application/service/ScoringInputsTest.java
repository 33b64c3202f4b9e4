package dev.heng.application.service;

import static dev.heng.application.service.SampleRecords.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heng.domain.knowledge.KnowledgeUse;
import dev.heng.domain.record.IntakeRecord;
import dev.heng.domain.scoring.ScoringConfig;
import dev.heng.domain.scoring.ScoringInput;
import dev.heng.domain.scoring.ScoringPeriod;
import dev.heng.domain.simulation.SimulationParameters;
import dev.heng.domain.simulation.SyntheticTenant;
import dev.heng.domain.simulation.SyntheticTenantGenerator;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Schedulers;

class ScoringInputsTest {

  private static final ScoringPeriod OCTOBER = ScoringPeriod.parse("2026-10");
  private static final ScoringPeriod NOVEMBER = ScoringPeriod.parse("2026-11");
  private static final ScoringPeriod DECEMBER = ScoringPeriod.parse("2026-12");

  private final InMemoryLoadScoringInputsPort records = new InMemoryLoadScoringInputsPort();
  private final InMemoryKnowledgeIndexPort knowledge = new InMemoryKnowledgeIndexPort();
  private final ScoringInputs inputs =
      new ScoringInputs(
          records, knowledge, new InMemoryLoadMessageSentimentsPort(), Schedulers.immediate());

  ScoringInputsTest() {
    SyntheticTenant tenant =
        new SyntheticTenantGenerator()
            .generate(
                SimulationParameters.builder(3)
                    .agents(8)
                    .start(LocalDate.of(2026, 10, 1))
                    .days(92)
                    .build());
    records.put(TENANT, tenant);
    for (List<? extends IntakeRecord> batch :
        List.of(tenant.articles(), tenant.tickets(), tenant.events())) {
      knowledge.index(TENANT, List.copyOf(batch)).block();
    }
  }

  @Test
  void givesAMonthWithinAQuarterTheKnowledgeUseItHasWhenScoredAlone() {
    ScoringConfig config = ScoringConfig.defaults();

    List<ScoringInput> quarter =
        inputs
            .load(
                TENANT,
                ScoringPeriod.parse("2026-Q4"),
                List.of(OCTOBER, NOVEMBER, DECEMBER),
                config)
            .block();
    List<ScoringInput> alone = inputs.load(TENANT, NOVEMBER, List.of(NOVEMBER), config).block();

    KnowledgeUse november = alone.getFirst().knowledgeUse();
    assertThat(november.noSearches()).isFalse();
    assertThat(quarter.get(1).knowledgeUse()).isEqualTo(november);
    assertThat(quarter.get(2).knowledgeUse()).isNotEqualTo(november);
  }
}
