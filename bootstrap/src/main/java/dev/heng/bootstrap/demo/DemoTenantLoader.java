package dev.heng.bootstrap.demo;

import dev.heng.application.port.in.AdminKeyIssuance;
import dev.heng.application.port.in.AttainmentRun;
import dev.heng.application.port.in.ComputeAttainmentCommand;
import dev.heng.application.port.in.ComputeAttainmentUseCase;
import dev.heng.application.port.in.CreateTenantCommand;
import dev.heng.application.port.in.CreateTenantUseCase;
import dev.heng.application.port.in.IngestRecordsUseCase;
import dev.heng.application.port.in.IssueAdminKeyCommand;
import dev.heng.application.port.in.IssueAdminKeyUseCase;
import dev.heng.application.port.in.ScorePeriodCommand;
import dev.heng.application.port.in.ScorePeriodUseCase;
import dev.heng.application.port.in.ScoringRun;
import dev.heng.application.port.in.TenantCreation;
import dev.heng.bootstrap.intake.BatchedIntake;
import dev.heng.domain.access.ApiKeyToken;
import dev.heng.domain.access.Caller;
import dev.heng.domain.access.Role;
import dev.heng.domain.record.IntakeCounts;
import dev.heng.domain.record.IntakeRecord;
import dev.heng.domain.record.RecordKind;
import dev.heng.domain.scoring.ScoringPeriod;
import dev.heng.domain.simulation.SimulationParameters;
import dev.heng.domain.simulation.SyntheticTenant;
import dev.heng.domain.simulation.SyntheticTenantGenerator;
import dev.heng.domain.tenant.Tenant;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Fills the tenant {@code demo} with generated data once the service is up, through the same intake
 * use case integrators reach over HTTP. On first start it creates the tenant and logs its admin key
 * (or registers {@code HENG_BOOTSTRAP_ADMIN_KEY}); on later starts it sends the same data again,
 * which intake recognises as unchanged, so an interrupted load completes itself. The generator's
 * hidden values (agent skill, customer difficulty) go to a file beside the database, never into the
 * tenant's records.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "heng.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoTenantLoader {

  private static final Logger log = LoggerFactory.getLogger(DemoTenantLoader.class);

  static final String TENANT = "demo";

  private final CreateTenantUseCase createTenant;
  private final IssueAdminKeyUseCase issueAdminKey;
  private final IngestRecordsUseCase ingest;
  private final ScorePeriodUseCase scorePeriod;
  private final ComputeAttainmentUseCase computeAttainment;
  private final String presetKey;
  private final long seed;
  private final Path truthFile;

  DemoTenantLoader(
      CreateTenantUseCase createTenant,
      IssueAdminKeyUseCase issueAdminKey,
      IngestRecordsUseCase ingest,
      ScorePeriodUseCase scorePeriod,
      ComputeAttainmentUseCase computeAttainment,
      @Value("${heng.bootstrap-admin-key:}") String presetKey,
      @Value("${heng.demo.seed:20261101}") long seed,
      @Value("${heng.demo.truth-file:./data/demo-hidden-truth.csv}") Path truthFile) {
    this.createTenant = createTenant;
    this.issueAdminKey = issueAdminKey;
    this.ingest = ingest;
    this.scorePeriod = scorePeriod;
    this.computeAttainment = computeAttainment;
    this.presetKey = presetKey.strip();
    this.seed = seed;
    this.truthFile = truthFile;
  }

  @EventListener(ApplicationReadyEvent.class)
  void loadInBackground() {
    ApiKeyToken preset;
    try {
      preset = presetKey.isEmpty() ? null : new ApiKeyToken(presetKey);
    } catch (IllegalArgumentException e) {
      log.error(
          "HENG_BOOTSTRAP_ADMIN_KEY is unusable ({}); the demo tenant is not loaded",
          e.getMessage());
      return;
    }
    tenantAndKey(preset)
        .flatMap(
            admin ->
                load(admin)
                    .then(Mono.defer(() -> score(admin)))
                    .then(Mono.defer(() -> attainment(admin))))
        .subscribeOn(Schedulers.boundedElastic())
        .subscribe(
            unused -> {},
            error -> log.error("Loading the demo tenant failed; restart to try again", error));
  }

  private Mono<Caller> tenantAndKey(ApiKeyToken preset) {
    return createTenant
        .create(new CreateTenantCommand(TENANT, preset))
        .flatMap(
            outcome ->
                switch (outcome) {
                  case TenantCreation.Created created -> {
                    if (preset == null) {
                      log.info(
                          "Created tenant '{}'. Its admin API key, shown only this once: {}",
                          TENANT,
                          created.token().text());
                    } else {
                      log.info(
                          "Created tenant '{}' with the admin key from HENG_BOOTSTRAP_ADMIN_KEY"
                              + " (key id {})",
                          TENANT,
                          created.adminKey().keyId());
                    }
                    yield Mono.just(admin(created.tenant(), created.adminKey().keyId()));
                  }
                  case TenantCreation.NameTaken taken -> existingTenant(preset);
                });
  }

  private Mono<Caller> existingTenant(ApiKeyToken preset) {
    if (preset == null) {
      log.info(
          "Tenant '{}' exists; its admin key was logged when it was created. Issue another with"
              + " './heng tenant key {}'",
          TENANT,
          TENANT);
    }
    return issueAdminKey
        .issue(new IssueAdminKeyCommand(TENANT, preset))
        .flatMap(
            outcome ->
                switch (outcome) {
                  case AdminKeyIssuance.Issued issued -> {
                    if (preset != null) {
                      log.info(
                          "Registered HENG_BOOTSTRAP_ADMIN_KEY for tenant '{}' (key id {})",
                          TENANT,
                          issued.key().keyId());
                    }
                    yield Mono.just(admin(issued.tenant(), issued.key().keyId()));
                  }
                  case AdminKeyIssuance.AlreadyRegistered registered ->
                      Mono.just(admin(registered.tenant(), registered.keyId()));
                  case AdminKeyIssuance.Conflict conflict -> {
                    log.error(
                        "HENG_BOOTSTRAP_ADMIN_KEY (key id {}) belongs to another tenant; the demo"
                            + " tenant is not loaded",
                        conflict.keyId());
                    yield Mono.empty();
                  }
                  case AdminKeyIssuance.UnknownTenant unknown -> Mono.empty();
                });
  }

  private static Caller admin(Tenant tenant, String keyId) {
    return new Caller(tenant.id(), keyId, Role.TENANT_ADMIN, null, null);
  }

  private Mono<IntakeCounts> load(Caller admin) {
    long started = System.nanoTime();
    SyntheticTenant data =
        new SyntheticTenantGenerator().generate(SimulationParameters.defaults(seed));
    log.info(
        "Generated the demo data (seed {}) in {} ms: {} agents, {} customers, {} tickets, {}"
            + " events",
        seed,
        (System.nanoTime() - started) / 1_000_000,
        data.agents().size(),
        data.customers().size(),
        data.tickets().size(),
        data.events().size());
    writeTruth(data);

    Map<RecordKind, List<? extends IntakeRecord>> byKind = new LinkedHashMap<>();
    byKind.put(RecordKind.TEAMS, data.teams());
    byKind.put(RecordKind.AGENTS, data.agents());
    byKind.put(RecordKind.CUSTOMERS, data.customers());
    byKind.put(RecordKind.TICKETS, data.tickets());
    byKind.put(RecordKind.TICKET_EVENTS, data.events());
    byKind.put(RecordKind.ARTICLES, data.articles());
    byKind.put(RecordKind.CONTRIBUTIONS, data.contributions());
    return Flux.fromIterable(byKind.entrySet())
        .concatMap(
            entry -> BatchedIntake.ingest(ingest, admin, entry.getKey(), entry.getValue(), "Demo"))
        .reduce(IntakeCounts::plus)
        .doOnNext(
            total ->
                log.info(
                    "Demo tenant loaded in {} ms: {} created, {} updated, {} unchanged",
                    (System.nanoTime() - started) / 1_000_000,
                    total.created(),
                    total.updated(),
                    total.unchanged()));
  }

  /** Scores the demo's month, so that scorecards can be read as soon as the demo is loaded. */
  private Mono<ScoringRun> score(Caller admin) {
    ScoringPeriod month =
        new ScoringPeriod(ScoringPeriod.Unit.MONTH, SimulationParameters.DEFAULT_START);
    long started = System.nanoTime();
    return scorePeriod
        .score(new ScorePeriodCommand(admin, month))
        .doOnNext(
            run -> {
              if (run instanceof ScoringRun.Completed completed) {
                log.info(
                    "Scored the demo tenant's {}: {} scorecards, {} customers graded, {} tickets in"
                        + " {} ms",
                    completed.period(),
                    completed.agents(),
                    completed.customers(),
                    completed.tickets(),
                    (System.nanoTime() - started) / 1_000_000);
              }
            });
  }

  /**
   * Computes the demo's hours, from its first day to a week after its last (tickets raised late are
   * answered and resolved after it), and checks them for anomalies.
   */
  private Mono<AttainmentRun> attainment(Caller admin) {
    Instant from = SimulationParameters.DEFAULT_START.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant to = from.plus(Duration.ofDays(SimulationParameters.DEFAULT_DAYS + 7L));
    long started = System.nanoTime();
    return computeAttainment
        .compute(new ComputeAttainmentCommand(admin.tenantId(), from, to))
        .doOnNext(
            run ->
                log.info(
                    "Computed the demo tenant's hourly attainment: {} subject-hours from {}"
                        + " tickets, {} hours checked, {} anomaly alerts raised, {} resolved in {}"
                        + " ms",
                    run.hours(),
                    run.tickets(),
                    run.hoursChecked(),
                    run.raised(),
                    run.resolved(),
                    (System.nanoTime() - started) / 1_000_000));
  }

  private void writeTruth(SyntheticTenant data) {
    try {
      HiddenTruthFile.write(truthFile, data.truth());
      log.info("Wrote the demo's hidden values for evaluations to {}", truthFile.toAbsolutePath());
    } catch (IOException e) {
      log.warn("Could not write the demo's hidden values to {}: {}", truthFile, e.toString());
    }
  }
}
