package dev.heng.bootstrap.api;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server on loopback that takes webhooks and keeps what it received. The first {@code
 * refusals} posts are answered 503 with {@code Retry-After: 0}, to make the sender retry.
 */
final class WebhookReceiver implements AutoCloseable {

  /**
   * One received post.
   *
   * @param eventId the Heng-Event-Id header
   * @param timestamp the Heng-Timestamp header
   * @param signature the Heng-Signature header
   * @param body the raw body
   * @param status what the receiver answered
   */
  record Received(String eventId, String timestamp, String signature, String body, int status) {}

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger refusals;

  WebhookReceiver(int refusals) throws IOException {
    this.refusals = new AtomicInteger(refusals);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/hook",
        exchange -> {
          String body;
          try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          }
          int status = this.refusals.getAndDecrement() > 0 ? 503 : 204;
          received.add(
              new Received(
                  exchange.getRequestHeaders().getFirst("Heng-Event-Id"),
                  exchange.getRequestHeaders().getFirst("Heng-Timestamp"),
                  exchange.getRequestHeaders().getFirst("Heng-Signature"),
                  body,
                  status));
          if (status == 503) {
            exchange.getResponseHeaders().add("Retry-After", "0");
          }
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
  }

  /** The URL webhooks are posted to. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
