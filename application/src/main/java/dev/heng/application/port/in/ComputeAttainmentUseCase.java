package dev.heng.application.port.in;

import reactor.core.publisher.Mono;

/**
 * Computes a tenant's hourly attainment for the completed hours of a range, replacing what was
 * stored for them (running it again gives the same rows), then checks each hour not checked before
 * for anomalies, in time order, raising and resolving alerts through the alert store.
 */
public interface ComputeAttainmentUseCase {

  /**
   * @return a mono of what was done; signals the store's failure (an anomaly check whose write
   *     fails is run once more first), in which case the hours may be left as they were and the
   *     anomaly check resumes from the last hour it completed
   */
  Mono<AttainmentRun> compute(ComputeAttainmentCommand command);
}
