package dev.heng.application.port.out;

import dev.heng.domain.alert.AlertEvent;
import reactor.core.publisher.Flux;

/** Listens to alert events as they are published. */
public interface WatchAlertEventsPort {

  /**
   * Every alert event of every tenant published from the moment of subscription on; never completes
   * on its own.
   */
  Flux<AlertEvent> watch();
}
