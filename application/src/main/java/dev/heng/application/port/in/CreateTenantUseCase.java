package dev.heng.application.port.in;

import reactor.core.publisher.Mono;

/** Creates tenants. Only operators may: through the launcher, or with the platform key. */
public interface CreateTenantUseCase {

  /**
   * Creates the tenant and its first admin key in one step: either both exist afterwards or neither
   * does.
   *
   * @return a mono of the outcome; never empty
   */
  Mono<TenantCreation> create(CreateTenantCommand command);
}
