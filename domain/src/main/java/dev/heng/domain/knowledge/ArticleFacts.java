package dev.heng.domain.knowledge;

import dev.heng.domain.record.KnowledgeArticle;
import java.time.Instant;

/**
 * What credit needs of a knowledge article: who wrote it and who last revised it, and when.
 *
 * @param articleId the article's external id
 * @param authorId the agent who wrote the first version
 * @param title its title
 * @param version its current version, 1 for the first
 * @param createdAt when the first version was published
 * @param updatedAt when the current version was published
 * @param updatedBy who wrote the current version; the author when the record names nobody
 */
public record ArticleFacts(
    String articleId,
    String authorId,
    String title,
    int version,
    Instant createdAt,
    Instant updatedAt,
    String updatedBy) {

  /**
   * @throws IllegalArgumentException naming the field if a value is null or version below 1
   */
  public ArticleFacts {
    if (articleId == null || authorId == null || title == null) {
      throw new IllegalArgumentException(
          "articleId, authorId and title must not be null, article " + articleId);
    }
    if (createdAt == null || updatedAt == null || updatedBy == null) {
      throw new IllegalArgumentException(
          "createdAt, updatedAt and updatedBy must not be null, article " + articleId);
    }
    if (version < 1) {
      throw new IllegalArgumentException("version must be 1 or more, was " + version);
    }
  }

  /** The facts of an intake article. */
  public static ArticleFacts of(KnowledgeArticle article) {
    return new ArticleFacts(
        article.externalId(),
        article.authorId(),
        article.title(),
        article.version(),
        article.createdAt(),
        article.updatedAt(),
        article.updatedBy() == null ? article.authorId() : article.updatedBy());
  }
}
