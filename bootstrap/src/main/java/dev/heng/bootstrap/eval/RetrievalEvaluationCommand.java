package dev.heng.bootstrap.eval;

import dev.heng.adapter.out.nlp.knowledge.LuceneKnowledgeAdapter;
import dev.heng.bootstrap.cli.Console;
import dev.heng.bootstrap.cli.OneShotCommand;
import dev.heng.domain.evaluation.RankingMetrics;
import dev.heng.domain.evaluation.RankingMetrics.RankedQuery;
import dev.heng.domain.knowledge.SimilarTicket;
import dev.heng.domain.record.Channel;
import dev.heng.domain.record.IntakeRecord;
import dev.heng.domain.record.Priority;
import dev.heng.domain.record.Ticket;
import dev.heng.domain.tenant.TenantId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;
import reactor.core.scheduler.Scheduler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code eval retrieval DIR}: ranks the candidates of SemEval-style question-retrieval files with
 * the knowledge index. Each candidate question becomes a resolved ticket (subject, body as the
 * description, its comments as the resolution) in an index of its own in a temporary directory;
 * each original question's candidates sit in a tenant of their own, so the tenant filter confines
 * the ranking to them. Candidates the index does not match at all follow, in the order of the
 * files' search-engine rank. Prints {@code queries}, {@code map}, {@code mrr} and {@code p_at_1}
 * (percentages) per file set found in DIR ({@code <set>_queries.jsonl}, {@code
 * <set>_candidates.jsonl}, {@code <set>_qrels.tsv}).
 */
@Component
class RetrievalEvaluationCommand implements OneShotCommand {

  private static final Logger log = LoggerFactory.getLogger(RetrievalEvaluationCommand.class);

  private static final Instant ASKED = Instant.parse("2016-01-01T00:00:00Z");

  private final Scheduler scheduler;
  private final JsonMapper json = JsonMapper.builder().build();

  RetrievalEvaluationCommand(Scheduler knowledgeScheduler) {
    this.scheduler = knowledgeScheduler;
  }

  @Override
  public String name() {
    return "eval retrieval";
  }

  @Override
  public String usage() {
    return "eval retrieval DIR   (DIR holds <set>_queries.jsonl, <set>_candidates.jsonl,"
        + " <set>_qrels.tsv)";
  }

  @Override
  public int run(ApplicationArguments arguments) throws IOException {
    List<String> words = arguments.getNonOptionArgs();
    if (words.size() != 3) {
      Console.line("usage: " + usage());
      return 2;
    }
    Path directory = Path.of(words.get(2));
    List<String> sets = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*_queries.jsonl")) {
      files.forEach(file -> sets.add(file.getFileName().toString().replace("_queries.jsonl", "")));
    }
    if (sets.isEmpty()) {
      Console.line("error: no *_queries.jsonl in " + directory);
      return 2;
    }
    sets.sort(Comparator.naturalOrder());

    for (String set : sets) {
      RankingMetrics metrics = evaluate(directory, set);
      String prefix = sets.size() == 1 ? "" : set + ".";
      Console.figure(prefix + "queries", metrics.queries());
      Console.figure(prefix + "map", percent(metrics.map()));
      Console.figure(prefix + "mrr", percent(metrics.mrr()));
      Console.figure(prefix + "p_at_1", percent(metrics.precisionAt1()));
    }
    return 0;
  }

  private RankingMetrics evaluate(Path directory, String set) throws IOException {
    Map<String, String> queries = new LinkedHashMap<>();
    for (JsonNode query : lines(directory.resolve(set + "_queries.jsonl"))) {
      queries.put(
          query.get("orgq_id").asString(),
          text(query.get("subject")) + "\n" + text(query.get("body")));
    }
    Map<String, List<JsonNode>> candidates = new HashMap<>();
    for (JsonNode candidate : lines(directory.resolve(set + "_candidates.jsonl"))) {
      candidates
          .computeIfAbsent(candidate.get("orgq_id").asString(), id -> new ArrayList<>())
          .add(candidate);
    }
    Map<String, Set<String>> relevant = new HashMap<>();
    try (Stream<String> qrels = Files.lines(directory.resolve(set + "_qrels.tsv"))) {
      qrels
          .skip(1)
          .map(line -> line.split("\t"))
          .filter(fields -> fields.length >= 3 && fields[2].strip().equals("1"))
          .forEach(
              fields -> relevant.computeIfAbsent(fields[0], id -> new HashSet<>()).add(fields[1]));
    }

    Path indexDirectory = Files.createTempDirectory("heng-eval-retrieval-");
    long started = System.nanoTime();
    List<RankedQuery> ranked = new ArrayList<>();
    try (LuceneKnowledgeAdapter index = new LuceneKnowledgeAdapter(indexDirectory, scheduler)) {
      long tenant = 0;
      for (Map.Entry<String, String> query : queries.entrySet()) {
        TenantId tenantId = new TenantId(++tenant);
        List<JsonNode> own = candidates.getOrDefault(query.getKey(), List.of());
        own.sort(Comparator.comparingInt(candidate -> candidate.get("search_engine_rank").asInt()));
        List<IntakeRecord> tickets = own.stream().map(RetrievalEvaluationCommand::ticket).toList();
        index.index(tenantId, tickets).toFuture().join();

        Set<String> ranking = new LinkedHashSet<>();
        if (!own.isEmpty()) {
          List<SimilarTicket> found =
              index.similarTickets(tenantId, query.getValue(), null, own.size()).toFuture().join();
          found.forEach(hit -> ranking.add(hit.ticket().ticketId()));
        }
        own.forEach(candidate -> ranking.add(candidate.get("relq_id").asString()));
        ranked.add(
            new RankedQuery(List.copyOf(ranking), relevant.getOrDefault(query.getKey(), Set.of())));
      }
    } finally {
      deleteRecursively(indexDirectory);
    }
    log.info(
        "Ranked the candidates of {} {} queries in {} ms",
        ranked.size(),
        set,
        (System.nanoTime() - started) / 1_000_000);
    return RankingMetrics.of(ranked);
  }

  private static IntakeRecord ticket(JsonNode candidate) {
    List<String> comments = new ArrayList<>();
    JsonNode array = candidate.get("comments");
    if (array != null) {
      array.forEach(comment -> comments.add(comment.asString()));
    }
    String category = candidate.has("category") ? candidate.get("category").asString() : "";
    return new Ticket(
        candidate.get("relq_id").asString(),
        "eval",
        null,
        Channel.SOCIAL,
        clip(category.isBlank() ? "uncategorised" : category, 100),
        Priority.NORMAL,
        ASKED,
        null,
        ASKED,
        0,
        null,
        false,
        false,
        null,
        clip(text(candidate.get("subject")), 500),
        clip(text(candidate.get("body")), 20_000),
        clip(String.join("\n", comments), 20_000));
  }

  private List<JsonNode> lines(Path file) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    try (Stream<String> lines = Files.lines(file)) {
      lines.filter(line -> !line.isBlank()).forEach(line -> nodes.add(json.readTree(line)));
    }
    return nodes;
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? "" : node.asString();
  }

  private static String clip(String value, int length) {
    if (value.isBlank()) {
      return null;
    }
    return value.length() <= length ? value : value.substring(0, length);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.2f", 100 * share);
  }

  private static void deleteRecursively(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              path -> {
                try {
                  Files.delete(path);
                } catch (IOException e) {
                  throw new UncheckedIOException("deleting " + path + " failed", e);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException("deleting " + directory + " failed", e);
    }
  }
}
