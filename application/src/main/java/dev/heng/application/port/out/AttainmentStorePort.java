package dev.heng.application.port.out;

import dev.heng.domain.attainment.AttainmentHour;
import dev.heng.domain.attainment.SubjectType;
import dev.heng.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * Keeps each tenant's hourly attainment, and how far its anomaly checks have got. Hours are
 * replaced a range at a time, so computing a range again leaves the same rows.
 */
public interface AttainmentStorePort {

  /**
   * Replaces the tenant's hours in {@code [from, to)} with {@code hours}, in one transaction.
   *
   * @param hours hours starting within the range
   * @return a mono of how many hours were written; signals {@link StorageException}
   */
  Mono<Integer> replace(TenantId tenantId, Instant from, Instant to, List<AttainmentHour> hours);

  /**
   * The tenant's stored hours starting in {@code [from, to)}, of one subject or of all.
   *
   * @param type the subject's kind, or null for every subject
   * @param subjectId the subject's id, or null for every subject of the kind
   * @return a mono of the hours in time order, then agents before teams, then by id; signals {@link
   *     StorageException}
   */
  Mono<List<AttainmentHour>> hours(
      TenantId tenantId, SubjectType type, String subjectId, Instant from, Instant to);

  /**
   * The end of the last hour the tenant's anomalies were checked for.
   *
   * @return a mono of the instant, empty when no hour was ever checked
   */
  Mono<Instant> anomaliesCheckedThrough(TenantId tenantId);

  /**
   * Records that the tenant's anomalies were checked for every hour before {@code through}.
   *
   * @return a mono that completes when it is stored; signals {@link StorageException}
   */
  Mono<Void> markAnomaliesChecked(TenantId tenantId, Instant through);
}
