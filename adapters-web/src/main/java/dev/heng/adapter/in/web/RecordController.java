package dev.heng.adapter.in.web;

import dev.heng.application.port.in.FindRecordQuery;
import dev.heng.application.port.in.FindRecordUseCase;
import dev.heng.application.port.in.IngestRecordsCommand;
import dev.heng.application.port.in.IngestRecordsUseCase;
import dev.heng.application.port.in.IntakeLine;
import dev.heng.application.port.in.IntakeOutcome;
import dev.heng.application.port.in.LineViolation;
import dev.heng.application.port.in.ListOutcome;
import dev.heng.application.port.in.ListRecordsQuery;
import dev.heng.application.port.in.ListRecordsUseCase;
import dev.heng.application.port.in.RecordFilter;
import dev.heng.domain.access.Caller;
import dev.heng.domain.record.IntakeCounts;
import dev.heng.domain.record.RecordKind;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Intake and reading of the tenant's records: teams, agents, customers, tickets, ticket events,
 * knowledge articles and contribution records, each under its kind's path.
 */
@RestController
@RequestMapping("/api/v1")
class RecordController {

  private static final Logger log = LoggerFactory.getLogger(RecordController.class);

  private static final String NDJSON = "application/x-ndjson";

  private final IngestRecordsUseCase ingest;
  private final FindRecordUseCase find;
  private final ListRecordsUseCase list;
  private final RecordCodec codec;
  private final int maxBatchBytes;

  RecordController(
      IngestRecordsUseCase ingest,
      FindRecordUseCase find,
      ListRecordsUseCase list,
      RecordCodec codec,
      @Value("${heng.intake.max-batch-bytes:33554432}") int maxBatchBytes) {
    this.ingest = ingest;
    this.find = find;
    this.list = list;
    this.codec = codec;
    this.maxBatchBytes = maxBatchBytes;
  }

  @PutMapping(path = "/{kind}/{externalId}", consumes = "application/json")
  Mono<ResponseEntity<Object>> upsert(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String kind,
      @PathVariable String externalId,
      @RequestBody String body) {
    Optional<RecordKind> recordKind = RecordKind.fromPath(kind);
    if (recordKind.isEmpty()) {
      return Mono.just(unknownKind(kind));
    }

    IntakeLine line = codec.read(recordKind.get(), 1, body, externalId);
    return ingest
        .ingest(new IngestRecordsCommand(caller, recordKind.get(), List.of(line)))
        .map(outcome -> answer(outcome, true));
  }

  @PostMapping(path = "/intake/{kind}", consumes = NDJSON)
  Mono<ResponseEntity<Object>> intake(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String kind,
      @RequestBody Flux<DataBuffer> body,
      ServerWebExchange exchange) {
    Optional<RecordKind> recordKind = RecordKind.fromPath(kind);
    if (recordKind.isEmpty()) {
      return Mono.just(unknownKind(kind));
    }

    return DataBufferUtils.join(body, maxBatchBytes)
        .map(RecordController::drain)
        .defaultIfEmpty(new byte[0])
        .publishOn(Schedulers.parallel())
        .flatMap(bytes -> ingestBatch(caller, recordKind.get(), bytes, requestId(exchange)));
  }

  private Mono<ResponseEntity<Object>> ingestBatch(
      Caller caller, RecordKind kind, byte[] bytes, String requestId) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      return Mono.just(Problems.of(HttpStatus.BAD_REQUEST, "Invalid batch", "body is not UTF-8"));
    }
    List<IntakeLine> lines = new ArrayList<>();
    String[] physical = text.split("\n", -1);
    int nonBlank = 0;
    for (int i = 0; i < physical.length; i++) {
      String content = physical[i].strip();
      if (content.isEmpty()) {
        continue;
      }
      if (++nonBlank > IngestRecordsCommand.MAX_LINES) {
        return Mono.just(
            Problems.of(
                HttpStatus.CONTENT_TOO_LARGE,
                "Batch too large",
                "a batch holds at most " + IngestRecordsCommand.MAX_LINES + " lines"));
      }
      lines.add(codec.read(kind, i + 1, content, null));
    }
    if (lines.isEmpty()) {
      return Mono.just(
          Problems.of(HttpStatus.BAD_REQUEST, "Invalid batch", "the batch holds no records"));
    }

    long started = System.nanoTime();
    return ingest
        .ingest(new IngestRecordsCommand(caller, kind, lines))
        .doOnNext(
            outcome -> {
              if (outcome instanceof IntakeOutcome.Accepted accepted) {
                IntakeCounts counts = accepted.counts();
                log.info(
                    "request={} tenant={} stored {} batch: {} created, {} updated, {} unchanged"
                        + " in {} ms",
                    requestId,
                    caller.tenantId().value(),
                    kind.path(),
                    counts.created(),
                    counts.updated(),
                    counts.unchanged(),
                    (System.nanoTime() - started) / 1_000_000);
              }
            })
        .map(outcome -> answer(outcome, false));
  }

  @GetMapping("/{kind}/{externalId}")
  Mono<ResponseEntity<Object>> get(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String kind,
      @PathVariable String externalId) {
    Optional<RecordKind> recordKind = RecordKind.fromPath(kind);
    if (recordKind.isEmpty()) {
      return Mono.just(unknownKind(kind));
    }

    return find.find(new FindRecordQuery(caller, recordKind.get(), externalId))
        .map(record -> ResponseEntity.ok(codec.write(record)))
        .defaultIfEmpty(Problems.notFound(kind + " '" + externalId + "'"));
  }

  @GetMapping("/{kind}")
  Mono<ResponseEntity<Object>> list(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String kind,
      @RequestParam(required = false) String cursor,
      @RequestParam(defaultValue = "100") int limit,
      @RequestParam(required = false) String team,
      @RequestParam(required = false) String agent,
      @RequestParam(required = false) String customer,
      @RequestParam(required = false) String ticket,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String updatedSince) {
    Optional<RecordKind> recordKind = RecordKind.fromPath(kind);
    if (recordKind.isEmpty()) {
      return Mono.just(unknownKind(kind));
    }
    if (limit < 1 || limit > ListRecordsQuery.MAX_LIMIT) {
      return Mono.just(
          Problems.invalidParameter(
              "limit", "must be between 1 and " + ListRecordsQuery.MAX_LIMIT + ", was " + limit));
    }
    Map<String, Instant> times = new LinkedHashMap<>();
    Map<String, String> rawTimes = new LinkedHashMap<>();
    rawTimes.put("from", from);
    rawTimes.put("to", to);
    rawTimes.put("updatedSince", updatedSince);
    for (Map.Entry<String, String> raw : rawTimes.entrySet()) {
      if (raw.getValue() == null) {
        continue;
      }
      try {
        times.put(raw.getKey(), Instant.parse(raw.getValue()));
      } catch (DateTimeParseException e) {
        return Mono.just(
            Problems.invalidParameter(
                raw.getKey(), "must be an ISO-8601 UTC time such as 2026-11-30T00:00:00Z"));
      }
    }
    if (times.containsKey("from")
        && times.containsKey("to")
        && !times.get("from").isBefore(times.get("to"))) {
      return Mono.just(Problems.invalidParameter("to", "must be after from"));
    }

    RecordFilter filter =
        new RecordFilter(
            team,
            agent,
            customer,
            ticket,
            times.get("from"),
            times.get("to"),
            times.get("updatedSince"));
    return list.list(new ListRecordsQuery(caller, recordKind.get(), filter, cursor, limit))
        .map(
            outcome ->
                switch (outcome) {
                  case ListOutcome.Listed listed -> {
                    Map<String, Object> page = new LinkedHashMap<>();
                    page.put("items", listed.page().items().stream().map(codec::write).toList());
                    page.put("nextCursor", listed.page().nextCursor());
                    yield ResponseEntity.ok((Object) page);
                  }
                  case ListOutcome.Invalid invalid ->
                      Problems.invalidParameter(invalid.parameter(), invalid.reason());
                });
  }

  private static ResponseEntity<Object> answer(IntakeOutcome outcome, boolean single) {
    return switch (outcome) {
      case IntakeOutcome.Accepted accepted -> {
        IntakeCounts counts = accepted.counts();
        HttpStatus status = single && counts.created() == 1 ? HttpStatus.CREATED : HttpStatus.OK;
        yield ResponseEntity.status(status)
            .body(
                Map.of(
                    "created", counts.created(),
                    "updated", counts.updated(),
                    "unchanged", counts.unchanged()));
      }
      case IntakeOutcome.Rejected rejected -> {
        ProblemDetail problem =
            Problems.problem(
                HttpStatus.BAD_REQUEST,
                "Invalid records",
                rejected.violations().size()
                    + " line(s) are invalid; nothing of the batch was written");
        List<Map<String, Object>> errors = new ArrayList<>();
        for (LineViolation violation : rejected.violations()) {
          Map<String, Object> error = new LinkedHashMap<>();
          error.put("line", violation.line());
          error.put("field", violation.field());
          error.put("reason", violation.reason());
          errors.add(error);
        }
        problem.setProperty("errors", errors);
        yield Problems.respond(problem);
      }
      case IntakeOutcome.Forbidden forbidden ->
          Problems.of(HttpStatus.FORBIDDEN, "Forbidden", forbidden.reason());
    };
  }

  private static ResponseEntity<Object> unknownKind(String kind) {
    return Problems.of(
        HttpStatus.NOT_FOUND,
        "Not found",
        "there is no record kind '"
            + kind
            + "'; kinds are "
            + String.join(", ", Arrays.stream(RecordKind.values()).map(RecordKind::path).toList()));
  }

  private static String requestId(ServerWebExchange exchange) {
    return exchange.getResponse().getHeaders().getFirst(RequestLogFilter.REQUEST_ID_HEADER);
  }

  private static byte[] drain(DataBuffer buffer) {
    byte[] bytes = new byte[buffer.readableByteCount()];
    buffer.read(bytes);
    DataBufferUtils.release(buffer);
    return bytes;
  }
}
