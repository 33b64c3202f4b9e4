package dev.heng.application.port.in;

import dev.heng.domain.alert.AlertEvent;
import reactor.core.publisher.Flux;

/**
 * The live events of alerts of the caller's tenant that the caller may see (by the same rule as
 * {@link ListAlertsUseCase}), from subscription on.
 */
public interface StreamAlertsUseCase {

  /**
   * @return a flux of events that never completes on its own; cancel it to stop
   */
  Flux<AlertEvent> stream(StreamAlertsQuery query);
}
