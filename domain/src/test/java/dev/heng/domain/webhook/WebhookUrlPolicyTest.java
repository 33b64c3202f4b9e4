package dev.heng.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookUrlPolicyTest {

  @Test
  void acceptsAnHttpsUrlOfAPublicHost() {
    UrlCheck check = WebhookUrlPolicy.STRICT.check("https://hooks.example.com/heng?x=1");

    assertThat(check).isInstanceOf(UrlCheck.Accepted.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://hooks.example.com/heng",
        "ftp://hooks.example.com/heng",
        "https://localhost/heng",
        "https://127.0.0.1/heng",
        "https://10.1.2.3/heng",
        "https://172.20.0.1/heng",
        "https://192.168.1.10/heng",
        "https://169.254.169.254/latest/meta-data",
        "https://100.64.0.1/heng",
        "https://0.0.0.0/heng",
        "https://[::1]/heng",
        "https://[fe80::1]/heng",
        "https://[fd00::1]/heng",
        "https://user:secret@hooks.example.com/heng",
        "https://999.1.1.1/heng",
        "not a url",
        "/relative/path"
      })
  void refusesUrlsOutsideThePolicy(String url) {
    UrlCheck check = WebhookUrlPolicy.STRICT.check(url);

    assertThat(check).isInstanceOf(UrlCheck.Refused.class);
  }

  @Test
  void acceptsLoopbackHttpOnlyWhenConfiguredForTests() {
    WebhookUrlPolicy forTests = new WebhookUrlPolicy(true, true);

    UrlCheck check = forTests.check("http://127.0.0.1:8099/hook");

    assertThat(check).isInstanceOf(UrlCheck.Accepted.class);
    assertThat(new WebhookUrlPolicy(true, false).check("http://127.0.0.1:8099/hook"))
        .isEqualTo(new UrlCheck.Refused("url must not name a loopback address, was 127.0.0.1"));
  }
}
