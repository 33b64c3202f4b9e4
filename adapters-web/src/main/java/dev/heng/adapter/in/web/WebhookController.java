package dev.heng.adapter.in.web;

import dev.heng.application.port.in.DeliveryListing;
import dev.heng.application.port.in.ListWebhookDeliveriesQuery;
import dev.heng.application.port.in.ListWebhookDeliveriesUseCase;
import dev.heng.application.port.in.ListWebhooksQuery;
import dev.heng.application.port.in.ListWebhooksUseCase;
import dev.heng.application.port.in.RegisterWebhookCommand;
import dev.heng.application.port.in.RegisterWebhookUseCase;
import dev.heng.application.port.in.RemoveWebhookCommand;
import dev.heng.application.port.in.RemoveWebhookUseCase;
import dev.heng.application.port.in.WebhookListing;
import dev.heng.application.port.in.WebhookRegistration;
import dev.heng.application.port.in.WebhookRemoval;
import dev.heng.domain.access.Caller;
import dev.heng.domain.webhook.DeliveryLogEntry;
import dev.heng.domain.webhook.WebhookEndpoint;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Webhook endpoints of the caller's tenant and their delivery logs; tenant admins only. */
@RestController
@RequestMapping("/api/v1/webhooks")
class WebhookController {

  private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

  private final RegisterWebhookUseCase register;
  private final ListWebhooksUseCase list;
  private final RemoveWebhookUseCase remove;
  private final ListWebhookDeliveriesUseCase deliveries;

  WebhookController(
      RegisterWebhookUseCase register,
      ListWebhooksUseCase list,
      RemoveWebhookUseCase remove,
      ListWebhookDeliveriesUseCase deliveries) {
    this.register = register;
    this.list = list;
    this.remove = remove;
    this.deliveries = deliveries;
  }

  /** A registration request. */
  record RegisterRequest(String url, String description) {}

  /** An endpoint; {@code secret} is set only in the answer to its registration. */
  record EndpointView(long id, String url, String description, Instant createdAt, String secret) {

    static EndpointView of(WebhookEndpoint endpoint, String secret) {
      return new EndpointView(
          endpoint.id(), endpoint.url(), endpoint.description(), endpoint.createdAt(), secret);
    }
  }

  /** The endpoints of the tenant. */
  record EndpointsView(List<EndpointView> items) {}

  /** An endpoint's latest delivery attempts, newest first. */
  record DeliveriesView(List<DeliveryLogEntry> items) {}

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  Mono<ResponseEntity<Object>> register(
      @AuthenticationPrincipal Caller caller, @RequestBody RegisterRequest request) {
    String url = request == null ? null : request.url();
    String description = request == null ? null : request.description();
    return register
        .register(new RegisterWebhookCommand(caller, url, description))
        .map(
            registration ->
                switch (registration) {
                  case WebhookRegistration.Registered registered -> {
                    log.info(
                        "tenant={} registered webhook endpoint {}",
                        caller.tenantId().value(),
                        registered.endpoint().id());
                    yield ResponseEntity.status(HttpStatus.CREATED)
                        .body((Object) EndpointView.of(registered.endpoint(), registered.secret()));
                  }
                  case WebhookRegistration.Refused refused ->
                      Problems.invalidParameter(refused.field(), refused.reason());
                  case WebhookRegistration.Forbidden forbidden ->
                      Problems.of(HttpStatus.FORBIDDEN, "Forbidden", forbidden.reason());
                });
  }

  @GetMapping
  Mono<ResponseEntity<Object>> list(@AuthenticationPrincipal Caller caller) {
    return list.list(new ListWebhooksQuery(caller))
        .map(
            listing ->
                switch (listing) {
                  case WebhookListing.Listed listed ->
                      ResponseEntity.ok(
                          (Object)
                              new EndpointsView(
                                  listed.endpoints().stream()
                                      .map(endpoint -> EndpointView.of(endpoint, null))
                                      .toList()));
                  case WebhookListing.Forbidden forbidden ->
                      Problems.of(HttpStatus.FORBIDDEN, "Forbidden", forbidden.reason());
                });
  }

  @DeleteMapping("/{endpointId}")
  Mono<ResponseEntity<Object>> remove(
      @AuthenticationPrincipal Caller caller, @PathVariable String endpointId) {
    long id = parseId(endpointId);
    if (id <= 0) {
      return Mono.just(Problems.notFound("webhook endpoint '" + endpointId + "'"));
    }
    return remove
        .remove(new RemoveWebhookCommand(caller, id))
        .map(
            removal ->
                switch (removal) {
                  case WebhookRemoval.Removed removed -> ResponseEntity.noContent().build();
                  case WebhookRemoval.NotFound notFound ->
                      Problems.notFound("webhook endpoint '" + endpointId + "'");
                  case WebhookRemoval.Forbidden forbidden ->
                      Problems.of(HttpStatus.FORBIDDEN, "Forbidden", forbidden.reason());
                });
  }

  @GetMapping("/{endpointId}/deliveries")
  Mono<ResponseEntity<Object>> deliveries(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String endpointId,
      @RequestParam(defaultValue = "100") int limit) {
    if (limit < 1 || limit > 1000) {
      return Mono.just(
          Problems.invalidParameter("limit", "must be between 1 and 1000, was " + limit));
    }
    long id = parseId(endpointId);
    if (id <= 0) {
      return Mono.just(Problems.notFound("webhook endpoint '" + endpointId + "'"));
    }
    return deliveries
        .list(new ListWebhookDeliveriesQuery(caller, id, limit))
        .map(
            listing ->
                switch (listing) {
                  case DeliveryListing.Listed listed ->
                      ResponseEntity.ok((Object) new DeliveriesView(listed.entries()));
                  case DeliveryListing.NotFound notFound ->
                      Problems.notFound("webhook endpoint '" + endpointId + "'");
                  case DeliveryListing.Forbidden forbidden ->
                      Problems.of(HttpStatus.FORBIDDEN, "Forbidden", forbidden.reason());
                });
  }

  private static long parseId(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
