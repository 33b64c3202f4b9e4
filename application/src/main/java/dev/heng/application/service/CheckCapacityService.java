package dev.heng.application.service;

import dev.heng.application.port.in.CapacityCheck;
import dev.heng.application.port.in.CheckCapacityCommand;
import dev.heng.application.port.in.CheckCapacityUseCase;
import dev.heng.application.port.out.AlertSettingsStorePort;
import dev.heng.application.port.out.AlertStorePort;
import dev.heng.application.port.out.LoadPoolLoadsPort;
import dev.heng.application.port.out.PublishAlertEventsPort;
import dev.heng.application.port.out.StorageException;
import dev.heng.domain.alert.CapacityDecision;
import dev.heng.domain.alert.CapacityRule;
import dev.heng.domain.alert.CapacitySettings;
import dev.heng.domain.tenant.TenantId;
import java.time.Clock;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Checks a tenant's pools: reads the thresholds, the pools and the standing alerts, lets {@link
 * CapacityRule} decide, stores the decision with its webhook deliveries, then publishes the stored
 * events live. Events are published only after they were stored. A check whose write fails is run
 * once more from the start: two checks of one tenant at the same moment collide on the store's
 * one-standing-alert rule, and the second run decides again on what the first one stored.
 */
public final class CheckCapacityService implements CheckCapacityUseCase {

  private final AlertSettingsStorePort settings;
  private final LoadPoolLoadsPort pools;
  private final AlertStorePort alerts;
  private final PublishAlertEventsPort live;
  private final Clock clock;

  public CheckCapacityService(
      AlertSettingsStorePort settings,
      LoadPoolLoadsPort pools,
      AlertStorePort alerts,
      PublishAlertEventsPort live,
      Clock clock) {
    this.settings = settings;
    this.pools = pools;
    this.alerts = alerts;
    this.live = live;
    this.clock = clock;
  }

  @Override
  public Mono<CapacityCheck> check(CheckCapacityCommand command) {
    return Mono.defer(() -> checkOnce(command.tenantId()))
        .retryWhen(Retry.max(1).filter(StorageException.class::isInstance));
  }

  private Mono<CapacityCheck> checkOnce(TenantId tenantId) {
    return Mono.zip(
            settings.find(tenantId).defaultIfEmpty(CapacitySettings.DEFAULTS),
            pools.poolLoads(tenantId),
            alerts.standing(tenantId))
        .flatMap(
            loaded -> {
              CapacityDecision decision =
                  new CapacityRule(loaded.getT1()).decide(loaded.getT2(), loaded.getT3());
              int agents = loaded.getT2().size();
              if (decision.unchanged()) {
                return Mono.just(new CapacityCheck(agents, 0, 0));
              }

              return alerts
                  .apply(tenantId, decision, clock.instant())
                  .flatMap(events -> live.publish(events).thenReturn(events))
                  .map(
                      events ->
                          new CapacityCheck(
                              agents, decision.raise().size(), decision.resolve().size()));
            });
  }
}
