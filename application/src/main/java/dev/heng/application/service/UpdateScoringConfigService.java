package dev.heng.application.service;

import dev.heng.application.port.in.ConfigUpdate;
import dev.heng.application.port.in.UpdateScoringConfigCommand;
import dev.heng.application.port.in.UpdateScoringConfigUseCase;
import dev.heng.application.port.out.ScoringConfigStorePort;
import dev.heng.domain.scoring.ConfigProblem;
import java.time.Clock;
import java.util.List;
import reactor.core.publisher.Mono;

/** Checks a scoring configuration and stores it as the tenant's next version. */
public final class UpdateScoringConfigService implements UpdateScoringConfigUseCase {

  private final ScoringConfigStorePort configs;
  private final Clock clock;

  public UpdateScoringConfigService(ScoringConfigStorePort configs, Clock clock) {
    this.configs = configs;
    this.clock = clock;
  }

  @Override
  public Mono<ConfigUpdate> update(UpdateScoringConfigCommand command) {
    if (!command.caller().role().mayConfigureScoring()) {
      return Mono.just(
          new ConfigUpdate.Forbidden(
              "role " + command.caller().role() + " may not change the scoring configuration"));
    }
    List<ConfigProblem> problems = command.config().problems();
    if (!problems.isEmpty()) {
      return Mono.just(new ConfigUpdate.Rejected(problems));
    }
    return configs
        .append(command.caller().tenantId(), command.config(), clock.instant())
        .map(ConfigUpdate.Saved::new);
  }
}
