package dev.heng.application.service;

import dev.heng.application.port.in.ConfigLookup;
import dev.heng.application.port.in.FindScoringConfigQuery;
import dev.heng.application.port.in.FindScoringConfigUseCase;
import dev.heng.application.port.out.ScoringConfigStorePort;
import dev.heng.domain.scoring.ScoringConfigVersion;
import reactor.core.publisher.Mono;

/** Reads the scoring configuration in force: the newest stored, or the defaults. */
public final class FindScoringConfigService implements FindScoringConfigUseCase {

  private final ScoringConfigStorePort configs;

  public FindScoringConfigService(ScoringConfigStorePort configs) {
    this.configs = configs;
  }

  @Override
  public Mono<ConfigLookup> find(FindScoringConfigQuery query) {
    if (!query.caller().role().mayConfigureScoring()) {
      return Mono.just(
          new ConfigLookup.Forbidden(
              "role " + query.caller().role() + " may not read the scoring configuration"));
    }
    return configs
        .current(query.caller().tenantId())
        .defaultIfEmpty(ScoringConfigVersion.defaults())
        .map(ConfigLookup.Found::new);
  }
}
