package dev.heng.application.port.in;

import reactor.core.publisher.Mono;

/**
 * Stores a tenant's alert thresholds (tenant admins only) and checks every pool against them at
 * once, so that lowering a threshold raises its alerts without waiting for the next intake.
 */
public interface UpdateAlertSettingsUseCase {

  /**
   * @return a mono of the outcome; signals the store's failure
   */
  Mono<AlertSettingsUpdate> update(UpdateAlertSettingsCommand command);
}
