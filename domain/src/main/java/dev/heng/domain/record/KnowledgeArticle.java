package dev.heng.domain.record;

import java.time.Instant;
import java.util.List;

/**
 * A knowledge article.
 *
 * @param externalId the caller's id of the article
 * @param authorId external id of the agent who wrote it
 * @param title its title
 * @param body its text
 * @param tags free tags, in the caller's order
 * @param version its version number, 1 for the first
 * @param createdAt when the first version was published
 * @param updatedAt when this version was published, not before {@code createdAt}
 * @param updatedBy external id of the agent who wrote this version, or null when the author did
 */
public record KnowledgeArticle(
    String externalId,
    String authorId,
    String title,
    String body,
    List<String> tags,
    int version,
    Instant createdAt,
    Instant updatedAt,
    String updatedBy)
    implements IntakeRecord {

  public KnowledgeArticle {
    externalId = Fields.externalId("externalId", externalId);
    authorId = Fields.externalId("authorId", authorId);
    title = Fields.text("title", title, 500);
    body = Fields.text("body", body, 200_000);
    tags = Fields.list("tags", tags);
    if (tags.size() > 50) {
      throw new InvalidFieldException("tags", "must hold at most 50 tags");
    }
    for (String tag : tags) {
      Fields.text("tags", tag, 100);
    }
    Fields.range("version", version, 1, 100_000);
    createdAt = Fields.instant("createdAt", createdAt);
    updatedAt = updatedAt == null ? createdAt : Fields.micros(updatedAt);
    Fields.notBefore("updatedAt", updatedAt, "createdAt", createdAt);
    updatedBy = Fields.optionalExternalId("updatedBy", updatedBy);
  }

  @Override
  public RecordKind kind() {
    return RecordKind.ARTICLES;
  }
}
