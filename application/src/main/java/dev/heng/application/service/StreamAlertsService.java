package dev.heng.application.service;

import dev.heng.application.port.in.StreamAlertsQuery;
import dev.heng.application.port.in.StreamAlertsUseCase;
import dev.heng.application.port.out.WatchAlertEventsPort;
import dev.heng.domain.access.AccessScope;
import dev.heng.domain.alert.AlertEvent;
import dev.heng.domain.tenant.TenantId;
import reactor.core.publisher.Flux;

/** Filters the live alert events down to the caller's tenant and what its role may see. */
public final class StreamAlertsService implements StreamAlertsUseCase {

  private final WatchAlertEventsPort events;

  public StreamAlertsService(WatchAlertEventsPort events) {
    this.events = events;
  }

  @Override
  public Flux<AlertEvent> stream(StreamAlertsQuery query) {
    TenantId tenantId = query.caller().tenantId();
    AccessScope scope = query.caller().scope();
    return events
        .watch()
        .filter(
            event -> event.alert().tenantId().equals(tenantId) && event.alert().visibleTo(scope));
  }
}
