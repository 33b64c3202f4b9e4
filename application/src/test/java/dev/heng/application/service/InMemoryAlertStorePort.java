package dev.heng.application.service;

import dev.heng.application.port.out.AlertCriteria;
import dev.heng.application.port.out.AlertStorePort;
import dev.heng.application.port.out.StorageException;
import dev.heng.domain.alert.Alert;
import dev.heng.domain.alert.AlertChange;
import dev.heng.domain.alert.AlertEvent;
import dev.heng.domain.alert.AlertKind;
import dev.heng.domain.alert.AlertStatus;
import dev.heng.domain.alert.AnomalyDecision;
import dev.heng.domain.alert.CapacityDecision;
import dev.heng.domain.alert.RaisedAlert;
import dev.heng.domain.alert.RaisedAnomaly;
import dev.heng.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongFunction;
import reactor.core.publisher.Mono;

/**
 * Keeps alerts in memory, with the store's promise of one standing alert per condition; the events
 * that the real store would queue for webhooks are kept in {@link #queued()}.
 */
final class InMemoryAlertStorePort implements AlertStorePort {

  private final Map<Long, Alert> alerts = new TreeMap<>();
  private final List<AlertEvent> queued = new ArrayList<>();
  private long nextId = 1;
  private boolean failNextApply;

  /** Makes the next {@link #apply} fail as a write that lost a race would. */
  void failNextApply() {
    failNextApply = true;
  }

  @Override
  public Mono<List<Alert>> standing(TenantId tenantId) {
    return Mono.fromSupplier(
        () ->
            alerts.values().stream()
                .filter(alert -> alert.tenantId().equals(tenantId) && alert.status().standing())
                .toList());
  }

  @Override
  public synchronized Mono<List<AlertEvent>> apply(
      TenantId tenantId, CapacityDecision decision, Instant at) {
    return Mono.fromSupplier(
        () -> {
          if (failNextApply) {
            failNextApply = false;
            throw new StorageException("another check raised the same condition", null);
          }
          List<LongFunction<Alert>> raise = new ArrayList<>();
          for (RaisedAlert raised : decision.raise()) {
            raise.add(
                id ->
                    new Alert(
                        id,
                        tenantId,
                        raised.kind(),
                        raised.agentId(),
                        raised.teamId(),
                        AlertStatus.OPEN,
                        raised.value(),
                        raised.threshold(),
                        at,
                        null,
                        null,
                        null));
          }
          return keep(tenantId, raise, decision.resolve(), "pool_dropped", at);
        });
  }

  @Override
  public synchronized Mono<List<AlertEvent>> apply(
      TenantId tenantId, AnomalyDecision decision, Instant at) {
    return Mono.fromSupplier(
        () -> {
          if (failNextApply) {
            failNextApply = false;
            throw new StorageException("another check raised the same condition", null);
          }
          List<LongFunction<Alert>> raise = new ArrayList<>();
          for (RaisedAnomaly raised : decision.raise()) {
            raise.add(
                id ->
                    new Alert(
                        id,
                        tenantId,
                        AlertKind.ANOMALY,
                        raised.agentId(),
                        raised.teamId(),
                        AlertStatus.OPEN,
                        raised.value(),
                        raised.threshold(),
                        at,
                        null,
                        null,
                        null,
                        raised.detail()));
          }
          return keep(tenantId, raise, decision.resolve(), "back_within_band", at);
        });
  }

  /** Raises the alerts built from their new ids, then resolves, as the real store does. */
  private List<AlertEvent> keep(
      TenantId tenantId,
      List<LongFunction<Alert>> raise,
      List<Alert> resolve,
      String resolution,
      Instant at) {
    List<AlertEvent> events = new ArrayList<>();
    for (LongFunction<Alert> built : raise) {
      Alert alert = built.apply(nextId);
      boolean taken =
          alerts.values().stream()
              .anyMatch(
                  standing ->
                      standing.tenantId().equals(tenantId)
                          && standing.status().standing()
                          && standing.conditionKey().equals(alert.conditionKey()));
      if (taken) {
        throw new IllegalStateException("a standing alert holds " + alert.conditionKey());
      }
      nextId++;
      alerts.put(alert.id(), alert);
      events.add(event(AlertChange.RAISED, at, alert));
    }
    for (Alert resolved : resolve) {
      Alert current = alerts.get(resolved.id());
      if (current != null && current.status().standing()) {
        Alert changed = resolve(current, at, resolution);
        alerts.put(changed.id(), changed);
        events.add(event(AlertChange.RESOLVED, at, changed));
      }
    }
    queued.addAll(events);
    return events;
  }

  @Override
  public Mono<Alert> find(TenantId tenantId, long alertId) {
    return Mono.justOrEmpty(alerts.get(alertId)).filter(alert -> alert.tenantId().equals(tenantId));
  }

  @Override
  public synchronized Mono<AlertEvent> change(
      TenantId tenantId, long alertId, AlertChange change, Instant at) {
    return find(tenantId, alertId)
        .flatMap(
            alert -> {
              Alert changed;
              if (change == AlertChange.ACKNOWLEDGED && alert.status() == AlertStatus.OPEN) {
                changed =
                    new Alert(
                        alert.id(),
                        alert.tenantId(),
                        alert.kind(),
                        alert.agentId(),
                        alert.teamId(),
                        AlertStatus.ACKNOWLEDGED,
                        alert.value(),
                        alert.threshold(),
                        alert.raisedAt(),
                        at,
                        null,
                        null,
                        alert.anomaly());
              } else if (change == AlertChange.RESOLVED && alert.status().standing()) {
                changed = resolve(alert, at, "closed");
              } else {
                return Mono.empty();
              }
              alerts.put(changed.id(), changed);
              AlertEvent event = event(change, at, changed);
              queued.add(event);
              return Mono.just(event);
            });
  }

  @Override
  public Mono<List<Alert>> list(AlertCriteria criteria) {
    return Mono.fromSupplier(
        () ->
            alerts.values().stream()
                .filter(alert -> alert.tenantId().equals(criteria.tenantId()))
                .filter(alert -> alert.visibleTo(criteria.scope()))
                .filter(alert -> criteria.status() == null || alert.status() == criteria.status())
                .filter(alert -> criteria.kind() == null || alert.kind() == criteria.kind())
                .filter(
                    alert ->
                        criteria.agentId() == null || criteria.agentId().equals(alert.agentId()))
                .filter(
                    alert -> criteria.from() == null || !alert.raisedAt().isBefore(criteria.from()))
                .filter(alert -> criteria.to() == null || alert.raisedAt().isBefore(criteria.to()))
                .filter(alert -> criteria.beforeId() == 0 || alert.id() < criteria.beforeId())
                .sorted(Comparator.comparingLong(Alert::id).reversed())
                .limit(criteria.limit())
                .toList());
  }

  /** Every event queued for webhooks, in order. */
  List<AlertEvent> queued() {
    return List.copyOf(queued);
  }

  private static Alert resolve(Alert alert, Instant at, String resolution) {
    return new Alert(
        alert.id(),
        alert.tenantId(),
        alert.kind(),
        alert.agentId(),
        alert.teamId(),
        AlertStatus.RESOLVED,
        alert.value(),
        alert.threshold(),
        alert.raisedAt(),
        alert.acknowledgedAt(),
        at,
        resolution,
        alert.anomaly());
  }

  private AlertEvent event(AlertChange change, Instant at, Alert alert) {
    return new AlertEvent("event-" + (queued.size() + 1) + "-" + alert.id(), change, at, alert);
  }
}
