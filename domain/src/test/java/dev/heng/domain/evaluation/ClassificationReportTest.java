package dev.heng.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationReportTest {

  @Test
  void computesAccuracyMacroF1RecallAndConfusion() {
    int[] gold = {0, 0, 0, 1, 1, 2};
    int[] predicted = {0, 0, 1, 1, 2, 2};

    ClassificationReport report = ClassificationReport.of(LabelScheme.THREE, gold, predicted);

    assertThat(report.accuracy()).isCloseTo(4 / 6.0, within(1e-9));
    assertThat(report.recall()).containsExactly(2 / 3.0, 0.5, 1.0);
    // F1 per class: 2*2/(3+2), 2*1/(2+2), 2*1/(1+2).
    assertThat(report.macroF1()).isCloseTo((0.8 + 0.5 + 2 / 3.0) / 3, within(1e-9));
    assertThat(report.confusion()[0]).containsExactly(2, 1, 0);
  }

  @Test
  void mapsScoresByTheSchemesCutPoints() {
    assertThat(LabelScheme.THREE.ofScore(-0.3)).isZero();
    assertThat(LabelScheme.THREE.ofScore(0.0)).isEqualTo(1);
    assertThat(LabelScheme.THREE.ofScore(0.14)).isEqualTo(2);
    assertThat(LabelScheme.BINARY.ofScore(0.05)).isZero();
    assertThat(LabelScheme.FIVE.ofScore(0.9)).isEqualTo(4);
  }

  @Test
  void collapsesTheArgmaxOfFiveClasses() {
    List<Double> negative = List.of(0.1, 0.5, 0.3, 0.05, 0.05);
    List<Double> neutralLeaningPositive = List.of(0.05, 0.1, 0.5, 0.3, 0.05);

    assertThat(LabelScheme.THREE.ofProbabilities(negative)).isZero();
    assertThat(LabelScheme.THREE.ofProbabilities(neutralLeaningPositive)).isEqualTo(1);
    assertThat(LabelScheme.BINARY.ofProbabilities(neutralLeaningPositive)).isEqualTo(1);
    assertThat(LabelScheme.FIVE.ofProbabilities(negative)).isEqualTo(1);
  }
}
