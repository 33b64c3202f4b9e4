package dev.heng.bootstrap.bench;

import dev.heng.application.port.in.CreateTenantCommand;
import dev.heng.application.port.in.CreateTenantUseCase;
import dev.heng.application.port.in.TenantCreation;
import dev.heng.bootstrap.cli.CommandOptions;
import dev.heng.bootstrap.cli.Console;
import dev.heng.bootstrap.cli.OneShotCommand;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code bench intake --events N}: sends N generated ticket events through the HTTP bulk endpoint
 * into PostgreSQL and, in the same run, loads exactly the rows the API wrote with {@code psql
 * \copy} into a scratch table of the same shape (indexes included). Prints both rates and their
 * ratio, last, as {@code ratio: <api / copy>}.
 */
@Component
class IntakeBenchmark implements OneShotCommand {

  private static final Logger log = LoggerFactory.getLogger(IntakeBenchmark.class);

  private static final int BATCH_LINES = 10_000;
  private static final int EVENTS_PER_TICKET = 10;
  private static final String EVENT_COLUMNS =
      "tenant_id, external_id, content_hash, stored_at, modified_at, ticket_id, type,"
          + " occurred_at, actor_type, actor_id, text, query, article_id, target_agent_id,"
          + " status, subtask_id, rating";

  private final CreateTenantUseCase createTenant;
  private final ApplicationContext context;
  private final Environment environment;

  IntakeBenchmark(
      CreateTenantUseCase createTenant, ApplicationContext context, Environment environment) {
    this.createTenant = createTenant;
    this.context = context;
    this.environment = environment;
  }

  @Override
  public String name() {
    return "bench intake";
  }

  @Override
  public String usage() {
    return "bench intake --events N [--concurrency C]   (needs HENG_DB_URL on PostgreSQL)";
  }

  @Override
  public int run(ApplicationArguments arguments) throws Exception {
    int events = CommandOptions.intOption(arguments, "events", 1_000_000);
    int concurrency = CommandOptions.intOption(arguments, "concurrency", 2);
    Optional<Psql> database = Psql.ofService(environment, "bench intake");
    if (database.isEmpty()) {
      return 2;
    }
    if (events < BATCH_LINES || events % BATCH_LINES != 0) {
      Console.line("error: --events must be a positive multiple of " + BATCH_LINES);
      return 2;
    }
    Psql psql = database.get();

    String tenantName = "bench-" + Instant.now().toEpochMilli();
    TenantCreation created =
        createTenant.create(new CreateTenantCommand(tenantName, null)).toFuture().join();
    if (!(created instanceof TenantCreation.Created tenant)) {
      Console.line("error: could not create the benchmark tenant " + tenantName);
      return 1;
    }
    String token = tenant.token().text();
    long tenantId = tenant.tenant().id().value();
    if (!(context instanceof WebServerApplicationContext server)) {
      Console.line("error: bench intake needs the HTTP server; run it through ./heng bench");
      return 2;
    }
    URI base = URI.create("http://127.0.0.1:" + server.getWebServer().getPort() + "/api/v1/");
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    int tickets = events / EVENTS_PER_TICKET;
    log.info("Preparing {} tickets and {} events for tenant {}", tickets, events, tenantName);
    EventBatches batches = EventBatches.generate(tickets, EVENTS_PER_TICKET, BATCH_LINES);
    send(http, base.resolve("intake/tickets"), token, batches.tickets(), concurrency);
    log.info("Tickets stored; sending {} events in {} batches", events, batches.events().size());

    long started = System.nanoTime();
    send(http, base.resolve("intake/ticket-events"), token, batches.events(), concurrency);
    double apiSeconds = (System.nanoTime() - started) / 1e9;
    long heapUsed = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();

    Path rows = Files.createTempFile("heng-bench-events", ".copy");
    String scratch = "bench_copy_" + Instant.now().toEpochMilli();
    double copySeconds;
    try {
      psql.run(
          "\\copy (SELECT "
              + EVENT_COLUMNS
              + " FROM ticket_events WHERE tenant_id = "
              + tenantId
              + ") TO '"
              + rows
              + "'");
      psql.run("CREATE TABLE " + scratch + " (LIKE ticket_events INCLUDING ALL)");
      long copyStarted = System.nanoTime();
      psql.run("\\copy " + scratch + " (" + EVENT_COLUMNS + ") FROM '" + rows + "'");
      copySeconds = (System.nanoTime() - copyStarted) / 1e9;
    } finally {
      psql.run("DROP TABLE IF EXISTS " + scratch);
      Files.deleteIfExists(rows);
      log.info("Removing the benchmark tenant's rows");
      psql.run("DELETE FROM analysis_jobs WHERE tenant_id = " + tenantId);
      psql.run("DELETE FROM ticket_events WHERE tenant_id = " + tenantId);
      psql.run("DELETE FROM tickets WHERE tenant_id = " + tenantId);
    }

    double apiRate = events / apiSeconds;
    double copyRate = events / copySeconds;
    Console.figure("events", events);
    Console.figure("batch_lines", BATCH_LINES);
    Console.figure("concurrency", concurrency);
    Console.figure("cores", Runtime.getRuntime().availableProcessors());
    Console.figure("api.seconds", String.format("%.2f", apiSeconds));
    Console.figure("api.events_per_s", String.format("%.0f", apiRate));
    Console.figure("api.heap_used_mb", heapUsed / (1024 * 1024));
    Console.figure("copy.seconds", String.format("%.2f", copySeconds));
    Console.figure("copy.events_per_s", String.format("%.0f", copyRate));
    Console.figure("ratio", String.format("%.3f", apiRate / copyRate));
    return 0;
  }

  private static void send(
      HttpClient http, URI uri, String token, List<byte[]> bodies, int concurrency)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    AtomicLong failures = new AtomicLong();
    try {
      List<CompletableFuture<Void>> sent = new ArrayList<>();
      for (byte[] body : bodies) {
        sent.add(
            CompletableFuture.runAsync(
                () -> {
                  if (!post(http, uri, token, body)) {
                    failures.incrementAndGet();
                  }
                },
                pool));
      }
      CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
    } finally {
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
    if (failures.get() > 0) {
      throw new IllegalStateException(failures.get() + " batches to " + uri + " failed");
    }
  }

  private static boolean post(HttpClient http, URI uri, String token, byte[] body) {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofMinutes(5))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/x-ndjson")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        log.warn("Batch to {} answered {}: {}", uri, response.statusCode(), abbreviate(response));
        return false;
      }
      return true;
    } catch (IOException e) {
      log.warn("Batch to {} failed: {}", uri, e.toString());
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String abbreviate(HttpResponse<String> response) {
    String body = response.body();
    return body.length() > 300 ? body.substring(0, 300) + "..." : body;
  }

  /** Tickets and their events, pre-rendered as NDJSON batches. */
  record EventBatches(List<byte[]> tickets, List<byte[]> events) {

    static EventBatches generate(int tickets, int eventsPerTicket, int batchLines) {
      SplittableRandom random = new SplittableRandom(42);
      Instant start = Instant.parse("2026-11-01T00:00:00Z");
      List<byte[]> ticketBatches = new ArrayList<>();
      List<byte[]> eventBatches = new ArrayList<>();
      StringBuilder ticketBatch = new StringBuilder();
      StringBuilder eventBatch = new StringBuilder();
      int ticketLines = 0;
      int eventLines = 0;
      for (int t = 0; t < tickets; t++) {
        String ticketId = "bt-" + t;
        String agent = "agent-" + random.nextInt(200);
        String customer = "cust-" + random.nextInt(8_000);
        Instant created = start.plusSeconds(random.nextLong(30L * 24 * 3600));
        ticketBatch
            .append("{\"externalId\":\"")
            .append(ticketId)
            .append("\",\"customerId\":\"")
            .append(customer)
            .append("\",\"assigneeId\":\"")
            .append(agent)
            .append("\",\"channel\":\"chat\",\"category\":\"billing\",\"priority\":\"normal\",")
            .append("\"createdAt\":\"")
            .append(created)
            .append("\"}\n");
        if (++ticketLines == batchLines) {
          ticketBatches.add(bytes(ticketBatch));
          ticketLines = 0;
        }
        Instant at = created;
        for (int e = 0; e < eventsPerTicket; e++) {
          at = at.plusSeconds(30 + random.nextInt(600));
          appendEvent(eventBatch, random, ticketId, e, at, agent, customer);
          if (++eventLines == batchLines) {
            eventBatches.add(bytes(eventBatch));
            eventLines = 0;
          }
        }
      }
      if (ticketLines > 0) {
        ticketBatches.add(bytes(ticketBatch));
      }
      if (eventLines > 0) {
        eventBatches.add(bytes(eventBatch));
      }
      return new EventBatches(ticketBatches, eventBatches);
    }

    private static void appendEvent(
        StringBuilder out,
        SplittableRandom random,
        String ticketId,
        int index,
        Instant at,
        String agent,
        String customer) {
      out.append("{\"externalId\":\"")
          .append(ticketId)
          .append("-e")
          .append(index)
          .append("\",\"ticketId\":\"")
          .append(ticketId)
          .append("\",\"occurredAt\":\"")
          .append(at)
          .append("\",");
      if (index == 0) {
        out.append("\"type\":\"created\",\"actorType\":\"system\"}\n");
      } else if (index == 1) {
        out.append("\"type\":\"assigned\",\"actorType\":\"system\",\"targetAgentId\":\"")
            .append(agent)
            .append("\"}\n");
      } else if (index % 2 == 0) {
        out.append("\"type\":\"message\",\"actorType\":\"customer\",\"actorId\":\"")
            .append(customer)
            .append("\",\"text\":\"")
            .append(CUSTOMER_LINES[random.nextInt(CUSTOMER_LINES.length)])
            .append("\"}\n");
      } else {
        out.append("\"type\":\"message\",\"actorType\":\"agent\",\"actorId\":\"")
            .append(agent)
            .append("\",\"text\":\"")
            .append(AGENT_LINES[random.nextInt(AGENT_LINES.length)])
            .append("\"}\n");
      }
    }

    private static byte[] bytes(StringBuilder batch) {
      byte[] bytes = batch.toString().getBytes(StandardCharsets.UTF_8);
      batch.setLength(0);
      return bytes;
    }
  }

  private static final String[] CUSTOMER_LINES = {
    "My invoice for order #A12345 shows a double charge, please fix it.",
    "I still cannot log in after resetting my password twice :(",
    "The parcel was due on Monday and tracking has not moved since.",
    "Thanks, that worked! Could you also update my billing address?",
    "WHY is my refund not processed yet? It has been two weeks.",
    "我的订单还没到，已经等了三天了",
  };

  private static final String[] AGENT_LINES = {
    "Sorry for the trouble. I have refunded the duplicate charge; it shows in 3-5 days.",
    "Let me check that for you. Could you confirm the email on the account?",
    "I have escalated this to our delivery partner and will update you within 24 hours.",
    "Glad it works now. I have updated the billing address as requested.",
  };
}
