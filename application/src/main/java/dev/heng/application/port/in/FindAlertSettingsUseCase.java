package dev.heng.application.port.in;

import reactor.core.publisher.Mono;

/** Reads a tenant's alert thresholds; tenant admins only. */
public interface FindAlertSettingsUseCase {

  /**
   * @return a mono of the settings in force, or of why the caller may not read them
   */
  Mono<AlertSettingsLookup> find(FindAlertSettingsQuery query);
}
