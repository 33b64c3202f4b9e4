package dev.heng.application.port.in;

import reactor.core.publisher.Mono;

/** Issues API keys within a tenant. */
public interface IssueApiKeyUseCase {

  /**
   * Issues a key bound to the caller's tenant. An agent key must name an agent, and a team-lead key
   * a team, that the tenant has.
   *
   * @return a mono of the outcome; never empty
   */
  Mono<KeyIssuance> issue(IssueApiKeyCommand command);
}
