package dev.heng.adapter.out.webhook;

import dev.heng.application.port.out.SendWebhookPort;
import dev.heng.application.port.out.WebhookRequest;
import dev.heng.application.port.out.WebhookResponse;
import dev.heng.domain.webhook.WebhookUrlPolicy;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.netty.http.client.HttpClient;

/**
 * Posts signed webhooks over HTTP. Before each post the host is resolved (on a bounded scheduler,
 * DNS being blocking) and every address is checked against the policy, so a name that points at a
 * private address is refused at send time even when it was public at registration. Redirects are
 * not followed. The answer's body is discarded.
 */
public final class WebhookSenderAdapter implements SendWebhookPort {

  private static final Logger log = LoggerFactory.getLogger(WebhookSenderAdapter.class);

  private final WebClient client;
  private final WebhookUrlPolicy policy;
  private final Scheduler resolver;
  private final Duration timeout;
  private final Clock clock;

  /**
   * @param client the HTTP client, without redirects
   * @param policy which addresses may be posted to
   * @param resolver where host names are resolved
   * @param timeout how long one post may take in all
   */
  public WebhookSenderAdapter(
      WebClient client,
      WebhookUrlPolicy policy,
      Scheduler resolver,
      Duration timeout,
      Clock clock) {
    this.client = client;
    this.policy = policy;
    this.resolver = resolver;
    this.timeout = timeout;
    this.clock = clock;
  }

  /** A sender on its own HTTP client that follows no redirect and waits at most {@code timeout}. */
  public static WebhookSenderAdapter create(
      WebhookUrlPolicy policy, Scheduler resolver, Duration timeout, Clock clock) {
    HttpClient http = HttpClient.create().followRedirect(false).responseTimeout(timeout);
    WebClient client =
        WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
    return new WebhookSenderAdapter(client, policy, resolver, timeout, clock);
  }

  // Known gap: the address is checked before the post and resolved again by the HTTP client, so a
  // DNS answer that changes between the two (rebinding) could still reach a private address.
  @Override
  public Mono<WebhookResponse> send(WebhookRequest request) {
    URI uri = URI.create(request.url());
    return Mono.fromCallable(() -> addressProblem(uri.getHost()))
        .subscribeOn(resolver)
        .flatMap(
            problem -> {
              if (!problem.isEmpty()) {
                return Mono.just(new WebhookResponse(null, null, problem));
              }
              return post(uri, request);
            });
  }

  private Mono<WebhookResponse> post(URI uri, WebhookRequest request) {
    long timestamp = request.timestamp().getEpochSecond();
    return client
        .post()
        .uri(uri)
        .contentType(MediaType.APPLICATION_JSON)
        .header(WebhookSignature.EVENT_ID_HEADER, request.eventId())
        .header(WebhookSignature.EVENT_TYPE_HEADER, request.eventType())
        .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
        .header(
            WebhookSignature.SIGNATURE_HEADER,
            WebhookSignature.sign(request.secret(), timestamp, request.body()))
        .header(HttpHeaders.USER_AGENT, "Heng-Webhooks/1")
        .bodyValue(request.body())
        .exchangeToMono(
            response ->
                response
                    .releaseBody()
                    .thenReturn(
                        new WebhookResponse(
                            response.statusCode().value(),
                            RetryAfter.parse(
                                response
                                    .headers()
                                    .asHttpHeaders()
                                    .getFirst(HttpHeaders.RETRY_AFTER),
                                clock.instant()),
                            null)))
        .timeout(timeout)
        .onErrorResume(
            error -> {
              log.debug(
                  "webhook event {} to {} failed: {}",
                  request.eventId(),
                  uri.getHost(),
                  error.toString());
              return Mono.just(new WebhookResponse(null, null, describe(error)));
            });
  }

  /** Why the host may not be posted to, or the empty string when it may. */
  private String addressProblem(String host) {
    try {
      for (InetAddress address : InetAddress.getAllByName(host)) {
        String problem = policy.addressProblem(address);
        if (problem != null) {
          return "refused: " + host + " resolves to " + problem;
        }
      }
      return "";
    } catch (UnknownHostException e) {
      return "unknown host " + host;
    }
  }

  private static String describe(Throwable error) {
    String name = error.getClass().getSimpleName();
    String message = error.getMessage();
    return message == null ? name : name + ": " + message;
  }
}
