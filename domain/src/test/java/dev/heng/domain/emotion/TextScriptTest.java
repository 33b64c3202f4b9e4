package dev.heng.domain.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextScriptTest {

  @Test
  void findsTheScriptOfMostLetters() {
    assertThat(TextScript.of("My order has not arrived")).isEqualTo(TextScript.LATIN);
    assertThat(TextScript.of("我的订单还没有到")).isEqualTo(TextScript.HAN);
    assertThat(TextScript.of("注文がまだ届きません")).isEqualTo(TextScript.KANA);
    assertThat(TextScript.of("订单がまだ未到达")).isEqualTo(TextScript.HAN);
    assertThat(TextScript.of("ありがとうございます")).isEqualTo(TextScript.KANA);
    assertThat(TextScript.of("Заказ не пришёл")).isEqualTo(TextScript.CYRILLIC);
  }

  @Test
  void letsAFewForeignWordsNotDecide() {
    assertThat(TextScript.of("Order 订单 42 is late, please check")).isEqualTo(TextScript.LATIN);
    assertThat(TextScript.of("订单 ABC 还没有到，请帮我查一下")).isEqualTo(TextScript.HAN);
  }

  @Test
  void findsNoScriptWithoutLetters() {
    assertThat(TextScript.of("12345 !!! 😀")).isEqualTo(TextScript.NONE);
    assertThat(TextScript.of("")).isEqualTo(TextScript.NONE);
  }
}
