package dev.heng.adapter.in.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem detail straight to a response, for filters that run before any controller. */
@Component
class ProblemWriter {

  private final JsonMapper json;

  ProblemWriter(JsonMapper json) {
    this.json = json;
  }

  Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String title, String detail) {
    ProblemDetail problem = Problems.problem(status, title, detail);
    problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
    return write(exchange, problem);
  }

  Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
    ServerHttpResponse response = exchange.getResponse();
    if (response.isCommitted()) {
      return Mono.empty();
    }
    response.setRawStatusCode(problem.getStatus());
    response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    byte[] body = json.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
    DataBuffer buffer = response.bufferFactory().wrap(body);
    return response.writeWith(Mono.just(buffer));
  }
}
