package dev.heng.bootstrap.analysis;

import dev.heng.adapter.out.nlp.sentiment.CoreNlpSentimentAdapter;
import dev.heng.adapter.out.nlp.sentiment.SentimentSettings;
import dev.heng.application.port.in.AnalyseMessagesUseCase;
import dev.heng.application.port.in.MeasureEmotionRecoveryUseCase;
import dev.heng.application.port.in.ReanalyseMessagesUseCase;
import dev.heng.application.port.in.ReplayTrajectoryUseCase;
import dev.heng.application.port.out.AnalysisQueuePort;
import dev.heng.application.port.out.AnalyzeSentimentPort;
import dev.heng.application.port.out.LoadMessageSentimentsPort;
import dev.heng.application.port.out.LoadRecordsPort;
import dev.heng.application.service.AnalyseMessagesService;
import dev.heng.application.service.AnalysisPolicy;
import dev.heng.application.service.MeasureEmotionRecoveryService;
import dev.heng.application.service.ReanalyseMessagesService;
import dev.heng.application.service.ReplayTrajectoryService;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires conversation emotion: the CoreNLP analyser, the use case that works the analysis queue, the
 * workers the service starts, the {@code sentiment} health component that reports whether the model
 * is loaded, re-analysis, trajectory replay and agents' emotion recovery.
 */
@Configuration(proxyBeanMethods = false)
class SentimentConfiguration {

  @Bean(destroyMethod = "close")
  CoreNlpSentimentAdapter sentimentAdapter(
      @Value("${heng.sentiment.threads:0}") int threads,
      @Value("${heng.sentiment.max-chars:2000}") int maxChars) {
    int resolved = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    SentimentSettings defaults = SentimentSettings.defaults(resolved);
    return new CoreNlpSentimentAdapter(
        new SentimentSettings(resolved, maxChars, defaults.handling()));
  }

  @Bean
  AnalysisPolicy analysisPolicy(
      @Value("${heng.analysis.lease:PT5M}") Duration lease,
      @Value("${heng.analysis.max-attempts:5}") int maxAttempts,
      @Value("${heng.analysis.first-backoff:PT10S}") Duration firstBackoff,
      @Value("${heng.analysis.max-backoff:PT30M}") Duration maxBackoff) {
    return new AnalysisPolicy(lease, maxAttempts, firstBackoff, maxBackoff);
  }

  @Bean
  AnalyseMessagesUseCase analyseMessages(
      AnalysisQueuePort queue, AnalyzeSentimentPort sentiment, AnalysisPolicy policy, Clock clock) {
    return new AnalyseMessagesService(queue, sentiment, policy, clock);
  }

  @Bean
  ReplayTrajectoryUseCase replayTrajectory(
      LoadRecordsPort records, LoadMessageSentimentsPort sentiments) {
    return new ReplayTrajectoryService(records, sentiments);
  }

  @Bean
  MeasureEmotionRecoveryUseCase measureEmotionRecovery(LoadMessageSentimentsPort sentiments) {
    return new MeasureEmotionRecoveryService(sentiments);
  }

  @Bean
  ReanalyseMessagesUseCase reanalyseMessages(
      AnalysisQueuePort queue, AnalyzeSentimentPort sentiment) {
    return new ReanalyseMessagesService(queue, sentiment);
  }

  @Bean
  @ConditionalOnProperty(
      name = "heng.analysis.enabled",
      havingValue = "true",
      matchIfMissing = true)
  AnalysisWorkers analysisWorkers(
      AnalyseMessagesUseCase analyse,
      CoreNlpSentimentAdapter sentiment,
      AnalysisQueuePort queue,
      MeterRegistry registry,
      @Value("${heng.analysis.workers:0}") int workers,
      @Value("${heng.analysis.batch:8}") int batch) {
    // Two loops per core keep the annotation threads busy while the other loop's round finishes.
    int loops = workers > 0 ? workers : 2 * Runtime.getRuntime().availableProcessors();
    return new AnalysisWorkers(analyse, sentiment, queue, registry, loops, batch);
  }

  /**
   * Up once the model is loaded, out of service while the workers wait for it. It is not part of
   * the readiness group: intake does not need the model, and jobs wait in the queue meanwhile.
   */
  @Bean
  HealthIndicator sentimentHealthIndicator(
      CoreNlpSentimentAdapter sentiment,
      @Value("${heng.analysis.enabled:true}") boolean analysisEnabled) {
    return () -> {
      if (sentiment.ready()) {
        return Health.up().withDetail("analyser", sentiment.analyser().name()).build();
      }
      return analysisEnabled
          ? Health.outOfService().withDetail("model", "loading").build()
          : Health.up().withDetail("model", "not loaded, analysis disabled").build();
    };
  }
}
