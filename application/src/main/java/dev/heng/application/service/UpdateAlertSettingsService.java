package dev.heng.application.service;

import dev.heng.application.port.in.AlertSettingsUpdate;
import dev.heng.application.port.in.CheckCapacityCommand;
import dev.heng.application.port.in.CheckCapacityUseCase;
import dev.heng.application.port.in.UpdateAlertSettingsCommand;
import dev.heng.application.port.in.UpdateAlertSettingsUseCase;
import dev.heng.application.port.out.AlertSettingsStorePort;
import dev.heng.application.port.out.AnomalySettingsStorePort;
import dev.heng.domain.access.Role;
import dev.heng.domain.alert.AnomalySettings;
import dev.heng.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * Stores new thresholds (and anomaly settings, when given) in one write, so both change or neither
 * does, and checks every pool of the tenant against the thresholds. New anomaly settings apply from
 * the next hour checked; hours already checked are not judged again.
 */
public final class UpdateAlertSettingsService implements UpdateAlertSettingsUseCase {

  private final AlertSettingsStorePort settings;
  private final AnomalySettingsStorePort anomaly;
  private final CheckCapacityUseCase checkCapacity;
  private final Clock clock;

  /**
   * @throws IllegalArgumentException if an argument is null
   */
  public UpdateAlertSettingsService(
      AlertSettingsStorePort settings,
      AnomalySettingsStorePort anomaly,
      CheckCapacityUseCase checkCapacity,
      Clock clock) {
    if (settings == null || anomaly == null || checkCapacity == null || clock == null) {
      throw new IllegalArgumentException("settings, anomaly, checkCapacity and clock must be set");
    }
    this.settings = settings;
    this.anomaly = anomaly;
    this.checkCapacity = checkCapacity;
    this.clock = clock;
  }

  @Override
  public Mono<AlertSettingsUpdate> update(UpdateAlertSettingsCommand command) {
    if (command.caller().role() != Role.TENANT_ADMIN) {
      return Mono.just(
          new AlertSettingsUpdate.Forbidden(
              "role " + command.caller().role() + " may not change the alert settings"));
    }
    TenantId tenantId = command.caller().tenantId();
    Instant at = clock.instant();
    Mono<Optional<AnomalySettings>> anomalyInForce =
        command.anomaly() == null
            ? anomaly
                .findAnomalySettings(tenantId)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
            : Mono.just(Optional.of(command.anomaly()));
    return settings
        .save(tenantId, command.settings(), command.anomaly(), at)
        .zipWhen(stored -> anomalyInForce)
        .flatMap(
            stored ->
                checkCapacity
                    .check(new CheckCapacityCommand(tenantId))
                    .map(
                        check ->
                            (AlertSettingsUpdate)
                                new AlertSettingsUpdate.Saved(
                                    stored.getT1(),
                                    check,
                                    stored.getT2().orElse(AnomalySettings.DEFAULTS),
                                    stored.getT2().isEmpty())));
  }
}
