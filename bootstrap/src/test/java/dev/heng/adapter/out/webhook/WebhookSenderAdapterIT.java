package dev.heng.adapter.out.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.heng.application.port.out.WebhookRequest;
import dev.heng.application.port.out.WebhookResponse;
import dev.heng.domain.webhook.WebhookUrlPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/** The sender against a real HTTP server on loopback. */
class WebhookSenderAdapterIT {

  private static final Instant SENT = Instant.parse("2026-11-02T09:00:00Z");

  private HttpServer server;
  private final List<Map<String, String>> received = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/hook",
        exchange -> {
          String body;
          try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          }
          received.add(
              Map.of(
                  "event", exchange.getRequestHeaders().getFirst("Heng-Event-Id"),
                  "timestamp", exchange.getRequestHeaders().getFirst("Heng-Timestamp"),
                  "signature", exchange.getRequestHeaders().getFirst("Heng-Signature"),
                  "body", body));
          exchange.getResponseHeaders().add("Retry-After", "42");
          exchange.sendResponseHeaders(429, -1);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  @Test
  void postsTheSignedBodyAndReadsStatusAndRetryAfter() {
    WebhookSenderAdapter sender = sender(new WebhookUrlPolicy(true, true));

    StepVerifier.create(sender.send(request()))
        .expectNext(new WebhookResponse(429, Duration.ofSeconds(42), null))
        .verifyComplete();

    assertThat(received)
        .singleElement()
        .satisfies(
            post -> {
              assertThat(post.get("event")).isEqualTo("event-1");
              assertThat(post.get("timestamp")).isEqualTo(Long.toString(SENT.getEpochSecond()));
              assertThat(post.get("body")).isEqualTo("{\"hello\":\"世界\"}");
              assertThat(
                      WebhookSignature.verify(
                          "whsec_test",
                          SENT.getEpochSecond(),
                          post.get("body"),
                          post.get("signature")))
                  .isTrue();
            });
  }

  @Test
  void refusesALoopbackHostUnderTheStrictPolicyWithoutConnecting() {
    WebhookSenderAdapter sender = sender(new WebhookUrlPolicy(true, false));

    WebhookResponse response = sender.send(request()).block();

    assertThat(response.statusCode()).isNull();
    assertThat(response.error()).contains("refused", "loopback");
    assertThat(received).isEmpty();
  }

  @Test
  void answersAFailedConnectionAsAnError() {
    WebhookSenderAdapter sender = sender(new WebhookUrlPolicy(true, true));
    int port = server.getAddress().getPort();
    server.stop(0);

    WebhookResponse response =
        sender
            .send(
                new WebhookRequest(
                    "http://127.0.0.1:" + port + "/hook", "s", "e", "alert.raised", "{}", SENT))
            .block();

    assertThat(response.delivered()).isFalse();
    assertThat(response.statusCode()).isNull();
    assertThat(response.error()).isNotBlank();
  }

  private WebhookRequest request() {
    return new WebhookRequest(
        "http://127.0.0.1:" + server.getAddress().getPort() + "/hook",
        "whsec_test",
        "event-1",
        "alert.raised",
        "{\"hello\":\"世界\"}",
        SENT);
  }

  private static WebhookSenderAdapter sender(WebhookUrlPolicy policy) {
    return WebhookSenderAdapter.create(
        policy, Schedulers.boundedElastic(), Duration.ofSeconds(10), Clock.systemUTC());
  }
}
