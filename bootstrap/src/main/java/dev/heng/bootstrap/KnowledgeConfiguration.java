package dev.heng.bootstrap;

import dev.heng.adapter.out.nlp.knowledge.LuceneKnowledgeAdapter;
import dev.heng.application.port.in.FindArticleNeighboursUseCase;
import dev.heng.application.port.in.FindKnowledgeCreditUseCase;
import dev.heng.application.port.in.FindSimilarTicketsUseCase;
import dev.heng.application.port.in.FindSolutionPathsUseCase;
import dev.heng.application.port.in.SyncKnowledgeIndexUseCase;
import dev.heng.application.port.out.IndexKnowledgePort;
import dev.heng.application.port.out.LoadKnowledgeActivityPort;
import dev.heng.application.port.out.LoadRecordsPort;
import dev.heng.application.port.out.SearchKnowledgePort;
import dev.heng.application.port.out.TenantStorePort;
import dev.heng.application.service.FindArticleNeighboursService;
import dev.heng.application.service.FindKnowledgeCreditService;
import dev.heng.application.service.FindSimilarTicketsService;
import dev.heng.application.service.FindSolutionPathsService;
import dev.heng.application.service.SyncKnowledgeIndexService;
import dev.heng.domain.knowledge.KnowledgeCreditCalculator;
import dev.heng.domain.knowledge.KnowledgeCreditRules;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Wires the knowledge graph: the Lucene index under {@code heng.knowledge.index-dir}, on a bounded
 * scheduler of its own, and the services that read it.
 */
@Configuration(proxyBeanMethods = false)
class KnowledgeConfiguration {

  /** Lucene's blocking work runs here: as many threads as cores, at least two. */
  @Bean(destroyMethod = "dispose")
  Scheduler knowledgeScheduler() {
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    return Schedulers.newBoundedElastic(threads, 10_000, "knowledge");
  }

  /**
   * The index, opened on first use: the services receive lazy proxies of its ports, so a one-shot
   * command that never reads or writes knowledge (such as {@code tenant create} beside a running
   * service) does not take the index's write lock.
   */
  @Lazy
  @Bean(destroyMethod = "close")
  LuceneKnowledgeAdapter knowledgeIndex(
      @Value("${heng.knowledge.index-dir:./data/knowledge}") Path directory,
      Scheduler knowledgeScheduler) {
    return new LuceneKnowledgeAdapter(directory, knowledgeScheduler);
  }

  @Bean
  FindSimilarTicketsUseCase findSimilarTickets(
      LoadRecordsPort records, @Lazy SearchKnowledgePort index) {
    return new FindSimilarTicketsService(records, index);
  }

  @Bean
  FindSolutionPathsUseCase findSolutionPaths(
      LoadRecordsPort records, @Lazy SearchKnowledgePort index) {
    return new FindSolutionPathsService(records, index);
  }

  @Bean
  FindArticleNeighboursUseCase findArticleNeighbours(@Lazy SearchKnowledgePort index) {
    return new FindArticleNeighboursService(index);
  }

  @Bean
  FindKnowledgeCreditUseCase findKnowledgeCredit(
      LoadRecordsPort records, @Lazy LoadKnowledgeActivityPort index) {
    return new FindKnowledgeCreditService(
        records, index, new KnowledgeCreditCalculator(KnowledgeCreditRules.DEFAULT));
  }

  @Bean
  SyncKnowledgeIndexUseCase syncKnowledgeIndex(
      TenantStorePort tenants,
      LoadRecordsPort records,
      @Lazy IndexKnowledgePort index,
      Clock clock) {
    return new SyncKnowledgeIndexService(tenants, records, index, clock);
  }
}
