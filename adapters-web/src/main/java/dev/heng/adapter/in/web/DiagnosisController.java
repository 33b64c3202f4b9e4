package dev.heng.adapter.in.web;

import dev.heng.application.port.in.DiagnoseHealthQuery;
import dev.heng.application.port.in.DiagnoseHealthUseCase;
import dev.heng.application.port.in.Diagnosis;
import dev.heng.domain.access.Caller;
import dev.heng.domain.scoring.ScoringPeriod;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The periodic health diagnosis of a quarter. */
@RestController
@RequestMapping("/api/v1")
class DiagnosisController {

  private static final Logger log = LoggerFactory.getLogger(DiagnosisController.class);

  private static final Pattern QUARTER = Pattern.compile("\\d{4}-Q[1-4]");

  private final DiagnoseHealthUseCase diagnose;
  private final DiagnosisMapper mapper;

  DiagnosisController(DiagnoseHealthUseCase diagnose, DiagnosisMapper mapper) {
    this.diagnose = diagnose;
    this.mapper = mapper;
  }

  // Known gap: the quarter and its three months are scored within the request, about four
  // scoring runs of work, so a very large tenant waits long on the answer; nothing is cached.
  @GetMapping("/diagnosis")
  Mono<ResponseEntity<Object>> diagnosis(
      @AuthenticationPrincipal Caller caller, @RequestParam(required = false) String quarter) {
    if (quarter == null || quarter.isBlank()) {
      return Mono.just(Problems.invalidParameter("quarter", "is required, such as 2026-Q4"));
    }
    if (!QUARTER.matcher(quarter).matches()) {
      return Mono.just(
          Problems.invalidParameter(
              "quarter", "must look like 2026-Q4 (Q1 to Q4), was '" + quarter + "'"));
    }
    ScoringPeriod period = ScoringPeriod.parse(quarter);
    long started = System.nanoTime();
    return diagnose
        .diagnose(new DiagnoseHealthQuery(caller, period))
        .map(
            outcome ->
                switch (outcome) {
                  case Diagnosis.Diagnosed diagnosed -> {
                    log.debug(
                        "tenant={} diagnosed {} for {} agents in {} ms",
                        caller.tenantId().value(),
                        period.label(),
                        diagnosed.diagnosis().agents(),
                        (System.nanoTime() - started) / 1_000_000);
                    yield ResponseEntity.ok((Object) mapper.toView(diagnosed.diagnosis()));
                  }
                  case Diagnosis.Forbidden forbidden ->
                      Problems.of(HttpStatus.FORBIDDEN, "Forbidden", forbidden.reason());
                });
  }
}
