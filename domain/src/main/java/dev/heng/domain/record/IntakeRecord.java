package dev.heng.domain.record;

/**
 * A record a tenant sends in. Each is identified within its tenant and kind by the caller's own
 * external id, which makes every intake idempotent.
 */
public sealed interface IntakeRecord
    permits Team, Agent, Customer, Ticket, TicketEvent, KnowledgeArticle, ContributionRecord {

  /** The caller's id of this record, unique within the tenant and kind; never null. */
  String externalId();

  /** The kind of this record. */
  RecordKind kind();
}
