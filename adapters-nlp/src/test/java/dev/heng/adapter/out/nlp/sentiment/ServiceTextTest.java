package dev.heng.adapter.out.nlp.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ServiceTextTest {

  @Test
  void blanksMentionsLinksAndOrderNumbersKeepingPositions() {
    String original = "@AcmeAir order A12345 is lost, see https://x.io/a?b=1 #fail";

    ServiceText prepared = ServiceText.prepare(original, EnumSet.of(TextHandling.MARKUP));

    assertThat(prepared.text()).hasSize(original.length());
    assertThat(prepared.text().strip().replaceAll("\\s+", " "))
        .isEqualTo("order is lost, see fail");
  }

  @Test
  void countsEmoticonPolarityAndBlanksThem() {
    ServiceText prepared =
        ServiceText.prepare("ok :) thanks 😊 but :( 😡 😡", EnumSet.of(TextHandling.EMOTICONS));

    assertThat(prepared.emoticonPolarity()).isEqualTo(-1);
    assertThat(prepared.text()).doesNotContain(":)").doesNotContain("😡");
    assertThat(prepared.text()).hasSize("ok :) thanks 😊 but :( 😡 😡".length());
  }

  @Test
  void lowerCasesShoutedWordsAndCountsThem() {
    ServiceText prepared =
        ServiceText.prepare(
            "This is the WORST service EVER at LAX", EnumSet.of(TextHandling.SHOUTING));

    assertThat(prepared.text()).isEqualTo("This is the worst service ever at LAX");
    assertThat(prepared.shoutedWords()).isEqualTo(2);
  }

  @Test
  void leavesTextAloneWithoutHandling() {
    String original = "@x WORST :( 12345";

    ServiceText prepared = ServiceText.prepare(original, EnumSet.noneOf(TextHandling.class));

    assertThat(prepared.text()).isEqualTo(original);
    assertThat(prepared.emoticonPolarity()).isZero();
  }
}
