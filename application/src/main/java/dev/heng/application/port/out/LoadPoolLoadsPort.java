package dev.heng.application.port.out;

import dev.heng.domain.alert.PoolLoad;
import dev.heng.domain.tenant.TenantId;
import java.util.List;
import reactor.core.publisher.Mono;

/** Counts the customers each agent keeps, as stored now. */
public interface LoadPoolLoadsPort {

  /**
   * The pool of every agent that at least one customer names, raw and weighted by each customer's
   * latest graded difficulty (1.0 for a customer never graded), with the agent's team when the
   * agent is stored.
   *
   * @return a mono of one load per agent; signals {@link StorageException}
   */
  Mono<List<PoolLoad>> poolLoads(TenantId tenantId);
}
