package dev.heng.application.service;

import dev.heng.application.port.out.LoadScoringInputsPort;
import dev.heng.domain.scoring.ScoringInput;
import dev.heng.domain.scoring.ScoringPeriod;
import dev.heng.domain.scoring.TicketFacts;
import dev.heng.domain.simulation.SyntheticTenant;
import dev.heng.domain.tenant.TenantId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import reactor.core.publisher.Mono;

/** Serves a synthetic tenant's records as scoring input, filtered to the window asked for. */
final class InMemoryLoadScoringInputsPort implements LoadScoringInputsPort {

  private final Map<TenantId, SyntheticTenant> tenants = new HashMap<>();
  private Instant lastHistoryFrom;
  private int loads;

  void put(TenantId tenantId, SyntheticTenant tenant) {
    tenants.put(tenantId, tenant);
  }

  @Override
  public Mono<ScoringInput> load(TenantId tenantId, ScoringPeriod period, Instant historyFrom) {
    return Mono.fromSupplier(
        () -> {
          lastHistoryFrom = historyFrom;
          loads++;
          SyntheticTenant tenant = tenants.get(tenantId);
          if (tenant == null) {
            return new ScoringInput(
                period,
                java.util.List.of(),
                java.util.List.of(),
                java.util.List.of(),
                java.util.List.of());
          }
          return new ScoringInput(
              period,
              tenant.agents(),
              tenant.customers(),
              tenant.tickets().stream()
                  .filter(
                      ticket ->
                          !ticket.createdAt().isBefore(historyFrom)
                              && ticket.createdAt().isBefore(period.to()))
                  .map(TicketFacts::of)
                  .toList(),
              tenant.contributions().stream()
                  .filter(
                      record ->
                          !record.occurredAt().isBefore(period.from())
                              && record.occurredAt().isBefore(period.to()))
                  .toList());
        });
  }

  /** The start of the history window last asked for, or null before the first load. */
  Instant lastHistoryFrom() {
    return lastHistoryFrom;
  }

  /** How often inputs were loaded. */
  int loads() {
    return loads;
  }
}
