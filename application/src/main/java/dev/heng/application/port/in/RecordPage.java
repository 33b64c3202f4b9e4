package dev.heng.application.port.in;

import dev.heng.domain.record.IntakeRecord;
import java.util.List;

/**
 * One page of records, in the order they were first stored.
 *
 * @param items the records on this page
 * @param nextCursor the cursor of the next page, or null when this is the last
 */
public record RecordPage(List<IntakeRecord> items, String nextCursor) {

  public RecordPage {
    items = List.copyOf(items);
  }
}
