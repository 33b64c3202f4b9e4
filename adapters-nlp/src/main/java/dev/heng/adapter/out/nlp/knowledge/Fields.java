package dev.heng.adapter.out.nlp.knowledge;

import java.util.List;

/** The names of the index's fields. */
final class Fields {

  /** The text fields; each exists as {@code _en} and {@code _zh} variants. */
  static final String SUBJECT = "subject";

  static final String DESCRIPTION = "description";
  static final String RESOLUTION = "resolution";
  static final String TITLE = "title";
  static final String BODY = "body";
  static final List<String> TEXT = List.of(SUBJECT, DESCRIPTION, RESOLUTION, TITLE, BODY);

  /** The unique key of an entry: tenant, type and external id. */
  static final String KEY = "key";

  static final String TENANT = "tenant";
  static final String TYPE = "type";
  static final String ID = "id";
  static final String RESOLVED = "resolved";
  static final String RESOLVED_AT = "resolved_at";
  static final String TICKET = "ticket";
  static final String ARTICLE = "article";
  static final String AT = "at";
  static final String INDEXED_AT = "indexed_at";

  /** Stored-only fields. */
  static final String ASSIGNEE = "assignee";

  static final String CATEGORY = "category";
  static final String CREATED_AT = "created_at";
  static final String REOPENS = "reopens";
  static final String ESCALATED = "escalated";
  static final String SATISFACTION = "satisfaction";
  static final String HANDLE_SECONDS = "handle_seconds";
  static final String AUTHOR = "author";
  static final String VERSION = "version";
  static final String UPDATED_AT = "updated_at";
  static final String UPDATED_BY = "updated_by";
  static final String AGENT = "agent";
  static final String STORED_SUBJECT = "stored_subject";
  static final String STORED_DESCRIPTION = "stored_description";
  static final String STORED_RESOLUTION = "stored_resolution";
  static final String STORED_TITLE = "stored_title";

  /** The entry types. */
  static final String TYPE_TICKET = "ticket";

  static final String TYPE_ARTICLE = "article";
  static final String TYPE_LINK = "link";
  static final String TYPE_SEARCH = "search";

  private Fields() {}
}
