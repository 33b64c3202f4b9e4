package dev.heng.application.service;

import dev.heng.application.port.in.AttainmentRunOutcome;
import dev.heng.application.port.in.ComputeAttainmentCommand;
import dev.heng.application.port.in.ComputeAttainmentUseCase;
import dev.heng.application.port.in.RunAttainmentCommand;
import dev.heng.application.port.in.RunAttainmentUseCase;
import dev.heng.domain.access.Role;
import reactor.core.publisher.Mono;

/** Computes a range of hours of the caller's tenant, for tenant admins and integration clients. */
public final class RunAttainmentService implements RunAttainmentUseCase {

  private final ComputeAttainmentUseCase compute;

  /**
   * @throws IllegalArgumentException if compute is null
   */
  public RunAttainmentService(ComputeAttainmentUseCase compute) {
    if (compute == null) {
      throw new IllegalArgumentException("compute must not be null");
    }
    this.compute = compute;
  }

  @Override
  public Mono<AttainmentRunOutcome> run(RunAttainmentCommand command) {
    Role role = command.caller().role();
    if (role != Role.TENANT_ADMIN && role != Role.INTEGRATION_CLIENT) {
      return Mono.just(
          new AttainmentRunOutcome.Forbidden("role " + role + " may not compute attainment"));
    }
    return compute
        .compute(
            new ComputeAttainmentCommand(command.caller().tenantId(), command.from(), command.to()))
        .map(AttainmentRunOutcome.Computed::new);
  }
}
