package dev.heng.application.port.out;

import dev.heng.domain.scoring.ScoringConfig;
import dev.heng.domain.scoring.ScoringConfigVersion;
import dev.heng.domain.tenant.TenantId;
import java.time.Instant;
import reactor.core.publisher.Mono;

/** Keeps the versions of each tenant's scoring configuration. */
public interface ScoringConfigStorePort {

  /**
   * The tenant's newest configuration.
   *
   * @return a mono of it, or an empty mono when the tenant has stored none
   */
  Mono<ScoringConfigVersion> current(TenantId tenantId);

  /**
   * Stores a configuration as the tenant's next version (one above the newest, 1 for the first).
   * Older versions stay, so every stored scorecard can name the version it used.
   *
   * @param config a configuration without problems
   * @return a mono of the stored version
   */
  Mono<ScoringConfigVersion> append(TenantId tenantId, ScoringConfig config, Instant at);
}
