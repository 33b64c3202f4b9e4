package dev.heng.application.service;

import dev.heng.application.port.in.AlertListing;
import dev.heng.application.port.in.AlertPage;
import dev.heng.application.port.in.ListAlertsQuery;
import dev.heng.application.port.in.ListAlertsUseCase;
import dev.heng.application.port.out.AlertCriteria;
import dev.heng.application.port.out.AlertStorePort;
import dev.heng.domain.alert.Alert;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * Lists alerts newest first. The cursor is opaque to callers: it encodes the id of the last alert
 * on the page, and the next page holds the alerts with smaller ids, so alerts raised meanwhile
 * never shift a page.
 */
public final class ListAlertsService implements ListAlertsUseCase {

  private static final String CURSOR_PREFIX = "alerts-before:";

  private final AlertStorePort alerts;

  public ListAlertsService(AlertStorePort alerts) {
    this.alerts = alerts;
  }

  @Override
  public Mono<AlertListing> list(ListAlertsQuery query) {
    long before;
    try {
      before = decodeCursor(query.cursor());
    } catch (IllegalArgumentException e) {
      return Mono.just(new AlertListing.Invalid("cursor", "was not issued by this service"));
    }
    if (query.from() != null && query.to() != null && !query.to().isAfter(query.from())) {
      return Mono.just(new AlertListing.Invalid("to", "must be after from"));
    }

    AlertCriteria criteria =
        new AlertCriteria(
            query.caller().tenantId(),
            query.caller().scope(),
            query.status(),
            query.kind(),
            query.agentId(),
            query.from(),
            query.to(),
            before,
            query.limit() + 1);
    return alerts
        .list(criteria)
        .map(
            found -> {
              boolean more = found.size() > query.limit();
              List<Alert> items = more ? found.subList(0, query.limit()) : found;
              String next = more ? encodeCursor(items.getLast().id()) : null;
              return new AlertListing.Listed(new AlertPage(items, next));
            });
  }

  static String encodeCursor(long beforeId) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((CURSOR_PREFIX + beforeId).getBytes(StandardCharsets.US_ASCII));
  }

  static long decodeCursor(String cursor) {
    if (cursor == null) {
      return 0;
    }
    String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
    if (!text.startsWith(CURSOR_PREFIX)) {
      throw new IllegalArgumentException("cursor has no known prefix: " + cursor);
    }
    long before = Long.parseLong(text.substring(CURSOR_PREFIX.length()));
    if (before <= 0) {
      throw new IllegalArgumentException("cursor position must be positive: " + cursor);
    }
    return before;
  }
}
