package dev.heng.application.service;

import dev.heng.application.port.out.AttainmentStorePort;
import dev.heng.application.port.out.LoadHourlyTicketsPort;
import dev.heng.domain.attainment.AttainmentHour;
import dev.heng.domain.attainment.HourlyTicket;
import dev.heng.domain.attainment.SubjectType;
import dev.heng.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;

/** Keeps tickets, hours and check marks in memory, per tenant. */
final class InMemoryAttainmentPorts implements AttainmentStorePort, LoadHourlyTicketsPort {

  private final Map<TenantId, List<HourlyTicket>> tickets = new HashMap<>();
  private final Map<TenantId, List<AttainmentHour>> hours = new HashMap<>();
  private final Map<TenantId, Instant> marks = new HashMap<>();
  private volatile String replacedOn = "";

  synchronized void add(TenantId tenantId, HourlyTicket ticket) {
    tickets.computeIfAbsent(tenantId, t -> new ArrayList<>()).add(ticket);
  }

  @Override
  public synchronized Mono<List<HourlyTicket>> hourlyTickets(
      TenantId tenantId, Instant from, Instant to) {
    List<HourlyTicket> found = new ArrayList<>();
    for (HourlyTicket ticket : tickets.getOrDefault(tenantId, List.of())) {
      if (within(ticket.firstResponseAt(), from, to) || within(ticket.resolvedAt(), from, to)) {
        found.add(ticket);
      }
    }
    return Mono.just(found);
  }

  @Override
  public Mono<Integer> replace(
      TenantId tenantId, Instant from, Instant to, List<AttainmentHour> replacement) {
    return Mono.fromSupplier(
        () -> {
          replacedOn = Thread.currentThread().getName();
          synchronized (this) {
            List<AttainmentHour> stored = hours.computeIfAbsent(tenantId, t -> new ArrayList<>());
            stored.removeIf(hour -> within(hour.hourStart(), from, to));
            stored.addAll(replacement);
            return replacement.size();
          }
        });
  }

  @Override
  public synchronized Mono<List<AttainmentHour>> hours(
      TenantId tenantId, SubjectType type, String subjectId, Instant from, Instant to) {
    return Mono.just(
        hours.getOrDefault(tenantId, List.of()).stream()
            .filter(hour -> within(hour.hourStart(), from, to))
            .filter(hour -> type == null || hour.subjectType() == type)
            .filter(hour -> subjectId == null || hour.subjectId().equals(subjectId))
            .sorted(
                Comparator.comparing(AttainmentHour::hourStart)
                    .thenComparing(AttainmentHour::subjectType)
                    .thenComparing(AttainmentHour::subjectId))
            .toList());
  }

  @Override
  public Mono<Instant> anomaliesCheckedThrough(TenantId tenantId) {
    return Mono.fromSupplier(
        () -> {
          synchronized (this) {
            return marks.get(tenantId);
          }
        });
  }

  @Override
  public Mono<Void> markAnomaliesChecked(TenantId tenantId, Instant through) {
    return Mono.fromRunnable(
        () -> {
          synchronized (this) {
            marks.merge(tenantId, through, (old, next) -> next.isAfter(old) ? next : old);
          }
        });
  }

  /** The name of the thread the last replace ran on. */
  String replacedOn() {
    return replacedOn;
  }

  /** Every stored hour of the tenant. */
  synchronized List<AttainmentHour> stored(TenantId tenantId) {
    return List.copyOf(hours.getOrDefault(tenantId, List.of()));
  }

  private static boolean within(Instant time, Instant from, Instant to) {
    return time != null && !time.isBefore(from) && time.isBefore(to);
  }
}
