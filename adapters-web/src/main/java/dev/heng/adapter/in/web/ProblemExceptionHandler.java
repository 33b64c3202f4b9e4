package dev.heng.adapter.in.web;

import dev.heng.application.port.out.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * The one place where failures become responses: every error leaves as an RFC 9457 problem detail,
 * never with a stack trace. Failures someone must act on are logged here, once.
 */
@Component
@Order(-2)
class ProblemExceptionHandler implements WebExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

  private final ProblemWriter writer;

  ProblemExceptionHandler(ProblemWriter writer) {
    this.writer = writer;
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
    String path = exchange.getRequest().getPath().value();
    if (error instanceof ServerWebInputException input
        && input.getMostSpecificCause() instanceof DataBufferLimitException limit) {
      return handle(exchange, limit);
    }
    return switch (error) {
      case DataBufferLimitException tooLarge ->
          writer.write(
              exchange,
              HttpStatus.CONTENT_TOO_LARGE,
              "Body too large",
              "the request body exceeds the size this endpoint accepts");
      case StorageException storage -> {
        log.error("Storage failed for {} {}", exchange.getRequest().getMethod(), path, storage);
        yield writer.write(
            exchange,
            HttpStatus.SERVICE_UNAVAILABLE,
            "Storage unavailable",
            "the database could not complete the request; nothing was written, retry later");
      }
      case ServerWebInputException input ->
          writer.write(exchange, HttpStatus.BAD_REQUEST, "Invalid request", inputReason(input));
      case ResponseStatusException status -> {
        HttpStatusCode code = status.getStatusCode();
        HttpStatus known = HttpStatus.resolve(code.value());
        yield writer.write(
            exchange,
            known == null ? HttpStatus.INTERNAL_SERVER_ERROR : known,
            known == null ? "Error" : known.getReasonPhrase(),
            status.getReason() == null ? "the request could not be served" : status.getReason());
      }
      default -> {
        log.error("Unexpected failure for {} {}", exchange.getRequest().getMethod(), path, error);
        yield writer.write(
            exchange,
            HttpStatus.INTERNAL_SERVER_ERROR,
            "Internal error",
            "the server failed; the failure is logged");
      }
    };
  }

  private static String inputReason(ServerWebInputException input) {
    return input.getReason() == null ? "the request could not be read" : input.getReason();
  }
}
