package dev.heng.adapter.in.web;

import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request an id (the caller's {@code X-Request-Id} when it is sane, otherwise a new
 * one), echoes it in the response, and logs each request with its tenant, status and duration.
 * Never logs bodies or query strings, which may carry personal data.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLogFilter implements WebFilter {

  static final String REQUEST_ID_HEADER = "X-Request-Id";
  static final String TENANT_ATTRIBUTE = "heng.tenantId";

  private static final Logger log = LoggerFactory.getLogger(RequestLogFilter.class);
  private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String given = exchange.getRequest().getHeaders().getFirst(REQUEST_ID_HEADER);
    String requestId =
        given != null && SANE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
    exchange.getResponse().getHeaders().set(REQUEST_ID_HEADER, requestId);
    long started = System.nanoTime();

    return chain
        .filter(exchange)
        .doFinally(
            signal -> {
              HttpStatusCode status = exchange.getResponse().getStatusCode();
              int code = status == null ? 200 : status.value();
              Object tenant = exchange.getAttributes().getOrDefault(TENANT_ATTRIBUTE, "-");
              long millis = (System.nanoTime() - started) / 1_000_000;
              if (code >= 500) {
                log.warn(
                    "request={} tenant={} {} {} -> {} in {} ms",
                    requestId,
                    tenant,
                    exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath().value(),
                    code,
                    millis);
              } else if (log.isDebugEnabled()) {
                log.debug(
                    "request={} tenant={} {} {} -> {} in {} ms",
                    requestId,
                    tenant,
                    exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath().value(),
                    code,
                    millis);
              }
            });
  }
}
