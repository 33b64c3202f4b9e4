package dev.heng.application.service;

import dev.heng.application.port.in.ListOutcome;
import dev.heng.application.port.in.ListRecordsQuery;
import dev.heng.application.port.in.ListRecordsUseCase;
import dev.heng.application.port.in.RecordFilter;
import dev.heng.application.port.in.RecordPage;
import dev.heng.application.port.out.LoadRecordsPort;
import dev.heng.application.port.out.RecordCriteria;
import dev.heng.domain.record.RecordKind;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import reactor.core.publisher.Mono;

/**
 * Lists records page by page. The cursor is opaque to callers: it encodes the storage position of
 * the last record of the previous page, so pages stay stable while new records arrive.
 */
public final class ListRecordsService implements ListRecordsUseCase {

  private static final String CURSOR_PREFIX = "p1:";

  /** Which filters make sense for each kind; any other is refused rather than ignored. */
  private static final Map<RecordKind, Set<String>> FILTERS = new EnumMap<>(RecordKind.class);

  static {
    FILTERS.put(RecordKind.TEAMS, Set.of());
    FILTERS.put(RecordKind.AGENTS, Set.of("team"));
    FILTERS.put(RecordKind.CUSTOMERS, Set.of("team", "agent"));
    FILTERS.put(RecordKind.TICKETS, Set.of("team", "agent", "customer", "from", "to"));
    FILTERS.put(RecordKind.TICKET_EVENTS, Set.of("team", "agent", "ticket", "from", "to"));
    FILTERS.put(RecordKind.ARTICLES, Set.of("agent", "from", "to"));
    FILTERS.put(RecordKind.CONTRIBUTIONS, Set.of("team", "agent", "from", "to"));
  }

  private final LoadRecordsPort load;

  public ListRecordsService(LoadRecordsPort load) {
    this.load = load;
  }

  @Override
  public Mono<ListOutcome> list(ListRecordsQuery query) {
    RecordFilter filter = query.filter();
    String misfit = misfittingFilter(query.kind(), filter);
    if (misfit != null) {
      return Mono.just(
          new ListOutcome.Invalid(
              misfit, "does not apply to " + query.kind().path() + "; it takes " + allowed(query)));
    }
    long after;
    try {
      after = decodeCursor(query.cursor());
    } catch (IllegalArgumentException e) {
      return Mono.just(new ListOutcome.Invalid("cursor", "was not issued by this service"));
    }

    RecordCriteria criteria =
        new RecordCriteria(
            filter.teamId(),
            filter.agentId(),
            filter.customerId(),
            filter.ticketId(),
            filter.from(),
            filter.to(),
            filter.updatedSince());
    return load.list(
            query.caller().tenantId(),
            query.kind(),
            criteria,
            query.caller().scope(),
            after,
            query.limit())
        .map(
            slice -> {
              String next =
                  slice.records().size() < query.limit()
                      ? null
                      : encodeCursor(slice.lastPosition());
              return new ListOutcome.Listed(new RecordPage(slice.records(), next));
            });
  }

  private static String allowed(ListRecordsQuery query) {
    Set<String> names = FILTERS.get(query.kind());
    return names.isEmpty() ? "only updatedSince" : "updatedSince and " + String.join(", ", names);
  }

  private static String misfittingFilter(RecordKind kind, RecordFilter filter) {
    Set<String> allowed = FILTERS.get(kind);
    Map<String, Object> given = new LinkedHashMap<>();
    given.put("team", filter.teamId());
    given.put("agent", filter.agentId());
    given.put("customer", filter.customerId());
    given.put("ticket", filter.ticketId());
    given.put("from", filter.from());
    given.put("to", filter.to());
    for (Map.Entry<String, Object> entry : given.entrySet()) {
      if (entry.getValue() != null && !allowed.contains(entry.getKey())) {
        return entry.getKey();
      }
    }
    return null;
  }

  static String encodeCursor(long position) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((CURSOR_PREFIX + position).getBytes(StandardCharsets.US_ASCII));
  }

  static long decodeCursor(String cursor) {
    if (cursor == null) {
      return 0;
    }
    String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
    if (!text.startsWith(CURSOR_PREFIX)) {
      throw new IllegalArgumentException("cursor has no known prefix: " + cursor);
    }
    long position = Long.parseLong(text.substring(CURSOR_PREFIX.length()));
    if (position < 0) {
      throw new IllegalArgumentException("cursor position must not be negative: " + cursor);
    }
    return position;
  }
}
