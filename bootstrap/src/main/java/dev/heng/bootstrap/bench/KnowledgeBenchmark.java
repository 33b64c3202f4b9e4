package dev.heng.bootstrap.bench;

import dev.heng.application.port.in.CreateTenantCommand;
import dev.heng.application.port.in.CreateTenantUseCase;
import dev.heng.application.port.in.TenantCreation;
import dev.heng.application.port.out.IndexKnowledgePort;
import dev.heng.application.port.out.SearchKnowledgePort;
import dev.heng.bootstrap.cli.CommandOptions;
import dev.heng.bootstrap.cli.Console;
import dev.heng.bootstrap.cli.OneShotCommand;
import dev.heng.domain.record.IntakeRecord;
import dev.heng.domain.record.Ticket;
import dev.heng.domain.simulation.SimulationParameters;
import dev.heng.domain.simulation.SyntheticTenant;
import dev.heng.domain.simulation.SyntheticTenantGenerator;
import dev.heng.domain.tenant.TenantId;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench knowledge --tickets N}: indexes N generated tickets for a throw-away tenant straight
 * into the service's knowledge index and measures tickets per second; then asks for the ten most
 * similar tickets to {@code --queries Q} ticket texts, each both through {@code POST
 * /api/v1/knowledge/similar} and directly through the index adapter, alternating, and prints the
 * latency percentiles of both. Finally it removes the tenant's entries from the index.
 *
 * <p>The tickets come from the synthetic tenant generator; beyond the {@value #BASE_TICKETS} or so
 * one generated tenant holds, they repeat with new ids, so texts repeat too.
 */
@Component
class KnowledgeBenchmark implements OneShotCommand {

  private static final Logger log = LoggerFactory.getLogger(KnowledgeBenchmark.class);

  private static final int BASE_TICKETS = 40_000;
  private static final int BATCH = 10_000;
  private static final int WARM_UP = 200;
  private static final int LIMIT = 10;

  private final CreateTenantUseCase createTenant;
  private final IndexKnowledgePort index;
  private final SearchKnowledgePort search;
  private final ApplicationContext context;
  private final JsonMapper json = JsonMapper.builder().build();

  KnowledgeBenchmark(
      CreateTenantUseCase createTenant,
      @Lazy IndexKnowledgePort index,
      @Lazy SearchKnowledgePort search,
      ApplicationContext context) {
    this.createTenant = createTenant;
    this.index = index;
    this.search = search;
    this.context = context;
  }

  @Override
  public String name() {
    return "bench knowledge";
  }

  @Override
  public String usage() {
    return "bench knowledge --tickets N [--queries Q]";
  }

  @Override
  public int run(ApplicationArguments arguments) throws Exception {
    int count = CommandOptions.intOption(arguments, "tickets", 200_000);
    int queries = CommandOptions.intOption(arguments, "queries", 1_000);
    if (count < 1_000 || queries < 10) {
      Console.line("error: --tickets must be 1000 or more and --queries 10 or more");
      return 2;
    }
    if (!(context instanceof WebServerApplicationContext server)) {
      Console.line("error: bench knowledge needs the HTTP server; run it through ./heng bench");
      return 2;
    }
    String tenantName = "bench-knowledge-" + Instant.now().toEpochMilli();
    TenantCreation created =
        createTenant.create(new CreateTenantCommand(tenantName, null)).toFuture().join();
    if (!(created instanceof TenantCreation.Created tenant)) {
      Console.line("error: could not create the benchmark tenant " + tenantName);
      return 1;
    }
    TenantId tenantId = tenant.tenant().id();
    URI similar =
        URI.create(
            "http://127.0.0.1:" + server.getWebServer().getPort() + "/api/v1/knowledge/similar");

    List<Ticket> base = generate(Math.min(count, BASE_TICKETS));
    List<IntakeRecord> tickets = new ArrayList<>(count);
    for (int i = 0; tickets.size() < count; i++) {
      Ticket source = base.get(i % base.size());
      tickets.add(
          i < base.size() ? source : copy(source, source.externalId() + "-r" + (i / base.size())));
    }

    log.info("Indexing {} tickets for tenant {}", count, tenantName);
    long started = System.nanoTime();
    for (int from = 0; from < count; from += BATCH) {
      index.index(tenantId, tickets.subList(from, Math.min(count, from + BATCH))).toFuture().join();
    }
    double indexSeconds = (System.nanoTime() - started) / 1e9;

    SplittableRandom random = new SplittableRandom(7);
    List<String> texts = new ArrayList<>();
    while (texts.size() < queries + WARM_UP) {
      Ticket ticket = base.get(random.nextInt(base.size()));
      String text =
          (ticket.subject() == null ? "" : ticket.subject() + "\n")
              + (ticket.description() == null ? "" : ticket.description());
      if (!text.isBlank()) {
        texts.add(text);
      }
    }
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    String token = tenant.token().text();
    long[] direct = new long[queries];
    long[] api = new long[queries];
    try {
      for (int q = 0; q < queries + WARM_UP; q++) {
        String text = texts.get(q);
        long directNanos = timeDirect(tenantId, text);
        long apiNanos = timeApi(http, similar, token, text);
        if (q >= WARM_UP) {
          direct[q - WARM_UP] = directNanos;
          api[q - WARM_UP] = apiNanos;
        }
      }
    } finally {
      index.removeIndexedBefore(tenantId, Instant.now().plusSeconds(3600)).toFuture().join();
      log.info("Removed the benchmark tenant's index entries");
    }

    Arrays.sort(direct);
    Arrays.sort(api);
    double directP99 = millis(percentile(direct, 0.99));
    double apiP99 = millis(percentile(api, 0.99));
    Console.figure("tickets", count);
    Console.figure("cores", Runtime.getRuntime().availableProcessors());
    Console.figure("index.seconds", format(indexSeconds));
    Console.figure("index.tickets_per_s", String.format(Locale.ROOT, "%.0f", count / indexSeconds));
    Console.figure("queries", queries);
    Console.figure("direct.p50_ms", format(millis(percentile(direct, 0.50))));
    Console.figure("direct.p99_ms", format(directP99));
    Console.figure("api.p50_ms", format(millis(percentile(api, 0.50))));
    Console.figure("api.p99_ms", format(apiP99));
    Console.figure("goal.api_p99_limit_ms", format(2 * directP99 + 5));
    Console.figure("goal.met", apiP99 < 2 * directP99 + 5);
    return 0;
  }

  private long timeDirect(TenantId tenantId, String text) {
    long started = System.nanoTime();
    search.similarTickets(tenantId, text, null, LIMIT).toFuture().join();
    return System.nanoTime() - started;
  }

  private long timeApi(HttpClient http, URI uri, String token, String text)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    json.writeValueAsString(java.util.Map.of("text", text, "limit", LIMIT))))
            .build();
    long started = System.nanoTime();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    long took = System.nanoTime() - started;
    if (response.statusCode() != 200) {
      throw new IllegalStateException("similar tickets answered " + response.statusCode());
    }
    return took;
  }

  private static List<Ticket> generate(int wanted) {
    int customers = Math.max(100, (int) (wanted / 1.1));
    SimulationParameters parameters =
        SimulationParameters.builder(42)
            .agents(Math.max(10, customers / SimulationParameters.DEFAULT_CUSTOMERS_PER_AGENT))
            .customers(customers)
            .days(28)
            .build();
    long started = System.nanoTime();
    SyntheticTenant generated = new SyntheticTenantGenerator().generate(parameters);
    log.info(
        "Generated {} tickets in {} ms",
        generated.tickets().size(),
        (System.nanoTime() - started) / 1_000_000);
    return generated.tickets().stream().filter(ticket -> ticket.resolvedAt() != null).toList();
  }

  private static Ticket copy(Ticket ticket, String externalId) {
    return new Ticket(
        externalId,
        ticket.customerId(),
        ticket.assigneeId(),
        ticket.channel(),
        ticket.category(),
        ticket.priority(),
        ticket.createdAt(),
        ticket.firstResponseAt(),
        ticket.resolvedAt(),
        ticket.reopenCount(),
        ticket.satisfaction(),
        ticket.complaint(),
        ticket.escalated(),
        ticket.handleSeconds(),
        ticket.subject(),
        ticket.description(),
        ticket.resolution());
  }

  private static long percentile(long[] sorted, double share) {
    int index = (int) Math.ceil(share * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
