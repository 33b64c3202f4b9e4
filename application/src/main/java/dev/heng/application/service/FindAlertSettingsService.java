package dev.heng.application.service;

import dev.heng.application.port.in.AlertSettingsLookup;
import dev.heng.application.port.in.FindAlertSettingsQuery;
import dev.heng.application.port.in.FindAlertSettingsUseCase;
import dev.heng.application.port.out.AlertSettingsStorePort;
import dev.heng.application.port.out.AnomalySettingsStorePort;
import dev.heng.domain.access.Role;
import dev.heng.domain.alert.AnomalySettings;
import dev.heng.domain.alert.CapacitySettings;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * Answers a tenant's alert thresholds and anomaly settings, each the defaults when it set none;
 * tenant admins only.
 */
public final class FindAlertSettingsService implements FindAlertSettingsUseCase {

  private final AlertSettingsStorePort settings;
  private final AnomalySettingsStorePort anomaly;

  public FindAlertSettingsService(
      AlertSettingsStorePort settings, AnomalySettingsStorePort anomaly) {
    this.settings = settings;
    this.anomaly = anomaly;
  }

  @Override
  public Mono<AlertSettingsLookup> find(FindAlertSettingsQuery query) {
    if (query.caller().role() != Role.TENANT_ADMIN) {
      return Mono.just(
          new AlertSettingsLookup.Forbidden(
              "role " + query.caller().role() + " may not read the alert settings"));
    }
    return Mono.zip(
            settings
                .find(query.caller().tenantId())
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty()),
            anomaly
                .findAnomalySettings(query.caller().tenantId())
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty()))
        .map(
            found ->
                new AlertSettingsLookup.Found(
                    found.getT1().orElse(CapacitySettings.DEFAULTS),
                    found.getT1().isEmpty(),
                    found.getT2().orElse(AnomalySettings.DEFAULTS),
                    found.getT2().isEmpty()));
  }
}
