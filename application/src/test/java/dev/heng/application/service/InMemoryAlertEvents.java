package dev.heng.application.service;

import dev.heng.application.port.out.PublishAlertEventsPort;
import dev.heng.application.port.out.WatchAlertEventsPort;
import dev.heng.domain.alert.AlertEvent;
import java.util.ArrayList;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/** Live alert events in memory: what was published, and a flux of it for watchers. */
final class InMemoryAlertEvents implements PublishAlertEventsPort, WatchAlertEventsPort {

  private final Sinks.Many<AlertEvent> sink = Sinks.many().replay().all();
  private final List<AlertEvent> published = new ArrayList<>();

  @Override
  public synchronized Mono<Void> publish(List<AlertEvent> events) {
    return Mono.fromRunnable(
        () -> {
          for (AlertEvent event : events) {
            published.add(event);
            sink.tryEmitNext(event);
          }
        });
  }

  @Override
  public Flux<AlertEvent> watch() {
    return sink.asFlux();
  }

  /** Every event published so far, in order. */
  synchronized List<AlertEvent> published() {
    return List.copyOf(published);
  }
}
