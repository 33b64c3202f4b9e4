package dev.heng.adapter.in.web;

import dev.heng.application.port.in.AlertListing;
import dev.heng.application.port.in.AlertSettingsLookup;
import dev.heng.application.port.in.AlertSettingsUpdate;
import dev.heng.application.port.in.AlertStatusChange;
import dev.heng.application.port.in.ChangeAlertStatusCommand;
import dev.heng.application.port.in.ChangeAlertStatusUseCase;
import dev.heng.application.port.in.FindAlertSettingsQuery;
import dev.heng.application.port.in.FindAlertSettingsUseCase;
import dev.heng.application.port.in.ListAlertsQuery;
import dev.heng.application.port.in.ListAlertsUseCase;
import dev.heng.application.port.in.StreamAlertsQuery;
import dev.heng.application.port.in.StreamAlertsUseCase;
import dev.heng.application.port.in.UpdateAlertSettingsCommand;
import dev.heng.application.port.in.UpdateAlertSettingsUseCase;
import dev.heng.domain.access.Caller;
import dev.heng.domain.alert.AlertChange;
import dev.heng.domain.alert.AlertKind;
import dev.heng.domain.alert.AlertStatus;
import dev.heng.domain.alert.AnomalySettings;
import dev.heng.domain.alert.CapacitySettings;
import dev.heng.domain.scoring.ConfigProblem;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Alerts: listing, acknowledging and resolving, the live stream, and the thresholds. */
@RestController
@RequestMapping("/api/v1/alerts")
class AlertController {

  private static final Logger log = LoggerFactory.getLogger(AlertController.class);

  /** How often an idle stream sends a comment, so proxies and clients keep it open. */
  private static final Duration HEARTBEAT = Duration.ofSeconds(15);

  private final ListAlertsUseCase list;
  private final ChangeAlertStatusUseCase change;
  private final StreamAlertsUseCase stream;
  private final FindAlertSettingsUseCase findSettings;
  private final UpdateAlertSettingsUseCase updateSettings;

  AlertController(
      ListAlertsUseCase list,
      ChangeAlertStatusUseCase change,
      StreamAlertsUseCase stream,
      FindAlertSettingsUseCase findSettings,
      UpdateAlertSettingsUseCase updateSettings) {
    this.list = list;
    this.change = change;
    this.stream = stream;
    this.findSettings = findSettings;
    this.updateSettings = updateSettings;
  }

  /** A page of alerts. */
  record AlertPageView(List<AlertView> items, String nextCursor) {}

  /** The thresholds and anomaly settings, and whether each are Heng's defaults. */
  record SettingsView(
      int rawThreshold, double weightedThreshold, boolean defaults, AnomalyView anomaly) {}

  /** The anomaly settings, and whether they are Heng's defaults. */
  record AnomalyView(
      double deviation, int weeks, int minVolume, int minBaselineVolume, boolean defaults) {

    static AnomalyView of(AnomalySettings settings, boolean defaults) {
      return new AnomalyView(
          settings.deviation(),
          settings.weeks(),
          settings.minVolume(),
          settings.minBaselineVolume(),
          defaults);
    }
  }

  /** New thresholds, and new anomaly settings when {@code anomaly} is given. */
  record SettingsRequest(Integer rawThreshold, Double weightedThreshold, AnomalyRequest anomaly) {}

  /** New anomaly settings; a field left out takes its default. */
  record AnomalyRequest(
      Double deviation, Integer weeks, Integer minVolume, Integer minBaselineVolume) {

    AnomalySettings settings() {
      return new AnomalySettings(
          deviationOrDefault(),
          weeksOrDefault(),
          minVolumeOrDefault(),
          minBaselineVolumeOrDefault());
    }

    /** The rules {@link #settings()} would break, each field named under {@code anomaly.}. */
    List<ConfigProblem> problems() {
      return AnomalySettings.problems(
              deviationOrDefault(),
              weeksOrDefault(),
              minVolumeOrDefault(),
              minBaselineVolumeOrDefault())
          .stream()
          .map(problem -> new ConfigProblem("anomaly." + problem.field(), problem.reason()))
          .toList();
    }

    private double deviationOrDefault() {
      return deviation == null ? AnomalySettings.DEFAULTS.deviation() : deviation;
    }

    private int weeksOrDefault() {
      return weeks == null ? AnomalySettings.DEFAULTS.weeks() : weeks;
    }

    private int minVolumeOrDefault() {
      return minVolume == null ? AnomalySettings.DEFAULTS.minVolume() : minVolume;
    }

    private int minBaselineVolumeOrDefault() {
      return minBaselineVolume == null
          ? AnomalySettings.DEFAULTS.minBaselineVolume()
          : minBaselineVolume;
    }
  }

  @GetMapping
  Mono<ResponseEntity<Object>> list(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String agent,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String cursor,
      @RequestParam(defaultValue = "100") int limit) {
    if (limit < 1 || limit > 1000) {
      return Mono.just(
          Problems.invalidParameter("limit", "must be between 1 and 1000, was " + limit));
    }
    AlertStatus statusFilter;
    AlertKind kindFilter;
    Instant fromTime;
    Instant toTime;
    try {
      statusFilter = status == null ? null : AlertStatus.valueOf(status.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return Mono.just(
          Problems.invalidParameter("status", "must be open, acknowledged or resolved"));
    }
    try {
      kindFilter = kind == null ? null : AlertKind.valueOf(kind.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return Mono.just(
          Problems.invalidParameter("kind", "must be capacity_raw, capacity_weighted or anomaly"));
    }
    try {
      fromTime = from == null ? null : Instant.parse(from);
    } catch (DateTimeParseException e) {
      return Mono.just(Problems.invalidParameter("from", "must be an ISO-8601 UTC time"));
    }
    try {
      toTime = to == null ? null : Instant.parse(to);
    } catch (DateTimeParseException e) {
      return Mono.just(Problems.invalidParameter("to", "must be an ISO-8601 UTC time"));
    }

    return list.list(
            new ListAlertsQuery(
                caller, statusFilter, kindFilter, agent, fromTime, toTime, cursor, limit))
        .map(
            listing ->
                switch (listing) {
                  case AlertListing.Listed listed ->
                      ResponseEntity.ok(
                          (Object)
                              new AlertPageView(
                                  listed.page().items().stream().map(AlertView::of).toList(),
                                  listed.page().nextCursor()));
                  case AlertListing.Invalid invalid ->
                      Problems.invalidParameter(invalid.parameter(), invalid.reason());
                });
  }

  // Known gap: a reconnecting listener gets no replay (Last-Event-ID is ignored), so it misses the
  // events of the gap unless it reads GET /api/v1/alerts after reconnecting.
  @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  Flux<ServerSentEvent<Object>> stream(@AuthenticationPrincipal Caller caller) {
    log.debug(
        "tenant={} key={} opened the alert stream", caller.tenantId().value(), caller.keyId());
    Flux<ServerSentEvent<Object>> events =
        stream.stream(new StreamAlertsQuery(caller))
            .map(
                event ->
                    ServerSentEvent.builder(
                            (Object)
                                Map.of(
                                    "eventId", event.eventId(),
                                    "type", event.type(),
                                    "occurredAt", event.occurredAt(),
                                    "alert", AlertView.of(event.alert())))
                        .id(event.eventId())
                        .event(event.type())
                        .build());
    Flux<ServerSentEvent<Object>> heartbeats =
        Flux.interval(HEARTBEAT)
            .map(tick -> ServerSentEvent.builder().comment("keep-alive").build());
    return Flux.merge(
        Flux.just(ServerSentEvent.builder().comment("connected").build()), events, heartbeats);
  }

  @GetMapping("/settings")
  Mono<ResponseEntity<Object>> settings(@AuthenticationPrincipal Caller caller) {
    return findSettings
        .find(new FindAlertSettingsQuery(caller))
        .map(
            lookup ->
                switch (lookup) {
                  case AlertSettingsLookup.Found found ->
                      ResponseEntity.ok(
                          (Object)
                              view(
                                  found.settings(),
                                  found.defaults(),
                                  AnomalyView.of(found.anomaly(), found.anomalyDefaults())));
                  case AlertSettingsLookup.Forbidden forbidden ->
                      Problems.of(HttpStatus.FORBIDDEN, "Forbidden", forbidden.reason());
                });
  }

  @PutMapping(path = "/settings", consumes = MediaType.APPLICATION_JSON_VALUE)
  Mono<ResponseEntity<Object>> updateSettings(
      @AuthenticationPrincipal Caller caller, @RequestBody SettingsRequest request) {
    ResponseEntity<Object> invalid = invalidSettings(request);
    if (invalid != null) {
      return Mono.just(invalid);
    }
    CapacitySettings settings =
        new CapacitySettings(request.rawThreshold(), request.weightedThreshold());
    AnomalySettings anomaly = request.anomaly() == null ? null : request.anomaly().settings();
    return updateSettings
        .update(new UpdateAlertSettingsCommand(caller, settings, anomaly))
        .map(
            update ->
                switch (update) {
                  case AlertSettingsUpdate.Saved saved -> {
                    log.info(
                        "tenant={} set capacity thresholds {} raw, {} weighted: {} raised, {}"
                            + " resolved",
                        caller.tenantId().value(),
                        saved.settings().rawThreshold(),
                        saved.settings().weightedThreshold(),
                        saved.check().raised(),
                        saved.check().resolved());
                    yield ResponseEntity.ok(
                        (Object)
                            view(
                                saved.settings(),
                                false,
                                AnomalyView.of(saved.anomaly(), saved.anomalyDefaults())));
                  }
                  case AlertSettingsUpdate.Forbidden forbidden ->
                      Problems.of(HttpStatus.FORBIDDEN, "Forbidden", forbidden.reason());
                });
  }

  @PostMapping("/{alertId}/acknowledge")
  Mono<ResponseEntity<Object>> acknowledge(
      @AuthenticationPrincipal Caller caller, @PathVariable String alertId) {
    return changeTo(caller, alertId, AlertChange.ACKNOWLEDGED);
  }

  @PostMapping("/{alertId}/resolve")
  Mono<ResponseEntity<Object>> resolve(
      @AuthenticationPrincipal Caller caller, @PathVariable String alertId) {
    return changeTo(caller, alertId, AlertChange.RESOLVED);
  }

  private Mono<ResponseEntity<Object>> changeTo(Caller caller, String alertId, AlertChange target) {
    long id = parseId(alertId);
    if (id <= 0) {
      return Mono.just(Problems.notFound("alert '" + alertId + "'"));
    }
    return change
        .change(new ChangeAlertStatusCommand(caller, id, target))
        .map(
            outcome ->
                switch (outcome) {
                  case AlertStatusChange.Changed changed ->
                      ResponseEntity.ok((Object) AlertView.of(changed.alert()));
                  case AlertStatusChange.NotFound notFound ->
                      Problems.notFound("alert '" + alertId + "'");
                  case AlertStatusChange.Forbidden forbidden ->
                      Problems.of(HttpStatus.FORBIDDEN, "Forbidden", forbidden.reason());
                  case AlertStatusChange.Conflict conflict ->
                      Problems.of(HttpStatus.CONFLICT, "Conflict", conflict.reason());
                });
  }

  /** The 400 naming the first field of the request that is missing or out of range, or null. */
  private static ResponseEntity<Object> invalidSettings(SettingsRequest request) {
    String thresholds = CapacitySettings.MIN_THRESHOLD + " to " + CapacitySettings.MAX_THRESHOLD;
    if (request == null || request.rawThreshold() == null) {
      return Problems.invalidParameter("rawThreshold", "is required, " + thresholds);
    }
    if (request.weightedThreshold() == null) {
      return Problems.invalidParameter("weightedThreshold", "is required, " + thresholds);
    }
    List<ConfigProblem> problems =
        new ArrayList<>(
            CapacitySettings.problems(request.rawThreshold(), request.weightedThreshold()));
    if (request.anomaly() != null) {
      problems.addAll(request.anomaly().problems());
    }
    if (problems.isEmpty()) {
      return null;
    }
    return Problems.invalidParameter(problems.getFirst().field(), problems.getFirst().reason());
  }

  private static long parseId(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static SettingsView view(
      CapacitySettings settings, boolean defaults, AnomalyView anomaly) {
    return new SettingsView(
        settings.rawThreshold(), settings.weightedThreshold(), defaults, anomaly);
  }
}
