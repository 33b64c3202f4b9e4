package dev.heng.application.service;

import static dev.heng.application.service.SampleRecords.TENANT;
import static dev.heng.application.service.SampleRecords.caller;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heng.application.port.in.DeliverWebhooksCommand;
import dev.heng.application.port.in.DeliveryListing;
import dev.heng.application.port.in.DeliveryRound;
import dev.heng.application.port.in.ListWebhookDeliveriesQuery;
import dev.heng.application.port.in.RegisterWebhookCommand;
import dev.heng.application.port.in.WebhookRegistration;
import dev.heng.application.port.out.WebhookRequest;
import dev.heng.application.port.out.WebhookResponse;
import dev.heng.domain.access.Role;
import dev.heng.domain.webhook.DeliveryOutcome;
import dev.heng.domain.webhook.RetrySchedule;
import dev.heng.domain.webhook.WebhookUrlPolicy;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** Registering webhooks and delivering them, against in-memory ports and a scripted receiver. */
class WebhookServicesTest {

  private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final RetrySchedule SCHEDULE =
      new RetrySchedule(Duration.ofSeconds(10), Duration.ofMinutes(10), 3);

  private final InMemoryWebhookPorts ports = new InMemoryWebhookPorts();
  private final Deque<WebhookResponse> answers = new ArrayDeque<>();
  private final List<WebhookRequest> sent = new ArrayList<>();
  private final RegisterWebhookService register =
      new RegisterWebhookService(ports, WebhookUrlPolicy.STRICT, new SecureRandom(), CLOCK);

  @Test
  void registersAnHttpsEndpointWithAFreshSecret() {
    WebhookRegistration first = registerAs(Role.TENANT_ADMIN, "https://hooks.example.com/a");
    WebhookRegistration second = registerAs(Role.TENANT_ADMIN, "https://hooks.example.com/b");

    assertThat(first).isInstanceOf(WebhookRegistration.Registered.class);
    String secretOfFirst = ((WebhookRegistration.Registered) first).secret();
    String secretOfSecond = ((WebhookRegistration.Registered) second).secret();
    assertThat(secretOfFirst).startsWith("whsec_").hasSizeGreaterThan(40);
    assertThat(secretOfFirst).isNotEqualTo(secretOfSecond);
  }

  @Test
  void refusesAPrivateAddressAndCallersWhoAreNotAdmins() {
    WebhookRegistration privateHost = registerAs(Role.TENANT_ADMIN, "https://10.0.0.5/hook");
    WebhookRegistration byLead = registerAs(Role.TEAM_LEAD, "https://hooks.example.com/a");

    assertThat(privateHost)
        .isEqualTo(
            new WebhookRegistration.Refused(
                "url", "url must not name a private address, was 10.0.0.5"));
    assertThat(byLead).isInstanceOf(WebhookRegistration.Forbidden.class);
    assertThat(ports.list(TENANT).block()).isEmpty();
  }

  @Test
  void deliversOnceTheReceiverAnswers2xx() {
    long endpoint = endpoint();
    ports.queue(endpoint, "event-1", "{}", NOW);
    answers.add(new WebhookResponse(204, null, null));

    DeliveryRound round = service().deliver(new DeliverWebhooksCommand(10)).block();

    assertThat(round).isEqualTo(new DeliveryRound(1, 1, 0, 0));
    assertThat(sent)
        .singleElement()
        .satisfies(
            request -> {
              assertThat(request.eventId()).isEqualTo("event-1");
              assertThat(request.secret()).startsWith("whsec_");
            });
    assertThat(ports.due(2)).isNull();
  }

  @Test
  void retriesAfterTheReceiversRetryAfterThenBacksOffThenGivesUp() {
    long endpoint = endpoint();
    ports.queue(endpoint, "event-1", "{}", NOW);
    answers.add(new WebhookResponse(503, Duration.ofSeconds(120), null));
    answers.add(new WebhookResponse(null, null, "connection refused"));
    answers.add(new WebhookResponse(500, null, null));

    DeliveryRound first = service().deliver(new DeliverWebhooksCommand(10)).block();
    Instant afterRetryAfter = ports.due(2);
    DeliveryRound early =
        service(NOW.plusSeconds(119)).deliver(new DeliverWebhooksCommand(10)).block();
    DeliveryRound second =
        service(NOW.plusSeconds(120)).deliver(new DeliverWebhooksCommand(10)).block();
    Instant afterBackoff = ports.due(2);
    DeliveryRound third =
        service(NOW.plusSeconds(140)).deliver(new DeliverWebhooksCommand(10)).block();

    assertThat(first.retried()).isEqualTo(1);
    assertThat(afterRetryAfter).isEqualTo(NOW.plusSeconds(120));
    assertThat(early.claimed()).isZero();
    assertThat(second.retried()).isEqualTo(1);
    assertThat(afterBackoff).isEqualTo(NOW.plusSeconds(140));
    assertThat(third.failed()).isEqualTo(1);
    assertThat(ports.due(2)).isNull();
    DeliveryListing log =
        new ListWebhookDeliveriesService(ports, ports)
            .list(new ListWebhookDeliveriesQuery(caller(Role.TENANT_ADMIN), endpoint, 10))
            .block();
    assertThat(((DeliveryListing.Listed) log).entries())
        .extracting(entry -> entry.attempt() + " " + entry.outcome() + " " + entry.error())
        .containsExactly(
            "3 FAILED answered 500", "2 RETRY connection refused", "1 RETRY answered 503");
    assertThat(ports.attempts()).extracting(a -> a.outcome()).contains(DeliveryOutcome.FAILED);
  }

  private long endpoint() {
    return ((WebhookRegistration.Registered)
            registerAs(Role.TENANT_ADMIN, "https://h.example.com/"))
        .endpoint()
        .id();
  }

  private WebhookRegistration registerAs(Role role, String url) {
    return register.register(new RegisterWebhookCommand(caller(role), url, null)).block();
  }

  private DeliverWebhooksService service() {
    return service(NOW);
  }

  private DeliverWebhooksService service(Instant now) {
    return new DeliverWebhooksService(
        ports,
        request -> {
          sent.add(request);
          return Mono.just(answers.removeFirst());
        },
        SCHEDULE,
        Duration.ofSeconds(30),
        Clock.fixed(now, ZoneOffset.UTC));
  }
}
