package dev.heng.domain.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KnowledgeActivityTest {

  private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2026-12-01T00:00:00Z");

  @Test
  void tellsWhichAgentSearchedForAndLinkedWhichTicketsInThePeriod() {
    KnowledgeActivity activity =
        new KnowledgeActivity(
            List.of(),
            List.of(
                new ArticleLink("l-1", "t-1", "kb-1", "agent-1", TO.minusSeconds(60)),
                new ArticleLink("l-2", "t-3", "kb-1", "agent-1", TO),
                new ArticleLink("l-3", "t-4", "kb-1", null, FROM.plusSeconds(60))),
            List.of(),
            List.of(
                new KnowledgeSearch("s-1", "t-1", "agent-1", TO.minusSeconds(120)),
                new KnowledgeSearch("s-2", "t-2", "agent-2", FROM),
                new KnowledgeSearch("s-3", "t-3", "agent-1", TO),
                new KnowledgeSearch("s-4", "t-5", "agent-1", FROM.minusSeconds(1)),
                new KnowledgeSearch("s-5", "t-4", null, FROM.plusSeconds(30))));

    KnowledgeUse use = activity.use(FROM, TO);

    assertThat(use.searched("t-1", "agent-1")).isTrue();
    assertThat(use.linked("t-1", "agent-1")).isTrue();
    assertThat(use.searched("t-2", "agent-2")).isTrue();
    assertThat(use.searched("t-2", "agent-1")).as("another agent's search").isFalse();
    assertThat(use.linked("t-2", "agent-2")).isFalse();
    assertThat(use.searched("t-3", "agent-1")).as("at the period's end").isFalse();
    assertThat(use.searched("t-5", "agent-1")).as("before the period").isFalse();
    assertThat(use.searches().keySet()).as("no agent's").containsExactlyInAnyOrder("t-1", "t-2");
    assertThat(use.links().keySet()).containsExactly("t-1");
  }

  @Test
  void countsALinkWithoutARecordedSearchAsASearchThatFoundItsArticle() {
    KnowledgeUse use =
        new KnowledgeUse(Map.of("t-1", Set.of("agent-1")), Map.of("t-2", Set.of("agent-1")));

    assertThat(use.searched("t-2", "agent-1")).isTrue();
    assertThat(use.linked("t-2", "agent-1")).isTrue();
    assertThat(use.noSearches()).isFalse();
    assertThat(new KnowledgeUse(Map.of(), use.links()).noSearches()).isTrue();
  }

  @Test
  void refusesAUseWithoutAProperPeriod() {
    KnowledgeActivity activity = new KnowledgeActivity(List.of(), List.of(), List.of(), List.of());

    assertThatThrownBy(() -> activity.use(TO, FROM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from must be before to");
    assertThatThrownBy(() -> new KnowledgeUse(null, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("searches must not be null");
  }
}
