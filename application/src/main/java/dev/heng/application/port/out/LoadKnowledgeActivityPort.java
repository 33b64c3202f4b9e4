package dev.heng.application.port.out;

import dev.heng.domain.knowledge.KnowledgeActivity;
import dev.heng.domain.tenant.TenantId;
import java.time.Instant;
import reactor.core.publisher.Mono;

/** Reads what knowledge credit and knowledge retrieval for a period need. */
public interface LoadKnowledgeActivityPort {

  /**
   * Loads every article of the tenant, the links and searches made in {@code [from, to)}, and the
   * tickets those links name together with the tickets resolved in the period.
   *
   * @return a mono of the activity; never empty. It signals a {@link KnowledgeIndexException} if
   *     the activity cannot be read
   */
  Mono<KnowledgeActivity> load(TenantId tenantId, Instant from, Instant to);
}
