package dev.heng.adapter.in.web;

import dev.heng.application.port.out.PublishAlertEventsPort;
import dev.heng.application.port.out.WatchAlertEventsPort;
import dev.heng.domain.alert.AlertEvent;
import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Hands alert events to the live streams of this process. Each listener buffers up to {@link
 * #BUFFER} events; one that falls further behind loses its oldest events instead of holding up
 * intake.
 */
@Component
class LiveAlertHub implements PublishAlertEventsPort, WatchAlertEventsPort {

  /** How many events one slow listener may fall behind. */
  static final int BUFFER = 1024;

  private final Sinks.Many<AlertEvent> sink = Sinks.many().multicast().directBestEffort();

  // Known gap: events reach only the streams of the process that stored them, so with several
  // instances a stream sees the alerts raised by its own instance (webhooks are not affected), and
  // a listener more than BUFFER events behind loses the oldest.
  @Override
  public Mono<Void> publish(List<AlertEvent> events) {
    return Mono.fromRunnable(
        () -> {
          synchronized (sink) {
            for (AlertEvent event : events) {
              sink.tryEmitNext(event);
            }
          }
        });
  }

  @Override
  public Flux<AlertEvent> watch() {
    return sink.asFlux().onBackpressureBuffer(BUFFER, BufferOverflowStrategy.DROP_OLDEST);
  }
}
