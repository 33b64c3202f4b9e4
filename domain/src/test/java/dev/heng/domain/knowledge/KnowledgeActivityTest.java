package dev.heng.domain.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KnowledgeActivityTest {

  private static final Instant END = Instant.parse("2026-12-01T00:00:00Z");

  @Test
  void tellsWhichTicketsWereSearchedForAndLinkedBeforeTheEnd() {
    KnowledgeActivity activity =
        new KnowledgeActivity(
            List.of(),
            List.of(
                new ArticleLink("l-1", "t-1", "kb-1", "agent-1", END.minusSeconds(60)),
                new ArticleLink("l-2", "t-3", "kb-1", "agent-1", END)),
            List.of(),
            List.of(
                new KnowledgeSearch("s-1", "t-1", "agent-1", END.minusSeconds(120)),
                new KnowledgeSearch("s-2", "t-2", "agent-2", END.minusSeconds(1)),
                new KnowledgeSearch("s-3", "t-3", "agent-1", END.plusSeconds(1))));

    KnowledgeUse use = activity.use(END);

    assertThat(use.searchedTickets()).isEqualTo(Set.of("t-1", "t-2"));
    assertThat(use.linkedTickets()).isEqualTo(Set.of("t-1"));
  }

  @Test
  void refusesAUseWithoutAnEnd() {
    KnowledgeActivity activity = new KnowledgeActivity(List.of(), List.of(), List.of(), List.of());

    assertThatThrownBy(() -> activity.use(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("end must not be null");
  }
}
