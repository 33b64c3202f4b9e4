package dev.heng.application.service;

import dev.heng.application.port.in.AlertStatusChange;
import dev.heng.application.port.in.ChangeAlertStatusCommand;
import dev.heng.application.port.in.ChangeAlertStatusUseCase;
import dev.heng.application.port.out.AlertStorePort;
import dev.heng.application.port.out.PublishAlertEventsPort;
import dev.heng.domain.access.Caller;
import dev.heng.domain.access.Role;
import dev.heng.domain.alert.Alert;
import dev.heng.domain.alert.AlertChange;
import dev.heng.domain.alert.AlertStatus;
import java.time.Clock;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * Acknowledges or resolves one alert after checking that the caller sees it and may change it; a
 * stored change is published live.
 */
public final class ChangeAlertStatusService implements ChangeAlertStatusUseCase {

  private final AlertStorePort alerts;
  private final PublishAlertEventsPort live;
  private final Clock clock;

  public ChangeAlertStatusService(AlertStorePort alerts, PublishAlertEventsPort live, Clock clock) {
    this.alerts = alerts;
    this.live = live;
    this.clock = clock;
  }

  @Override
  public Mono<AlertStatusChange> change(ChangeAlertStatusCommand command) {
    Caller caller = command.caller();
    return alerts
        .find(caller.tenantId(), command.alertId())
        .filter(alert -> alert.visibleTo(caller.scope()))
        .flatMap(alert -> change(caller, alert, command.change()))
        .defaultIfEmpty(new AlertStatusChange.NotFound());
  }

  private Mono<AlertStatusChange> change(Caller caller, Alert alert, AlertChange change) {
    if (!mayChange(caller.role())) {
      return Mono.just(
          new AlertStatusChange.Forbidden(
              "role " + caller.role() + " may read alerts but not change them"));
    }
    AlertStatus target =
        change == AlertChange.ACKNOWLEDGED ? AlertStatus.ACKNOWLEDGED : AlertStatus.RESOLVED;
    if (alert.status() == target) {
      return Mono.just(new AlertStatusChange.Changed(alert));
    }
    if (alert.status() == AlertStatus.RESOLVED) {
      return Mono.just(
          new AlertStatusChange.Conflict(alert, "alert " + alert.id() + " is already resolved"));
    }

    return alerts
        .change(caller.tenantId(), alert.id(), change, clock.instant())
        .flatMap(
            event ->
                live.publish(List.of(event))
                    .thenReturn((AlertStatusChange) new AlertStatusChange.Changed(event.alert())))
        .switchIfEmpty(
            Mono.defer(
                () ->
                    alerts
                        .find(caller.tenantId(), alert.id())
                        .map(
                            current ->
                                current.status() == target
                                    ? new AlertStatusChange.Changed(current)
                                    : new AlertStatusChange.Conflict(
                                        current,
                                        "alert "
                                            + current.id()
                                            + " changed meanwhile to "
                                            + current.status()))));
  }

  private static boolean mayChange(Role role) {
    return role == Role.TENANT_ADMIN || role == Role.INTEGRATION_CLIENT || role == Role.TEAM_LEAD;
  }
}
