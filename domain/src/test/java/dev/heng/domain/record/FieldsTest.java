package dev.heng.domain.record;

import static dev.heng.domain.record.Rejections.rejectedField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class FieldsTest {

  @Test
  void countsExternalIdLengthInCharactersNotBytes() {
    String chinese = "号".repeat(128);

    assertThat(Fields.externalId("id", chinese)).isEqualTo(chinese);
    assertThat(rejectedField(() -> Fields.externalId("id", chinese + "号"))).isEqualTo("id");
  }

  @Test
  void countsExternalIdLengthInUtf16UnitsLikeEveryOtherLimit() {
    String emoji = "😀".repeat(64);

    assertThat(Fields.externalId("id", emoji)).isEqualTo(emoji);
    assertThat(rejectedField(() -> Fields.externalId("id", emoji + "x"))).isEqualTo("id");
  }

  @Test
  void reportsTheLengthOfAnOverlongText() {
    InvalidFieldException error =
        catchThrowableOfType(InvalidFieldException.class, () -> Fields.text("title", "abcdef", 5));

    assertThat(error.field()).isEqualTo("title");
    assertThat(error.reason()).contains("at most 5").contains("was 6");
    assertThat(error.getMessage()).isEqualTo("title: " + error.reason());
  }

  @Test
  void letsMissingOptionalValuesThrough() {
    assertThat(Fields.optionalText("subject", null, 10)).isNull();
    assertThat(Fields.optionalExternalId("teamId", null)).isNull();
    assertThat(Fields.optionalRange("rating", null, 1, 5)).isNull();
    assertThat(Fields.micros(null)).isNull();
  }

  @Test
  void allowsEqualInstantsInNotBefore() {
    Instant now = Instant.parse("2025-01-01T00:00:00Z");

    Fields.notBefore("later", now, "earlier", now);

    assertThat(rejectedField(() -> Fields.notBefore("later", now, "earlier", now.plusNanos(1))))
        .isEqualTo("later");
  }

  @Test
  void acceptsImmutableAndSortedCollections() {
    List<String> immutableList = List.of("b", "a");
    Set<Channel> immutableSet = Set.copyOf(List.of(Channel.EMAIL, Channel.PHONE));
    Set<Channel> sortedSet = new TreeSet<>(immutableSet);

    assertThat(Fields.list("tags", immutableList)).containsExactly("b", "a");
    assertThat(Fields.set("channels", immutableSet)).containsExactly(Channel.PHONE, Channel.EMAIL);
    assertThat(Fields.set("channels", sortedSet)).containsExactly(Channel.PHONE, Channel.EMAIL);
  }

  @Test
  void rejectsNullElements() {
    List<String> listWithNull = new ArrayList<>(Arrays.asList("a", null));
    Set<Channel> setWithNull = new HashSet<>(Arrays.asList(Channel.CHAT, null));

    assertThat(rejectedField(() -> Fields.list("tags", listWithNull))).isEqualTo("tags");
    assertThat(rejectedField(() -> Fields.set("channels", setWithNull))).isEqualTo("channels");
  }

  @Test
  void rejectsNulInRequiredAndOptionalTexts() {
    assertThat(rejectedField(() -> Fields.text("name", "Li\u0000Na", 200))).isEqualTo("name");
    assertThat(rejectedField(() -> Fields.optionalText("subject", "\u0000", 500)))
        .isEqualTo("subject");
  }

  @Test
  void acceptsOtherControlCharactersInTexts() {
    String text = "tab\tnew line\ncarriage\runit\u001f";

    assertThat(Fields.text("body", text, 100)).isEqualTo(text);
  }
}
