package dev.heng.application.port.in;

import dev.heng.domain.access.Caller;
import dev.heng.domain.record.RecordKind;

/**
 * Asks for one record by its external id.
 *
 * @param caller who asks; the tenant and the visible scope come from here
 * @param kind the record's kind
 * @param externalId the caller's id of the record
 */
public record FindRecordQuery(Caller caller, RecordKind kind, String externalId) {

  public FindRecordQuery {
    if (caller == null || kind == null || externalId == null) {
      throw new IllegalArgumentException("caller, kind and externalId must not be null");
    }
  }
}
