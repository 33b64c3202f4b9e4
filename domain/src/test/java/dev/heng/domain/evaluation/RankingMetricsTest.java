package dev.heng.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.heng.domain.evaluation.RankingMetrics.RankedQuery;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {

  @Test
  void averagesPrecisionAtEachRelevantRank() {
    RankedQuery query = new RankedQuery(List.of("a", "b", "c", "d"), Set.of("b", "d"));

    RankingMetrics metrics = RankingMetrics.of(List.of(query));

    assertThat(metrics.map()).isEqualTo((1.0 / 2 + 2.0 / 4) / 2, offset(1e-12));
    assertThat(metrics.mrr()).isEqualTo(0.5, offset(1e-12));
    assertThat(metrics.precisionAt1()).isZero();
  }

  @Test
  void countsAQueryWithoutRelevantCandidatesAsZero() {
    RankedQuery perfect = new RankedQuery(List.of("a", "b"), Set.of("a"));
    RankedQuery hopeless = new RankedQuery(List.of("c", "d"), Set.of());

    RankingMetrics metrics = RankingMetrics.of(List.of(perfect, hopeless));

    assertThat(metrics.map()).isEqualTo(0.5, offset(1e-12));
    assertThat(metrics.mrr()).isEqualTo(0.5, offset(1e-12));
    assertThat(metrics.precisionAt1()).isEqualTo(0.5, offset(1e-12));
  }
}
