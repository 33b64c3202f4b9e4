package dev.heng.adapter.out.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  @Test
  void signsTimestampAndBodyWithHmacSha256() {
    String signature = WebhookSignature.sign("key", 1700000000, "{}");

    assertThat(signature)
        .isEqualTo("v1=9d713ed406bb7076d4123f0dc2c39d2df5c654ed4b0cd56b52c8b4c940bd63ae")
        .hasSize(3 + 64);
  }

  @Test
  void verifiesOnlyTheSameSecretTimestampAndBody() {
    String signature = WebhookSignature.sign("whsec_a", 1700000000, "{\"a\":1}");

    assertThat(WebhookSignature.verify("whsec_a", 1700000000, "{\"a\":1}", signature)).isTrue();
    assertThat(WebhookSignature.verify("whsec_b", 1700000000, "{\"a\":1}", signature)).isFalse();
    assertThat(WebhookSignature.verify("whsec_a", 1700000001, "{\"a\":1}", signature)).isFalse();
    assertThat(WebhookSignature.verify("whsec_a", 1700000000, "{\"a\":2}", signature)).isFalse();
    assertThat(WebhookSignature.verify("whsec_a", 1700000000, "{\"a\":1}", null)).isFalse();
  }

  @Test
  void readsRetryAfterAsSecondsOrAnHttpDate() {
    Instant now = Instant.parse("2026-11-02T09:00:00Z");

    assertThat(RetryAfter.parse("120", now)).isEqualTo(Duration.ofSeconds(120));
    assertThat(RetryAfter.parse("Mon, 02 Nov 2026 09:01:30 GMT", now))
        .isEqualTo(Duration.ofSeconds(90));
    assertThat(RetryAfter.parse("Mon, 02 Nov 2026 08:00:00 GMT", now)).isEqualTo(Duration.ZERO);
    assertThat(RetryAfter.parse("soon", now)).isNull();
    assertThat(RetryAfter.parse(null, now)).isNull();
  }
}
