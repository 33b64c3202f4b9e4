package dev.heng.bootstrap;

import dev.heng.application.port.in.AuthenticateCallerUseCase;
import dev.heng.application.port.in.CheckCapacityUseCase;
import dev.heng.application.port.in.CreateTenantUseCase;
import dev.heng.application.port.in.DiagnoseHealthUseCase;
import dev.heng.application.port.in.FindAgentScorecardUseCase;
import dev.heng.application.port.in.FindCustomerDifficultyUseCase;
import dev.heng.application.port.in.FindRecordUseCase;
import dev.heng.application.port.in.FindScoringConfigUseCase;
import dev.heng.application.port.in.FindTeamScorecardsUseCase;
import dev.heng.application.port.in.IngestRecordsUseCase;
import dev.heng.application.port.in.IssueAdminKeyUseCase;
import dev.heng.application.port.in.IssueApiKeyUseCase;
import dev.heng.application.port.in.ListApiKeysUseCase;
import dev.heng.application.port.in.ListRecordsUseCase;
import dev.heng.application.port.in.RevokeApiKeyUseCase;
import dev.heng.application.port.in.ScorePeriodUseCase;
import dev.heng.application.port.in.UpdateScoringConfigUseCase;
import dev.heng.application.port.out.ApiKeyStorePort;
import dev.heng.application.port.out.IndexKnowledgePort;
import dev.heng.application.port.out.LoadKnowledgeActivityPort;
import dev.heng.application.port.out.LoadMessageSentimentsPort;
import dev.heng.application.port.out.LoadRecordsPort;
import dev.heng.application.port.out.LoadScoringInputsPort;
import dev.heng.application.port.out.ScorecardStorePort;
import dev.heng.application.port.out.ScoringConfigStorePort;
import dev.heng.application.port.out.StoreRecordsPort;
import dev.heng.application.port.out.TenantStorePort;
import dev.heng.application.service.AuthenticateCallerService;
import dev.heng.application.service.CreateTenantService;
import dev.heng.application.service.DiagnoseHealthService;
import dev.heng.application.service.FindAgentScorecardService;
import dev.heng.application.service.FindCustomerDifficultyService;
import dev.heng.application.service.FindRecordService;
import dev.heng.application.service.FindScoringConfigService;
import dev.heng.application.service.FindTeamScorecardsService;
import dev.heng.application.service.IngestRecordsService;
import dev.heng.application.service.IssueAdminKeyService;
import dev.heng.application.service.IssueApiKeyService;
import dev.heng.application.service.ListApiKeysService;
import dev.heng.application.service.ListRecordsService;
import dev.heng.application.service.RevokeApiKeyService;
import dev.heng.application.service.ScorePeriodService;
import dev.heng.application.service.UpdateScoringConfigService;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.EnumFeature;

/** Wires the application's services to the adapters' ports. */
@Configuration(proxyBeanMethods = false)
class ServiceConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  SecureRandom secureRandom() {
    return new SecureRandom();
  }

  /** Enums travel in lower case ({@code "urgent"}), and are read in any case. */
  @Bean
  JsonMapperBuilderCustomizer lowerCaseEnums() {
    return builder ->
        builder
            .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS);
  }

  @Bean
  IngestRecordsUseCase ingestRecords(
      StoreRecordsPort store,
      LoadRecordsPort load,
      MeterRegistry registry,
      @Lazy IndexKnowledgePort knowledgeIndex,
      CheckCapacityUseCase checkCapacity) {
    IngestRecordsUseCase checked =
        new CapacityCheckingIngestRecords(new IngestRecordsService(store, load), checkCapacity);
    return new KnowledgeIndexingIngestRecords(
        new MeteredIngestRecords(checked, registry), knowledgeIndex);
  }

  @Bean
  FindRecordUseCase findRecord(LoadRecordsPort load) {
    return new FindRecordService(load);
  }

  @Bean
  ListRecordsUseCase listRecords(LoadRecordsPort load) {
    return new ListRecordsService(load);
  }

  @Bean
  AuthenticateCallerUseCase authenticateCaller(ApiKeyStorePort keys) {
    return new AuthenticateCallerService(keys);
  }

  @Bean
  CreateTenantUseCase createTenant(TenantStorePort tenants, SecureRandom random, Clock clock) {
    return new CreateTenantService(tenants, random, clock);
  }

  @Bean
  IssueApiKeyUseCase issueApiKey(
      ApiKeyStorePort keys, LoadRecordsPort records, SecureRandom random, Clock clock) {
    return new IssueApiKeyService(keys, records, random, clock);
  }

  @Bean
  IssueAdminKeyUseCase issueAdminKey(
      TenantStorePort tenants, ApiKeyStorePort keys, SecureRandom random, Clock clock) {
    return new IssueAdminKeyService(tenants, keys, random, clock);
  }

  @Bean
  ListApiKeysUseCase listApiKeys(ApiKeyStorePort keys) {
    return new ListApiKeysService(keys);
  }

  @Bean
  RevokeApiKeyUseCase revokeApiKey(ApiKeyStorePort keys, Clock clock) {
    return new RevokeApiKeyService(keys, clock);
  }

  /**
   * Where scoring runs compute: one thread per core, so a long run never occupies an event loop and
   * two runs at once share the cores.
   */
  @Bean(destroyMethod = "dispose")
  Scheduler scoringScheduler() {
    int cores = Runtime.getRuntime().availableProcessors();
    return Schedulers.newBoundedElastic(cores, 16, "heng-scoring");
  }

  @Bean
  ScorePeriodUseCase scorePeriod(
      LoadScoringInputsPort inputs,
      ScoringConfigStorePort configs,
      ScorecardStorePort scorecards,
      @Lazy LoadKnowledgeActivityPort knowledge,
      LoadMessageSentimentsPort sentiments,
      Scheduler scoringScheduler,
      Clock clock,
      CheckCapacityUseCase checkCapacity) {
    return new CapacityCheckingScorePeriod(
        new ScorePeriodService(
            inputs, configs, scorecards, knowledge, sentiments, scoringScheduler, clock),
        checkCapacity);
  }

  @Bean
  DiagnoseHealthUseCase diagnoseHealth(
      LoadScoringInputsPort inputs,
      ScoringConfigStorePort configs,
      @Lazy LoadKnowledgeActivityPort knowledge,
      LoadMessageSentimentsPort sentiments,
      Scheduler scoringScheduler) {
    return new DiagnoseHealthService(inputs, configs, knowledge, sentiments, scoringScheduler);
  }

  @Bean
  FindAgentScorecardUseCase findAgentScorecard(
      LoadRecordsPort records, ScorecardStorePort scorecards) {
    return new FindAgentScorecardService(records, scorecards);
  }

  @Bean
  FindTeamScorecardsUseCase findTeamScorecards(
      LoadRecordsPort records, ScorecardStorePort scorecards) {
    return new FindTeamScorecardsService(records, scorecards);
  }

  @Bean
  FindCustomerDifficultyUseCase findCustomerDifficulty(
      LoadRecordsPort records, ScorecardStorePort scorecards) {
    return new FindCustomerDifficultyService(records, scorecards);
  }

  @Bean
  FindScoringConfigUseCase findScoringConfig(ScoringConfigStorePort configs) {
    return new FindScoringConfigService(configs);
  }

  @Bean
  UpdateScoringConfigUseCase updateScoringConfig(ScoringConfigStorePort configs, Clock clock) {
    return new UpdateScoringConfigService(configs, clock);
  }
}
