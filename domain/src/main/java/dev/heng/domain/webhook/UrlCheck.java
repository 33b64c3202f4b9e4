package dev.heng.domain.webhook;

import java.net.URI;

/** Whether a webhook URL may be used. */
public sealed interface UrlCheck {

  /**
   * The URL may be used.
   *
   * @param uri the parsed URL
   */
  record Accepted(URI uri) implements UrlCheck {}

  /**
   * The URL may not be used.
   *
   * @param reason why, readable by whoever registered it
   */
  record Refused(String reason) implements UrlCheck {}
}
