package dev.heng.application.service;

import static dev.heng.application.service.SampleRecords.OTHER_TENANT;
import static dev.heng.application.service.SampleRecords.TENANT;
import static dev.heng.application.service.SampleRecords.caller;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heng.application.port.in.ConfigLookup;
import dev.heng.application.port.in.ConfigUpdate;
import dev.heng.application.port.in.FindScoringConfigQuery;
import dev.heng.application.port.in.UpdateScoringConfigCommand;
import dev.heng.domain.access.Role;
import dev.heng.domain.scoring.ConfigProblem;
import dev.heng.domain.scoring.Metric;
import dev.heng.domain.scoring.MetricSetting;
import dev.heng.domain.scoring.Normalisation;
import dev.heng.domain.scoring.ScoringConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class UpdateScoringConfigServiceTest {

  private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

  private final InMemoryScoringConfigStorePort configs = new InMemoryScoringConfigStorePort();
  private final UpdateScoringConfigService update =
      new UpdateScoringConfigService(configs, Clock.fixed(NOW, ZoneOffset.UTC));
  private final FindScoringConfigService find = new FindScoringConfigService(configs);

  @Test
  void storesEachValidConfigurationAsTheNextVersion() {
    update
        .update(new UpdateScoringConfigCommand(caller(Role.TENANT_ADMIN), ScoringConfig.defaults()))
        .block();

    StepVerifier.create(
            update.update(
                new UpdateScoringConfigCommand(
                    caller(Role.TENANT_ADMIN), ScoringConfig.defaults())))
        .assertNext(
            outcome -> {
              ConfigUpdate.Saved saved = (ConfigUpdate.Saved) outcome;
              assertThat(saved.stored().version()).isEqualTo(2);
              assertThat(saved.stored().createdAt()).isEqualTo(NOW);
            })
        .verifyComplete();
    assertThat(configs.versions(OTHER_TENANT)).isEmpty();
  }

  @Test
  void rejectsAConfigurationWithProblemsAndStoresNothing() {
    ScoringConfig ninety =
        new ScoringConfig(
            ScoringConfig.defaults().difficulty(),
            ScoringConfig.defaults().workload(),
            ScoringConfig.defaults().quality(),
            List.of(new MetricSetting(Metric.SATISFACTION, 90, Normalisation.peers())),
            0);

    StepVerifier.create(
            update.update(new UpdateScoringConfigCommand(caller(Role.TENANT_ADMIN), ninety)))
        .assertNext(
            outcome ->
                assertThat(((ConfigUpdate.Rejected) outcome).problems())
                    .extracting(ConfigProblem::field)
                    .containsExactly("metrics"))
        .verifyComplete();
    assertThat(configs.versions(TENANT)).isEmpty();
  }

  @Test
  void letsOnlyTenantAdminsReadOrChangeTheConfiguration() {
    for (Role role : new Role[] {Role.TEAM_LEAD, Role.AGENT, Role.INTEGRATION_CLIENT}) {
      StepVerifier.create(
              update.update(new UpdateScoringConfigCommand(caller(role), ScoringConfig.defaults())))
          .assertNext(outcome -> assertThat(outcome).isInstanceOf(ConfigUpdate.Forbidden.class))
          .verifyComplete();
      StepVerifier.create(find.find(new FindScoringConfigQuery(caller(role))))
          .assertNext(outcome -> assertThat(outcome).isInstanceOf(ConfigLookup.Forbidden.class))
          .verifyComplete();
    }
    assertThat(configs.versions(TENANT)).isEmpty();
  }

  @Test
  void answersTheDefaultsAsVersionZeroUntilOneIsStored() {
    StepVerifier.create(find.find(new FindScoringConfigQuery(caller(Role.TENANT_ADMIN))))
        .assertNext(
            outcome -> {
              ConfigLookup.Found found = (ConfigLookup.Found) outcome;
              assertThat(found.current().version()).isZero();
              assertThat(found.current().config()).isEqualTo(ScoringConfig.defaults());
            })
        .verifyComplete();
  }
}
