package dev.heng.domain.record;

import static dev.heng.domain.record.Rejections.rejectedField;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KnowledgeArticleTest {

  private static final Instant CREATED = Instant.parse("2024-11-05T10:00:00Z");

  private static KnowledgeArticle article(List<String> tags, Instant updatedAt) {
    return new KnowledgeArticle(
        "kb-1", "agent-1", "Refunds", "How to refund.", tags, 2, CREATED, updatedAt, "agent-2");
  }

  private static KnowledgeArticle article(String title, String body, int version) {
    return new KnowledgeArticle(
        "kb-1", "agent-1", title, body, List.of(), version, CREATED, null, null);
  }

  @Test
  void keepsTagsInTheCallersOrder() {
    KnowledgeArticle article = article(List.of("refund", "billing", "card"), null);

    assertThat(article.tags()).containsExactly("refund", "billing", "card");
    assertThat(article.kind()).isEqualTo(RecordKind.ARTICLES);
  }

  @Test
  void takesCreationTimeWhenUpdateTimeIsMissing() {
    KnowledgeArticle article = article(List.of(), null);

    assertThat(article.updatedAt()).isEqualTo(CREATED);
  }

  @Test
  void truncatesUpdateTimeToMicroseconds() {
    KnowledgeArticle article = article(List.of(), Instant.parse("2024-11-06T10:00:00.1234567Z"));

    assertThat(article.updatedAt()).isEqualTo(Instant.parse("2024-11-06T10:00:00.123456Z"));
  }

  @Test
  void rejectsUpdateBeforeCreation() {
    Instant before = CREATED.minusSeconds(60);

    assertThat(rejectedField(() -> article(List.of(), before))).isEqualTo("updatedAt");
  }

  @Test
  void treatsMissingTagsAsNone() {
    assertThat(article(null, null).tags()).isEmpty();
  }

  @Test
  void holdsAtMost50Tags() {
    List<String> fifty = Collections.nCopies(50, "tag");
    List<String> fiftyOne = Collections.nCopies(51, "tag");

    assertThat(article(fifty, null).tags()).hasSize(50);
    assertThat(rejectedField(() -> article(fiftyOne, null))).isEqualTo("tags");
  }

  @Test
  void rejectsBlankNullOrOverlongTag() {
    List<String> withNull = new ArrayList<>(Arrays.asList("refund", null));

    assertThat(rejectedField(() -> article(List.of("refund", " "), null))).isEqualTo("tags");
    assertThat(rejectedField(() -> article(withNull, null))).isEqualTo("tags");
    assertThat(rejectedField(() -> article(List.of("t".repeat(101)), null))).isEqualTo("tags");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 100_001})
  void rejectsVersionOutside1To100000(int version) {
    assertThat(rejectedField(() -> article("Refunds", "Body", version))).isEqualTo("version");
  }

  @Test
  void limitsTitleAndBody() {
    assertThat(article("t".repeat(500), "b".repeat(200_000), 1).body()).hasSize(200_000);
    assertThat(rejectedField(() -> article("t".repeat(501), "Body", 1))).isEqualTo("title");
    assertThat(rejectedField(() -> article("Refunds", "b".repeat(200_001), 1))).isEqualTo("body");
    assertThat(rejectedField(() -> article("Refunds", " ", 1))).isEqualTo("body");
  }

  @Test
  void requiresAuthorAndCreationTime() {
    assertThat(
            rejectedField(
                () ->
                    new KnowledgeArticle(
                        "kb-1", null, "Refunds", "Body", null, 1, CREATED, null, null)))
        .isEqualTo("authorId");
    assertThat(
            rejectedField(
                () ->
                    new KnowledgeArticle(
                        "kb-1", "agent-1", "Refunds", "Body", null, 1, null, null, null)))
        .isEqualTo("createdAt");
  }

  @Test
  void rejectsNulInTitleBodyAndTags() {
    assertThat(rejectedField(() -> article("Re\u0000funds", "Body", 1))).isEqualTo("title");
    assertThat(rejectedField(() -> article("Refunds", "Bo\u0000dy", 1))).isEqualTo("body");
    assertThat(rejectedField(() -> article(List.of("ta\u0000g"), null))).isEqualTo("tags");
  }
}
