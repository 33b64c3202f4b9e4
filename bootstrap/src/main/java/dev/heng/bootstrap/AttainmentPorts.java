package dev.heng.bootstrap;

import dev.heng.application.port.in.ComputeAttainmentUseCase;
import dev.heng.application.port.out.AlertStorePort;
import dev.heng.application.port.out.AnomalySettingsStorePort;
import dev.heng.application.port.out.AttainmentStorePort;
import dev.heng.application.port.out.LoadHourlyTicketsPort;
import dev.heng.application.port.out.PublishAlertEventsPort;
import dev.heng.application.port.out.ScoringConfigStorePort;
import dev.heng.application.service.ComputeAttainmentService;
import java.time.Clock;
import java.time.Duration;
import reactor.core.scheduler.Scheduler;

/**
 * The ports hourly attainment is computed with, so that the service and the alert evaluation build
 * the computation from the same parts, each with its own lookback.
 */
public record AttainmentPorts(
    LoadHourlyTicketsPort tickets,
    ScoringConfigStorePort configs,
    AttainmentStorePort attainment,
    AnomalySettingsStorePort anomaly,
    AlertStorePort alerts,
    PublishAlertEventsPort live) {

  /**
   * @throws IllegalArgumentException if a port is null
   */
  public AttainmentPorts {
    if (tickets == null
        || configs == null
        || attainment == null
        || anomaly == null
        || alerts == null
        || live == null) {
      throw new IllegalArgumentException("every attainment port must be set");
    }
  }

  /**
   * The computation on these ports.
   *
   * @param lookback how far before the current hour a tenant's first anomaly check starts
   * @throws IllegalArgumentException as {@link ComputeAttainmentService} does
   */
  public ComputeAttainmentUseCase compute(Scheduler computation, Duration lookback, Clock clock) {
    return new ComputeAttainmentService(
        tickets, configs, attainment, anomaly, alerts, live, computation, lookback, clock);
  }
}
