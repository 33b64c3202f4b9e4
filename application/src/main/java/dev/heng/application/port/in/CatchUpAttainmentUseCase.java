package dev.heng.application.port.in;

import reactor.core.publisher.Mono;

/** Computes the recent completed hours of every tenant, one tenant after another. */
public interface CatchUpAttainmentUseCase {

  /**
   * @return a mono of what the pass did; a tenant whose computation fails is named in {@link
   *     AttainmentCatchUp#failedTenants()} and the pass goes on with the next one; signals only
   *     when the tenants cannot be listed
   */
  Mono<AttainmentCatchUp> catchUp(CatchUpAttainmentCommand command);
}
