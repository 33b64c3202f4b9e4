package dev.heng.application.port.in;

import dev.heng.domain.access.ApiKey;
import dev.heng.domain.access.ApiKeyToken;

/** What came of asking for a new API key. */
public sealed interface KeyIssuance {

  /**
   * The key exists.
   *
   * @param key the stored key
   * @param token its token: shown to its owner once, never stored
   */
  record Issued(ApiKey key, ApiKeyToken token) implements KeyIssuance {}

  /**
   * The request was invalid, such as an agent key without an agent the tenant has.
   *
   * @param field the field at fault
   * @param reason what is wrong
   */
  record Invalid(String field, String reason) implements KeyIssuance {}

  /**
   * The caller may not manage keys.
   *
   * @param reason why
   */
  record Forbidden(String reason) implements KeyIssuance {}
}
