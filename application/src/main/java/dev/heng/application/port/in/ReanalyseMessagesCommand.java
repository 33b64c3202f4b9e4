package dev.heng.application.port.in;

import dev.heng.domain.access.Caller;

/**
 * Asks for the tenant's message history to be analysed again by the current analyser.
 *
 * @param caller who asks; only a tenant admin may
 */
public record ReanalyseMessagesCommand(Caller caller) {

  public ReanalyseMessagesCommand {
    if (caller == null) {
      throw new IllegalArgumentException("caller must not be null");
    }
  }
}
