package dev.heng.adapter.out.persistence;

import dev.heng.application.port.out.LoadMessageSentimentsPort;
import dev.heng.application.port.out.ResolvedConversation;
import dev.heng.application.port.out.StorageException;
import dev.heng.domain.emotion.Analyser;
import dev.heng.domain.emotion.NotAnalysedReason;
import dev.heng.domain.emotion.SentenceSentiment;
import dev.heng.domain.emotion.SentimentResult;
import dev.heng.domain.scoring.CustomerEmotion;
import dev.heng.domain.tenant.TenantId;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads the {@code message_sentiments} rows that belong to each message's current content; when a
 * message was analysed more than once (a new model or settings), the latest result wins.
 */
@Component
public class MessageSentimentPersistenceAdapter implements LoadMessageSentimentsPort {

  private static final String FOR_TICKET =
      "SELECT e.external_id, s.analyser, s.model_version, s.settings, s.analysed, s.score,"
          + " s.truncated, s.reason, s.detail, s.sentences"
          + " FROM ticket_events e JOIN message_sentiments s"
          + " ON s.event_id = e.id AND s.content_hash = e.content_hash"
          + " WHERE e.tenant_id = :tenant AND e.ticket_id = :ticket"
          + " ORDER BY s.analysed_at, s.id";

  private static final String RESOLVED =
      "SELECT t.external_id AS ticket, t.assignee_id, e.id AS event, s.score"
          + " FROM tickets t"
          + " JOIN ticket_events e ON e.tenant_id = t.tenant_id AND e.ticket_id = t.external_id"
          + " JOIN message_sentiments s ON s.event_id = e.id AND s.content_hash = e.content_hash"
          + " WHERE t.tenant_id = :tenant AND t.resolved_at >= :from AND t.resolved_at < :to"
          + " AND t.assignee_id IS NOT NULL AND e.type = 'MESSAGE' AND e.actor_type = 'CUSTOMER'"
          + " AND s.analysed = TRUE";

  /**
   * Ranks each ticket's customer messages by time to find its opening one, then that message's
   * scored results by when they were stored to keep the latest, and counts per customer.
   */
  private static final String OPENINGS =
      "WITH openings AS ("
          + " SELECT e.id, e.content_hash, t.customer_id,"
          + " ROW_NUMBER() OVER (PARTITION BY t.id ORDER BY e.occurred_at, e.id) AS position"
          + " FROM tickets t"
          + " JOIN ticket_events e ON e.tenant_id = t.tenant_id AND e.ticket_id = t.external_id"
          + " WHERE t.tenant_id = :tenant AND t.created_at >= :from AND t.created_at < :to"
          + " AND e.type = 'MESSAGE' AND e.actor_type = 'CUSTOMER'),"
          + " scored AS ("
          + " SELECT o.customer_id, s.score,"
          + " ROW_NUMBER() OVER (PARTITION BY o.id ORDER BY s.analysed_at DESC, s.id DESC) AS latest"
          + " FROM openings o"
          + " JOIN message_sentiments s ON s.event_id = o.id AND s.content_hash = o.content_hash"
          + " WHERE o.position = 1 AND s.analysed = TRUE)"
          + " SELECT customer_id, COUNT(*) AS scored,"
          + " SUM(CASE WHEN score < :cut THEN 1 ELSE 0 END) AS negative"
          + " FROM scored WHERE latest = 1 GROUP BY customer_id";

  private final DatabaseClient client;

  public MessageSentimentPersistenceAdapter(DatabaseClient client) {
    this.client = client;
  }

  @Override
  public Mono<Map<String, SentimentResult>> forTicket(TenantId tenantId, String ticketId) {
    return client
        .sql(FOR_TICKET)
        .bind("tenant", tenantId.value())
        .bind("ticket", ticketId)
        .map(row -> Map.entry(row.get("external_id", String.class), result(row)))
        .all()
        .collectMap(Map.Entry::getKey, Map.Entry::getValue, LinkedHashMap::new)
        .<Map<String, SentimentResult>>map(Map::copyOf)
        .onErrorMap(
            error ->
                new StorageException(
                    "loading sentiments of a ticket for tenant " + tenantId.value() + " failed",
                    error));
  }

  @Override
  public Flux<ResolvedConversation> resolvedConversations(
      TenantId tenantId, Instant from, Instant to, String agentId) {
    String sql =
        RESOLVED
            + (agentId == null ? "" : " AND t.assignee_id = :agent")
            + " ORDER BY t.external_id, e.occurred_at, e.id, s.analysed_at, s.id";
    DatabaseClient.GenericExecuteSpec spec =
        client
            .sql(sql)
            .bind("tenant", tenantId.value())
            .bind("from", RowValues.time(from))
            .bind("to", RowValues.time(to));
    if (agentId != null) {
      spec = spec.bind("agent", agentId);
    }
    return spec.map(
            row ->
                new ScoreRow(
                    row.get("ticket", String.class),
                    row.get("assignee_id", String.class),
                    row.get("event", Long.class),
                    RowValues.decimal(row, "score")))
        .all()
        .bufferUntilChanged(ScoreRow::ticket)
        .map(MessageSentimentPersistenceAdapter::conversation)
        .onErrorMap(
            error ->
                new StorageException(
                    "loading resolved conversations for tenant " + tenantId.value() + " failed",
                    error));
  }

  @Override
  public Flux<CustomerEmotion> openingEmotion(
      TenantId tenantId, Instant from, Instant to, double negativeBelow) {
    return client
        .sql(OPENINGS)
        .bind("tenant", tenantId.value())
        .bind("from", RowValues.time(from))
        .bind("to", RowValues.time(to))
        .bind("cut", negativeBelow)
        .map(
            row ->
                new CustomerEmotion(
                    row.get("customer_id", String.class),
                    row.get("scored", Number.class).intValue(),
                    row.get("negative", Number.class).intValue()))
        .all()
        .onErrorMap(
            error ->
                new StorageException(
                    "loading opening emotion for tenant " + tenantId.value() + " failed", error));
  }

  private static ResolvedConversation conversation(List<ScoreRow> rows) {
    // Rows come per event in time order, a re-analysed event once per result, latest last.
    LinkedHashMap<Long, Double> latest = new LinkedHashMap<>();
    for (ScoreRow row : rows) {
      latest.put(row.event(), row.score());
    }
    return new ResolvedConversation(
        rows.getFirst().ticket(), rows.getFirst().agentId(), new ArrayList<>(latest.values()));
  }

  private static SentimentResult result(Readable row) {
    Analyser analyser =
        new Analyser(
            row.get("analyser", String.class),
            row.get("model_version", String.class),
            row.get("settings", String.class));
    if (!RowValues.flag(row, "analysed")) {
      return new SentimentResult.NotAnalysed(
          NotAnalysedReason.valueOf(row.get("reason", String.class)),
          row.get("detail", String.class),
          analyser);
    }
    List<SentenceSentiment> sentences = SentenceCodec.decode(row.get("sentences", String.class));
    return new SentimentResult.Scored(
        RowValues.decimal(row, "score"), sentences, RowValues.flag(row, "truncated"), analyser);
  }

  private record ScoreRow(String ticket, String agentId, long event, double score) {}
}
