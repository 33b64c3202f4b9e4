package dev.heng.application.service;

import dev.heng.application.port.in.AlertSettingsLookup;
import dev.heng.application.port.in.FindAlertSettingsQuery;
import dev.heng.application.port.in.FindAlertSettingsUseCase;
import dev.heng.application.port.out.AlertSettingsStorePort;
import dev.heng.domain.access.Role;
import dev.heng.domain.alert.CapacitySettings;
import reactor.core.publisher.Mono;

/** Answers a tenant's alert thresholds, or the defaults when it set none; tenant admins only. */
public final class FindAlertSettingsService implements FindAlertSettingsUseCase {

  private final AlertSettingsStorePort settings;

  public FindAlertSettingsService(AlertSettingsStorePort settings) {
    this.settings = settings;
  }

  @Override
  public Mono<AlertSettingsLookup> find(FindAlertSettingsQuery query) {
    if (query.caller().role() != Role.TENANT_ADMIN) {
      return Mono.just(
          new AlertSettingsLookup.Forbidden(
              "role " + query.caller().role() + " may not read the alert settings"));
    }
    return settings
        .find(query.caller().tenantId())
        .map(stored -> (AlertSettingsLookup) new AlertSettingsLookup.Found(stored, false))
        .defaultIfEmpty(new AlertSettingsLookup.Found(CapacitySettings.DEFAULTS, true));
  }
}
