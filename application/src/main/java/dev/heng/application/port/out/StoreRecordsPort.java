package dev.heng.application.port.out;

import dev.heng.domain.record.IntakeCounts;
import dev.heng.domain.record.IntakeRecord;
import dev.heng.domain.record.RecordKind;
import dev.heng.domain.tenant.TenantId;
import java.util.List;
import reactor.core.publisher.Mono;

/** Keeps a tenant's records. */
public interface StoreRecordsPort {

  /**
   * Inserts new records and updates changed ones in one transaction; records whose content equals
   * what is stored are left alone. The records are of {@code kind} and have distinct external ids.
   *
   * @return a mono of the counts, emitted only after the transaction committed; on error nothing of
   *     the batch was written
   */
  Mono<IntakeCounts> store(TenantId tenantId, RecordKind kind, List<IntakeRecord> records);
}
