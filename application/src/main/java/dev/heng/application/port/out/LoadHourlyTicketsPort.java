package dev.heng.application.port.out;

import dev.heng.domain.attainment.HourlyTicket;
import dev.heng.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import reactor.core.publisher.Mono;

/** Reads the tickets that hourly attainment measures. */
public interface LoadHourlyTicketsPort {

  /**
   * The tenant's assigned tickets whose first response or resolution falls in {@code [from, to)},
   * each with its assignee's current team.
   *
   * @return a mono of the tickets, in the order they were stored; signals {@link StorageException}
   */
  Mono<List<HourlyTicket>> hourlyTickets(TenantId tenantId, Instant from, Instant to);
}
