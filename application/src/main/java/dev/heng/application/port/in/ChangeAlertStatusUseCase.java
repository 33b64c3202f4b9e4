package dev.heng.application.port.in;

import reactor.core.publisher.Mono;

/**
 * Acknowledges or resolves an alert. Tenant admins and integration clients may change any alert of
 * the tenant, team leads those of their team; other roles only read. Acknowledging an acknowledged
 * alert, or resolving a resolved one, changes nothing and answers the alert.
 */
public interface ChangeAlertStatusUseCase {

  /**
   * @return a mono of the outcome; signals the store's failure
   */
  Mono<AlertStatusChange> change(ChangeAlertStatusCommand command);
}
