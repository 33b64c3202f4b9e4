package dev.heng.bootstrap.api;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * One HTTP/1.1 connection driven by hand, for what an HTTP client library does not let a test do:
 * writing several requests in one go and reading the answers one after another on the same
 * connection. Understands bodies sized by {@code Content-Length} or sent in chunks.
 */
final class RawHttpConnection implements Closeable {

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  private RawHttpConnection(Socket socket) throws IOException {
    this.socket = socket;
    this.in = new BufferedInputStream(socket.getInputStream());
    this.out = socket.getOutputStream();
  }

  /**
   * Connects to the service on this machine.
   *
   * @param timeout how long a read may wait before it fails with {@link
   *     java.net.SocketTimeoutException}
   */
  static RawHttpConnection open(int port, Duration timeout) throws IOException {
    Socket socket = new Socket();
    socket.connect(new InetSocketAddress("127.0.0.1", port), (int) timeout.toMillis());
    socket.setSoTimeout((int) timeout.toMillis());
    return new RawHttpConnection(socket);
  }

  /** A request line, headers and body, ready to send; {@code bearer} may be null. */
  static String request(String method, String path, String bearer, String jsonBody) {
    StringBuilder request = new StringBuilder();
    request.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
    request.append("Host: 127.0.0.1\r\n");
    if (bearer != null) {
      request.append("Authorization: Bearer ").append(bearer).append("\r\n");
    }
    byte[] body = jsonBody == null ? new byte[0] : jsonBody.getBytes(StandardCharsets.UTF_8);
    if (jsonBody != null) {
      request.append("Content-Type: application/json\r\n");
    }
    request.append("Content-Length: ").append(body.length).append("\r\n\r\n");
    if (jsonBody != null) {
      request.append(jsonBody);
    }
    return request.toString();
  }

  /** Writes the requests in one write. */
  void send(String requests) throws IOException {
    out.write(requests.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /**
   * Reads the next whole response and answers its status code.
   *
   * @throws IOException also when the response's end cannot be told: a body with neither {@code
   *     Content-Length} nor chunks
   */
  int readStatus() throws IOException {
    String head = readHead();
    int status = Integer.parseInt(head.substring(9, 12));
    String encoding = header(head, "transfer-encoding");
    String length = header(head, "content-length");
    if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
      skipChunks();
    } else if (length != null) {
      skip(Integer.parseInt(length));
    } else if (status != 204 && status != 304) {
      throw new IOException("a response with neither Content-Length nor chunks: " + head);
    }
    return status;
  }

  /** The value of the named header in the response head, or null when it has none. */
  private static String header(String head, String name) {
    for (String line : head.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
        return line.substring(colon + 1).strip();
      }
    }
    return null;
  }

  private String readHead() throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int next = readByte();
      head.write(next);
      matched = next == "\r\n\r\n".charAt(matched) ? matched + 1 : (next == '\r' ? 1 : 0);
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  private void skipChunks() throws IOException {
    while (true) {
      int size = Integer.parseInt(readLine().split(";", 2)[0].strip(), 16);
      if (size == 0) {
        while (!readLine().isEmpty()) {
          // trailer fields, if any
        }
        return;
      }
      skip(size);
      readLine();
    }
  }

  private String readLine() throws IOException {
    StringBuilder line = new StringBuilder();
    int next;
    while ((next = readByte()) != '\n') {
      if (next != '\r') {
        line.append((char) next);
      }
    }
    return line.toString();
  }

  private void skip(int bytes) throws IOException {
    for (int i = 0; i < bytes; i++) {
      readByte();
    }
  }

  private int readByte() throws IOException {
    int next = in.read();
    if (next < 0) {
      throw new IOException("the service closed the connection in the middle of a response");
    }
    return next;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
