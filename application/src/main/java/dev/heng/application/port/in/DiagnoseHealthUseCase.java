package dev.heng.application.port.in;

import reactor.core.publisher.Mono;

/** Diagnoses a tenant's health for a quarter: quantity, teams, and the long term. */
public interface DiagnoseHealthUseCase {

  /**
   * Scores the quarter and each of its months with the tenant's configuration in force, without
   * storing anything, and diagnoses the caller's scope from them.
   *
   * @return a mono of the outcome; never empty. It signals a {@code StorageException} if the
   *     tenant's records cannot be read
   */
  Mono<Diagnosis> diagnose(DiagnoseHealthQuery query);
}
