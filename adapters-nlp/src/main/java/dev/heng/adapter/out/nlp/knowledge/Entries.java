package dev.heng.adapter.out.nlp.knowledge;

import dev.heng.domain.knowledge.ArticleFacts;
import dev.heng.domain.knowledge.ArticleLink;
import dev.heng.domain.knowledge.KnowledgeSearch;
import dev.heng.domain.knowledge.KnowledgeTicket;
import dev.heng.domain.record.EventType;
import dev.heng.domain.record.IntakeRecord;
import dev.heng.domain.record.KnowledgeArticle;
import dev.heng.domain.record.Ticket;
import dev.heng.domain.record.TicketEvent;
import dev.heng.domain.tenant.TenantId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;

/** Turns records into index entries and entries back into the domain's knowledge values. */
final class Entries {

  private Entries() {}

  /** The key term of an entry. */
  static Term key(TenantId tenantId, String type, String externalId) {
    return new Term(Fields.KEY, tenantId.value() + "/" + type + "/" + externalId);
  }

  /**
   * The entry of a record, or empty for a record the index does not keep.
   *
   * @param indexedAt when it is indexed, by the system clock
   */
  static Optional<Document> of(TenantId tenantId, IntakeRecord record, Instant indexedAt) {
    Optional<Document> entry = of(tenantId, record);
    entry.ifPresent(document -> document.add(new LongPoint(Fields.INDEXED_AT, micros(indexedAt))));
    return entry;
  }

  private static Optional<Document> of(TenantId tenantId, IntakeRecord record) {
    return switch (record) {
      case Ticket ticket -> Optional.of(ticket(tenantId, ticket));
      case KnowledgeArticle article -> Optional.of(article(tenantId, article));
      case TicketEvent event when event.type() == EventType.KNOWLEDGE_LINKED ->
          Optional.of(event(tenantId, Fields.TYPE_LINK, event));
      case TicketEvent event when event.type() == EventType.KNOWLEDGE_SEARCHED ->
          Optional.of(event(tenantId, Fields.TYPE_SEARCH, event));
      default -> Optional.empty();
    };
  }

  /** The key of a record's entry; only for records {@link #of} keeps. */
  static Term keyOf(TenantId tenantId, IntakeRecord record) {
    String type =
        switch (record) {
          case Ticket ticket -> Fields.TYPE_TICKET;
          case KnowledgeArticle article -> Fields.TYPE_ARTICLE;
          case TicketEvent event when event.type() == EventType.KNOWLEDGE_LINKED ->
              Fields.TYPE_LINK;
          default -> Fields.TYPE_SEARCH;
        };
    return key(tenantId, type, record.externalId());
  }

  private static Document ticket(TenantId tenantId, Ticket ticket) {
    Document document = base(tenantId, Fields.TYPE_TICKET, ticket.externalId());
    text(document, Fields.SUBJECT, ticket.subject());
    text(document, Fields.DESCRIPTION, ticket.description());
    text(document, Fields.RESOLUTION, ticket.resolution());
    stored(document, Fields.STORED_SUBJECT, ticket.subject());
    stored(document, Fields.STORED_DESCRIPTION, ticket.description());
    stored(document, Fields.STORED_RESOLUTION, ticket.resolution());
    stored(document, Fields.ASSIGNEE, ticket.assigneeId());
    stored(document, Fields.CATEGORY, ticket.category());
    document.add(new StoredField(Fields.CREATED_AT, micros(ticket.createdAt())));
    if (ticket.resolvedAt() != null) {
      document.add(new StringField(Fields.RESOLVED, "true", Field.Store.NO));
      document.add(new LongPoint(Fields.RESOLVED_AT, micros(ticket.resolvedAt())));
      document.add(new StoredField(Fields.RESOLVED_AT, micros(ticket.resolvedAt())));
    }
    document.add(new StoredField(Fields.REOPENS, ticket.reopenCount()));
    document.add(new StoredField(Fields.ESCALATED, ticket.escalated() ? 1 : 0));
    if (ticket.satisfaction() != null) {
      document.add(new StoredField(Fields.SATISFACTION, ticket.satisfaction()));
    }
    if (ticket.handleSeconds() != null) {
      document.add(new StoredField(Fields.HANDLE_SECONDS, ticket.handleSeconds()));
    }
    return document;
  }

  private static Document article(TenantId tenantId, KnowledgeArticle article) {
    Document document = base(tenantId, Fields.TYPE_ARTICLE, article.externalId());
    text(document, Fields.TITLE, article.title());
    text(document, Fields.BODY, article.body() + "\n" + String.join(" ", article.tags()));
    stored(document, Fields.STORED_TITLE, article.title());
    stored(document, Fields.AUTHOR, article.authorId());
    document.add(new StoredField(Fields.VERSION, article.version()));
    document.add(new StoredField(Fields.CREATED_AT, micros(article.createdAt())));
    document.add(new StoredField(Fields.UPDATED_AT, micros(article.updatedAt())));
    stored(
        document,
        Fields.UPDATED_BY,
        article.updatedBy() == null ? article.authorId() : article.updatedBy());
    return document;
  }

  private static Document event(TenantId tenantId, String type, TicketEvent event) {
    Document document = base(tenantId, type, event.externalId());
    document.add(new StringField(Fields.TICKET, event.ticketId(), Field.Store.YES));
    if (event.articleId() != null) {
      document.add(new StringField(Fields.ARTICLE, event.articleId(), Field.Store.YES));
    }
    stored(document, Fields.AGENT, event.actorId());
    document.add(new LongPoint(Fields.AT, micros(event.occurredAt())));
    document.add(new StoredField(Fields.AT, micros(event.occurredAt())));
    return document;
  }

  static KnowledgeTicket ticket(Document document) {
    return new KnowledgeTicket(
        document.get(Fields.ID),
        document.get(Fields.ASSIGNEE),
        document.get(Fields.CATEGORY),
        document.get(Fields.STORED_SUBJECT),
        document.get(Fields.STORED_DESCRIPTION),
        document.get(Fields.STORED_RESOLUTION),
        instant(document, Fields.CREATED_AT),
        instant(document, Fields.RESOLVED_AT),
        integer(document, Fields.REOPENS),
        integer(document, Fields.ESCALATED) == 1,
        optionalInteger(document, Fields.SATISFACTION),
        optionalInteger(document, Fields.HANDLE_SECONDS));
  }

  static ArticleFacts article(Document document) {
    return new ArticleFacts(
        document.get(Fields.ID),
        document.get(Fields.AUTHOR),
        document.get(Fields.STORED_TITLE),
        integer(document, Fields.VERSION),
        instant(document, Fields.CREATED_AT),
        instant(document, Fields.UPDATED_AT),
        document.get(Fields.UPDATED_BY));
  }

  static ArticleLink link(Document document) {
    return new ArticleLink(
        document.get(Fields.ID),
        document.get(Fields.TICKET),
        document.get(Fields.ARTICLE),
        document.get(Fields.AGENT),
        instant(document, Fields.AT));
  }

  static KnowledgeSearch search(Document document) {
    return new KnowledgeSearch(
        document.get(Fields.ID),
        document.get(Fields.TICKET),
        document.get(Fields.AGENT),
        instant(document, Fields.AT));
  }

  /** Microseconds since the epoch, the resolution both databases keep. */
  static long micros(Instant instant) {
    return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
  }

  private static Document base(TenantId tenantId, String type, String externalId) {
    Document document = new Document();
    document.add(
        new StringField(Fields.KEY, key(tenantId, type, externalId).text(), Field.Store.NO));
    document.add(new StringField(Fields.TENANT, Long.toString(tenantId.value()), Field.Store.NO));
    document.add(new StringField(Fields.TYPE, type, Field.Store.NO));
    document.add(new StringField(Fields.ID, externalId, Field.Store.YES));
    return document;
  }

  private static void text(Document document, String base, String value) {
    if (value != null && !value.isBlank()) {
      document.add(new TextField(Languages.of(value).field(base), value, Field.Store.NO));
    }
  }

  private static void stored(Document document, String name, String value) {
    if (value != null) {
      document.add(new StoredField(name, value));
    }
  }

  private static Instant instant(Document document, String name) {
    IndexableField field = document.getField(name);
    return field == null
        ? null
        : Instant.EPOCH.plus(field.numericValue().longValue(), ChronoUnit.MICROS);
  }

  private static int integer(Document document, String name) {
    return document.getField(name).numericValue().intValue();
  }

  private static Integer optionalInteger(Document document, String name) {
    IndexableField field = document.getField(name);
    return field == null ? null : field.numericValue().intValue();
  }
}
