package dev.heng.bootstrap.bench;

import dev.heng.adapter.out.nlp.sentiment.CoreNlpSentimentAdapter;
import dev.heng.adapter.out.nlp.sentiment.SentimentSettings;
import dev.heng.adapter.out.nlp.sentiment.TextHandling;
import dev.heng.application.port.in.AnalyseMessagesUseCase;
import dev.heng.application.port.in.CreateTenantCommand;
import dev.heng.application.port.in.CreateTenantUseCase;
import dev.heng.application.port.in.TenantCreation;
import dev.heng.application.port.out.AnalysisQueuePort;
import dev.heng.application.port.out.StoreRecordsPort;
import dev.heng.bootstrap.analysis.AnalysisWorkers;
import dev.heng.bootstrap.cli.CommandOptions;
import dev.heng.bootstrap.cli.Console;
import dev.heng.bootstrap.cli.OneShotCommand;
import dev.heng.domain.record.ActorType;
import dev.heng.domain.record.Channel;
import dev.heng.domain.record.EventType;
import dev.heng.domain.record.IntakeRecord;
import dev.heng.domain.record.Priority;
import dev.heng.domain.record.RecordKind;
import dev.heng.domain.record.Ticket;
import dev.heng.domain.record.TicketEvent;
import dev.heng.domain.tenant.TenantId;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code bench sentiment --messages N}: stores N generated customer messages through the intake
 * port into PostgreSQL (which queues their analysis in the same transaction), runs the service's
 * analysis workers with every core until the queue is empty, and prints messages per second end to
 * end. In the same run it annotates the same texts directly with CoreNLP on the same number of
 * threads, and prints that rate, the heap in use and, last, {@code ratio: <queue / raw>}. A warm-up
 * of 200 messages through the raw path runs first and is not counted.
 */
@Component
class SentimentBenchmark implements OneShotCommand {

  private static final Logger log = LoggerFactory.getLogger(SentimentBenchmark.class);

  private static final int BATCH = 1_000;
  private static final int WARM_UP = 200;
  private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");
  private static final List<String> OPENINGS =
      List.of(
          "Hi, my order has not arrived yet.",
          "I was charged twice for the same subscription.",
          "The app keeps crashing when I try to log in.",
          "My flight was cancelled and nobody told me why.",
          "Thanks for the quick reply yesterday.",
          "I still have not received my refund after two weeks.",
          "Can you help me change the delivery address?",
          "The replacement part works perfectly now.");
  private static final List<String> DETAILS =
      List.of(
          "I have been waiting on hold for an hour.",
          "The tracking page shows no update since Monday.",
          "Your colleague promised to call me back but never did.",
          "It is the third time this happens this month.",
          "Everything else about the service has been great.",
          "Please let me know what information you need.",
          "This is really frustrating and I want it fixed today.",
          "I appreciate the help so far.");

  private final CreateTenantUseCase createTenant;
  private final StoreRecordsPort store;
  private final AnalyseMessagesUseCase analyse;
  private final AnalysisQueuePort queue;
  private final CoreNlpSentimentAdapter sentiment;
  private final Environment environment;

  SentimentBenchmark(
      CreateTenantUseCase createTenant,
      StoreRecordsPort store,
      AnalyseMessagesUseCase analyse,
      AnalysisQueuePort queue,
      CoreNlpSentimentAdapter sentiment,
      Environment environment) {
    this.createTenant = createTenant;
    this.store = store;
    this.analyse = analyse;
    this.queue = queue;
    this.sentiment = sentiment;
    this.environment = environment;
  }

  @Override
  public String name() {
    return "bench sentiment";
  }

  @Override
  public String usage() {
    return "bench sentiment --messages N [--workers W] [--batch B]   (needs HENG_DB_URL on"
        + " PostgreSQL)";
  }

  @Override
  public int run(ApplicationArguments arguments) throws Exception {
    int messages = CommandOptions.intOption(arguments, "messages", 2_000);
    int threads = Runtime.getRuntime().availableProcessors();
    int workers = CommandOptions.intOption(arguments, "workers", threads * 2);
    int batch = CommandOptions.intOption(arguments, "batch", 8);
    String jdbcUrl = environment.getProperty("spring.flyway.url", "");
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      Console.line("error: bench sentiment needs PostgreSQL: set HENG_DB_URL, for example");
      Console.line("       HENG_DB_URL=postgresql://127.0.0.1:5432/heng_bench");
      return 2;
    }
    if (messages < 1 || messages > 1_000_000) {
      Console.line("error: --messages must be 1..1000000");
      return 2;
    }
    Psql psql =
        new Psql(
            "postgresql://" + jdbcUrl.substring("jdbc:postgresql://".length()),
            environment.getProperty("spring.flyway.user"),
            environment.getProperty("spring.flyway.password"));
    psql.run("SELECT 1");
    String tenantName = "bench-sentiment-" + Instant.now().toEpochMilli();
    TenantCreation created =
        createTenant.create(new CreateTenantCommand(tenantName, null)).toFuture().join();
    if (!(created instanceof TenantCreation.Created tenant)) {
      Console.line("error: could not create the benchmark tenant " + tenantName);
      return 1;
    }
    TenantId tenantId = tenant.tenant().id();
    List<String> texts = texts(messages);

    sentiment.load().toFuture().join();
    try (CoreNlpSentimentAdapter raw =
        new CoreNlpSentimentAdapter(
            new SentimentSettings(threads, 100_000, EnumSet.noneOf(TextHandling.class)))) {
      rawRate(raw, texts.subList(0, Math.min(WARM_UP, texts.size())), threads);

      long queueStarted = System.nanoTime();
      AnalysisWorkers running =
          new AnalysisWorkers(analyse, sentiment, queue, new SimpleMeterRegistry(), workers, batch);
      running.start();
      try {
        ingest(tenantId, texts);
        awaitEmptyQueue();
      } finally {
        running.stop();
      }
      double queueSeconds = (System.nanoTime() - queueStarted) / 1e9;

      double rawSeconds = rawRate(raw, texts, threads);
      long heapUsed = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();

      double queueRate = messages / queueSeconds;
      double rawRate = messages / rawSeconds;
      Console.figure("messages", messages);
      Console.figure("threads", threads);
      Console.figure("workers", workers + " x " + batch);
      Console.figure("queue_seconds", format(queueSeconds));
      Console.figure("queue_messages_per_second", format(queueRate));
      Console.figure("raw_seconds", format(rawSeconds));
      Console.figure("raw_messages_per_second", format(rawRate));
      Console.figure("heap_used_mb", heapUsed / (1024 * 1024));
      Console.figure("ratio", format(queueRate / rawRate));
    } finally {
      long id = tenantId.value();
      psql.run("DELETE FROM message_sentiments WHERE tenant_id = " + id);
      psql.run("DELETE FROM analysis_jobs WHERE tenant_id = " + id);
      psql.run("DELETE FROM ticket_events WHERE tenant_id = " + id);
      psql.run("DELETE FROM tickets WHERE tenant_id = " + id);
    }
    return 0;
  }

  private void ingest(TenantId tenantId, List<String> texts) {
    int tickets = (texts.size() + 3) / 4;
    List<IntakeRecord> ticketRecords = new ArrayList<>(tickets);
    for (int t = 0; t < tickets; t++) {
      ticketRecords.add(
          new Ticket(
              "bt-" + t,
              "bc-" + t % 50,
              "ba-" + t % 10,
              Channel.CHAT,
              "billing",
              Priority.NORMAL,
              START,
              null,
              null,
              0,
              null,
              false,
              false,
              null,
              null,
              null,
              null));
    }
    for (int from = 0; from < tickets; from += BATCH) {
      store
          .store(
              tenantId,
              RecordKind.TICKETS,
              ticketRecords.subList(from, Math.min(tickets, from + BATCH)))
          .toFuture()
          .join();
    }
    List<IntakeRecord> events = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      events.add(
          new TicketEvent(
              "bm-" + i,
              "bt-" + i / 4,
              EventType.MESSAGE,
              START.plusSeconds(i),
              ActorType.CUSTOMER,
              "bc-" + (i / 4) % 50,
              texts.get(i),
              null,
              null,
              null,
              null,
              null,
              null));
    }
    for (int from = 0; from < events.size(); from += BATCH) {
      store
          .store(
              tenantId,
              RecordKind.TICKET_EVENTS,
              events.subList(from, Math.min(events.size(), from + BATCH)))
          .toFuture()
          .join();
    }
    log.info("Stored {} messages; waiting for the workers", texts.size());
  }

  private void awaitEmptyQueue() throws InterruptedException {
    while (true) {
      long waiting = queue.backlog().toFuture().orTimeout(1, TimeUnit.MINUTES).join().waiting();
      if (waiting == 0) {
        return;
      }
      Thread.sleep(100);
    }
  }

  private static double rawRate(CoreNlpSentimentAdapter raw, List<String> texts, int threads) {
    long started = System.nanoTime();
    Flux.fromIterable(texts)
        .flatMap(
            text -> raw.plainProbabilities(text).onErrorResume(error -> Mono.empty()), threads * 2)
        .then()
        .toFuture()
        .join();
    return (System.nanoTime() - started) / 1e9;
  }

  private static List<String> texts(int count) {
    SplittableRandom random = new SplittableRandom(7);
    List<String> texts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      texts.add(
          OPENINGS.get(random.nextInt(OPENINGS.size()))
              + " "
              + DETAILS.get(random.nextInt(DETAILS.size()))
              + " Order "
              + (100_000 + random.nextInt(900_000))
              + ".");
    }
    return texts;
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
