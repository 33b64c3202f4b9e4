package dev.heng.application.port.out;

import java.time.Duration;

/**
 * What came back from a webhook post.
 *
 * @param statusCode the HTTP status, or null when the post failed before one came back
 * @param retryAfter the receiver's Retry-After, or null
 * @param error what went wrong (connection refused, timed out, refused address), or null
 */
public record WebhookResponse(Integer statusCode, Duration retryAfter, String error) {

  /** Whether the receiver took the event (a 2xx status). */
  public boolean delivered() {
    return statusCode != null && statusCode >= 200 && statusCode < 300;
  }
}
