package dev.heng.application.port.in;

import reactor.core.publisher.Mono;

/** Issues tenant-admin keys on an operator's behalf. */
public interface IssueAdminKeyUseCase {

  /**
   * Issues (or registers the preset) admin key for the named tenant.
   *
   * @return a mono of the outcome; never empty
   */
  Mono<AdminKeyIssuance> issue(IssueAdminKeyCommand command);
}
