package dev.heng.application.port.in;

import reactor.core.publisher.Mono;

/**
 * Compares every agent's pool of a tenant with the tenant's capacity thresholds and raises or
 * resolves alerts: one standing alert per agent and condition, resolved when the pool drops back.
 * Run whenever intake changes pools.
 */
public interface CheckCapacityUseCase {

  /**
   * Checks, stores what changed (with its webhook deliveries) and publishes the events live.
   *
   * @return a mono of what changed; signals the store's failure (after one more try), in which case
   *     nothing changed
   */
  Mono<CapacityCheck> check(CheckCapacityCommand command);
}
