package dev.heng.domain.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SolutionPathRankerTest {

  private static final Instant AT = Instant.parse("2026-11-10T09:00:00Z");

  @Test
  void ranksThePathThatWorkedRepeatedlyAboveOneThatFailed() {
    List<SimilarTicket> similar =
        List.of(
            new SimilarTicket(ticket("t1", 0, 5, "Reset the password"), 9.0, List.of("kb-good")),
            new SimilarTicket(ticket("t2", 0, 4, "reset the  password"), 8.0, List.of("kb-good")),
            new SimilarTicket(
                ticket("t3", 3, 1, "Told the customer to wait"), 10.0, List.of("kb-bad")));

    List<SolutionPath> paths = SolutionPathRanker.rank(similar, 10);

    assertThat(paths.getFirst().articleId()).isEqualTo("kb-good");
    assertThat(paths.getFirst().tickets()).isEqualTo(2);
    assertThat(paths.getFirst().firstContact()).isEqualTo(2);
    assertThat(paths.getFirst().evidence()).containsExactly("t1", "t2");
    assertThat(paths.getFirst().meanSatisfaction()).isEqualTo(4.5, offset(1e-9));
    assertThat(paths).extracting(SolutionPath::approach).contains("Reset the password");
    SolutionPath bad =
        paths.stream().filter(path -> "kb-bad".equals(path.articleId())).findFirst().orElseThrow();
    assertThat(bad.rank()).isLessThan(paths.getFirst().rank());
    assertThat(bad.reopened()).isEqualTo(1);
  }

  @Test
  void leavesOpenTicketsOutAndHonoursTheLimit() {
    KnowledgeTicket open =
        new KnowledgeTicket(
            "t9", "bob", "billing", null, null, null, AT, null, 0, false, null, null);
    List<SimilarTicket> similar =
        List.of(
            new SimilarTicket(open, 12.0, List.of("kb-open")),
            new SimilarTicket(ticket("t1", 0, 5, "Reset"), 3.0, List.of("kb-1", "kb-2")));

    List<SolutionPath> paths = SolutionPathRanker.rank(similar, 2);

    assertThat(paths).hasSize(2);
    assertThat(paths).extracting(SolutionPath::articleId).doesNotContain("kb-open");
  }

  @Test
  void pullsASingleTicketsOutcomeTowardsTheMiddle() {
    List<SolutionPath> paths =
        SolutionPathRanker.rank(
            List.of(new SimilarTicket(ticket("t1", 0, 5, "Fix"), 2.0, List.of())), 5);

    double weight = ticket("t1", 0, 5, "Fix").outcome().weight();
    assertThat(paths.getFirst().rank()).isEqualTo((weight + 0.5) / 2, offset(1e-9));
  }

  private static KnowledgeTicket ticket(
      String id, int reopens, int satisfaction, String resolution) {
    return new KnowledgeTicket(
        id,
        "bob",
        "billing",
        "Subject",
        null,
        resolution,
        AT,
        AT.plusSeconds(600),
        reopens,
        false,
        satisfaction,
        300);
  }
}
