package dev.heng.application.port.in;

import dev.heng.domain.alert.Alert;
import java.util.List;

/**
 * One page of alerts.
 *
 * @param items the alerts, newest first
 * @param nextCursor the cursor of the next page, or null when this is the last
 */
public record AlertPage(List<Alert> items, String nextCursor) {

  public AlertPage {
    items = List.copyOf(items);
  }
}
