package dev.heng.bootstrap.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.heng.bootstrap.eval.SentimentEvaluationCommand.LabelledSet;
import dev.heng.domain.evaluation.LabelScheme;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelledFilesTest {

  @Test
  void splitsQuotedCsvFieldsWithCommasQuotesAndLineBreaks() {
    String csv =
        "id,label,text\n1,negative,\"late, again\"\r\n2,positive,\"said \"\"thanks\"\"\nbye\"\n";

    List<List<String>> rows = CsvRows.parse(csv);

    assertThat(rows)
        .containsExactly(
            List.of("id", "label", "text"),
            List.of("1", "negative", "late, again"),
            List.of("2", "positive", "said \"thanks\"\nbye"));
  }

  @Test
  void readsTheAirlineCsvAsThreeClasses() {
    LabelledSet set =
        LabelledSet.csv("tweet_id,label,text\n7,neutral,ok\n8,negative,bad\n9,positive,good\n");

    assertThat(set.scheme()).isEqualTo(LabelScheme.THREE);
    assertThat(set.texts()).containsExactly("ok", "bad", "good");
    assertThat(set.gold()).containsExactly(1, 0, 2);
  }

  @Test
  void readsTsvAsBinaryOrFiveClassesFromItsLabels() {
    LabelledSet binary = LabelledSet.tsv("label\tsentence\n1\tgood film\n0\tbad film\n");
    LabelledSet five = LabelledSet.tsv("4\tsuperb\n0\tawful\n2\tfine\n");

    assertThat(binary.scheme()).isEqualTo(LabelScheme.BINARY);
    assertThat(binary.gold()).containsExactly(1, 0);
    assertThat(five.scheme()).isEqualTo(LabelScheme.FIVE);
    assertThat(five.texts()).containsExactly("superb", "awful", "fine");
  }

  @Test
  void rejectsUnknownLabelsNamingTheLine() {
    assertThatThrownBy(() -> LabelledSet.tsv("label\ttext\n7\tnope\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> LabelledSet.csv("label,text\nangry,grr\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("angry");
  }
}
