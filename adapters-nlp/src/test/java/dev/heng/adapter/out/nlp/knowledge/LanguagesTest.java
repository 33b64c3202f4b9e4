package dev.heng.adapter.out.nlp.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTest {

  @Test
  void takesMostlyHanTextForChinese() {
    assertThat(Languages.of("我的订单没有收到")).isEqualTo(Languages.CHINESE);
    assertThat(Languages.of("iPhone 15 屏幕碎了，需要维修")).isEqualTo(Languages.CHINESE);
  }

  @Test
  void takesLatinTextAndTextWithoutLettersForEnglish() {
    assertThat(Languages.of("My order never arrived")).isEqualTo(Languages.ENGLISH);
    assertThat(Languages.of("Order 12345 (see 订单) never arrived at all"))
        .isEqualTo(Languages.ENGLISH);
    assertThat(Languages.of("12345")).isEqualTo(Languages.ENGLISH);
  }

  @Test
  void findsEachScriptATextContains() {
    assertThat(Languages.present("refund please")).containsExactly(Languages.ENGLISH);
    assertThat(Languages.present("退款")).containsExactly(Languages.CHINESE);
    assertThat(Languages.present("iPhone 屏幕"))
        .containsExactly(Languages.ENGLISH, Languages.CHINESE);
    assertThat(Languages.present("12345")).containsExactly(Languages.ENGLISH);
  }

  @Test
  void namesTheFieldVariantOfEachLanguage() {
    assertThat(Languages.ENGLISH.field("subject")).isEqualTo("subject_en");
    assertThat(Languages.CHINESE.field("subject")).isEqualTo("subject_zh");
  }
}
