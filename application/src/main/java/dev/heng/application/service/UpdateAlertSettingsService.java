package dev.heng.application.service;

import dev.heng.application.port.in.AlertSettingsUpdate;
import dev.heng.application.port.in.CheckCapacityCommand;
import dev.heng.application.port.in.CheckCapacityUseCase;
import dev.heng.application.port.in.UpdateAlertSettingsCommand;
import dev.heng.application.port.in.UpdateAlertSettingsUseCase;
import dev.heng.application.port.out.AlertSettingsStorePort;
import dev.heng.domain.access.Role;
import java.time.Clock;
import reactor.core.publisher.Mono;

/** Stores new thresholds and checks every pool of the tenant against them. */
public final class UpdateAlertSettingsService implements UpdateAlertSettingsUseCase {

  private final AlertSettingsStorePort settings;
  private final CheckCapacityUseCase checkCapacity;
  private final Clock clock;

  public UpdateAlertSettingsService(
      AlertSettingsStorePort settings, CheckCapacityUseCase checkCapacity, Clock clock) {
    this.settings = settings;
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
    return settings
        .save(command.caller().tenantId(), command.settings(), clock.instant())
        .flatMap(
            stored ->
                checkCapacity
                    .check(new CheckCapacityCommand(command.caller().tenantId()))
                    .map(
                        check ->
                            (AlertSettingsUpdate) new AlertSettingsUpdate.Saved(stored, check)));
  }
}
