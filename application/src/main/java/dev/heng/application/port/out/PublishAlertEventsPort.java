package dev.heng.application.port.out;

import dev.heng.domain.alert.AlertEvent;
import java.util.List;
import reactor.core.publisher.Mono;

/** Hands stored alert events to whoever listens live. */
public interface PublishAlertEventsPort {

  /**
   * Publishes the events, in order, to the current listeners; a listener that is too slow misses
   * events rather than holding up the publisher.
   *
   * @return a mono that completes once the events were handed over
   */
  Mono<Void> publish(List<AlertEvent> events);
}
