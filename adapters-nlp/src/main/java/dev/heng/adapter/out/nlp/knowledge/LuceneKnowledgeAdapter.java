package dev.heng.adapter.out.nlp.knowledge;

import dev.heng.application.port.out.IndexKnowledgePort;
import dev.heng.application.port.out.KnowledgeIndexException;
import dev.heng.application.port.out.LoadKnowledgeActivityPort;
import dev.heng.application.port.out.SearchKnowledgePort;
import dev.heng.domain.knowledge.ArticleFacts;
import dev.heng.domain.knowledge.ArticleLink;
import dev.heng.domain.knowledge.KnowledgeActivity;
import dev.heng.domain.knowledge.KnowledgeSearch;
import dev.heng.domain.knowledge.KnowledgeTicket;
import dev.heng.domain.knowledge.SimilarTicket;
import dev.heng.domain.record.IntakeRecord;
import dev.heng.domain.record.RecordKind;
import dev.heng.domain.tenant.Tenant;
import dev.heng.domain.tenant.TenantId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * The knowledge graph as one Lucene index on disk, shared by all tenants: resolved and open tickets
 * (subject, description, resolution), articles (title, body, tags), and the links and searches of
 * ticket events. Every query carries a filter on the tenant. Writes become visible to searches
 * before {@link #index} completes (near-real-time reopening); {@link #markIndexedUpTo} commits them
 * together with the marks, so a crash loses only what no mark covers yet. An index written by
 * another format version is wiped on open, and the marks with it, so the caller rebuilds it.
 *
 * <p>All Lucene work runs on the scheduler given, never on the caller's thread.
 */
public final class LuceneKnowledgeAdapter
    implements IndexKnowledgePort, SearchKnowledgePort, LoadKnowledgeActivityPort, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(LuceneKnowledgeAdapter.class);

  /** The version of the entries' layout; an index of another version is rebuilt. */
  static final String FORMAT = "1";

  private static final String FORMAT_KEY = "format";
  private static final String MARK_PREFIX = "mark/";
  private static final long PROGRESS_EVERY = 50_000;
  private static final int MAX_QUERY_TERMS = 300;

  /** How many times the limit of best term matches the proximity of query terms may reorder. */
  private static final int PROXIMITY_WINDOW = 3;

  /** Positions two neighbouring query terms may stand further apart than in the query. */
  private static final int PROXIMITY_SLOP = 3;

  /** Weight of a pair of neighbouring query terms found close together, times the field's. */
  private static final float PROXIMITY_BOOST = 3f;

  private static final Map<String, Float> TICKET_FIELD_BOOSTS =
      Map.of(Fields.SUBJECT, 1.5f, Fields.DESCRIPTION, 1.0f, Fields.RESOLUTION, 1.0f);

  private final FSDirectory directory;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Scheduler scheduler;
  private final Map<String, String> marks = new ConcurrentHashMap<>();
  private final AtomicLong written = new AtomicLong();
  private volatile long firstWriteNanos;

  /**
   * Opens the index in {@code directory}, creating it if missing.
   *
   * @param directory where the index lives; created if it does not exist
   * @param scheduler a bounded scheduler for Lucene's blocking work
   * @throws UncheckedIOException if the index cannot be opened
   */
  public LuceneKnowledgeAdapter(Path directory, Scheduler scheduler) {
    this.scheduler = scheduler;
    this.analyzer = Languages.analyzer(Fields.TEXT);
    try {
      this.directory = FSDirectory.open(directory);
      this.writer =
          new IndexWriter(
              this.directory,
              new IndexWriterConfig(analyzer)
                  .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                  .setRAMBufferSizeMB(64));
      Map<String, String> committed = new HashMap<>();
      writer.getLiveCommitData().forEach(entry -> committed.put(entry.getKey(), entry.getValue()));
      if (!FORMAT.equals(committed.get(FORMAT_KEY))) {
        if (writer.getDocStats().maxDoc > 0) {
          log.warn(
              "Knowledge index in {} has format {}, not {}: wiping it for a rebuild",
              directory,
              committed.get(FORMAT_KEY),
              FORMAT);
        }
        writer.deleteAll();
        commit();
      } else {
        committed.forEach(
            (key, value) -> {
              if (key.startsWith(MARK_PREFIX)) {
                marks.put(key, value);
              }
            });
      }
      this.searchers = new SearcherManager(writer, null);
      log.info(
          "Knowledge index open in {}: {} entries, {} marks",
          directory,
          writer.getDocStats().numDocs,
          marks.size());
    } catch (IOException e) {
      throw new UncheckedIOException("opening the knowledge index in " + directory + " failed", e);
    }
  }

  @Override
  public Mono<Void> index(TenantId tenantId, List<IntakeRecord> records) {
    return run(
        "indexing " + records.size() + " records of tenant " + tenantId.value(),
        () -> {
          int added = 0;
          for (IntakeRecord record : records) {
            Optional<Document> entry = Entries.of(tenantId, record, Instant.now());
            if (entry.isPresent()) {
              writer.updateDocument(Entries.keyOf(tenantId, record), entry.get());
              added++;
            }
          }
          if (added > 0) {
            searchers.maybeRefreshBlocking();
            progress(added);
          }
          return null;
        });
  }

  @Override
  public Mono<Instant> indexedUpTo(Tenant tenant, RecordKind kind) {
    return Mono.fromSupplier(
        () -> {
          String value = marks.get(markKey(tenant, kind));
          return value == null
              ? null
              : Instant.EPOCH.plus(Long.parseLong(value), ChronoUnit.MICROS);
        });
  }

  @Override
  public Mono<Void> markIndexedUpTo(Tenant tenant, RecordKind kind, Instant upTo) {
    return run(
        "marking tenant " + tenant.id().value() + " " + kind.path(),
        () -> {
          marks.put(markKey(tenant, kind), Long.toString(Entries.micros(upTo)));
          commit();
          return null;
        });
  }

  @Override
  public Mono<Void> removeIndexedBefore(TenantId tenantId, Instant before) {
    return run(
        "removing old entries of tenant " + tenantId.value(),
        () -> {
          writer.deleteDocuments(
              new BooleanQuery.Builder()
                  .add(
                      new TermQuery(new Term(Fields.TENANT, Long.toString(tenantId.value()))),
                      Occur.FILTER)
                  .add(
                      LongPoint.newRangeQuery(
                          Fields.INDEXED_AT, Long.MIN_VALUE, Entries.micros(before) - 1),
                      Occur.FILTER)
                  .build());
          marks.keySet().removeIf(key -> key.startsWith(MARK_PREFIX + tenantId.value() + "/"));
          commit();
          searchers.maybeRefreshBlocking();
          return null;
        });
  }

  @Override
  public Mono<List<SimilarTicket>> similarTickets(
      TenantId tenantId, String text, String excludeTicketId, int limit) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("text must not be blank, was '" + text + "'");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be 1 or more, was " + limit);
    }
    return search(
        "finding tickets similar to a text for tenant " + tenantId.value(),
        searcher -> {
          Query similar = similarityQuery(text, TICKET_FIELD_BOOSTS);
          if (similar == null) {
            return List.of();
          }
          BooleanQuery.Builder query =
              new BooleanQuery.Builder()
                  .add(similar, Occur.MUST)
                  .add(tenantAndType(tenantId, Fields.TYPE_TICKET), Occur.FILTER)
                  .add(new TermQuery(new Term(Fields.RESOLVED, "true")), Occur.FILTER);
          if (excludeTicketId != null) {
            query.add(
                new TermQuery(Entries.key(tenantId, Fields.TYPE_TICKET, excludeTicketId)),
                Occur.MUST_NOT);
          }
          Query proximity = proximityQuery(text, TICKET_FIELD_BOOSTS);
          TopDocs top =
              proximity == null
                  ? searcher.search(query.build(), limit)
                  : QueryRescorer.rescore(
                      searcher,
                      searcher.search(
                          query.build(),
                          (int) Math.min(Integer.MAX_VALUE, (long) PROXIMITY_WINDOW * limit)),
                      proximity,
                      1,
                      limit);
          StoredFields stored = searcher.storedFields();
          List<KnowledgeTicket> tickets = new ArrayList<>();
          List<Float> scores = new ArrayList<>();
          for (ScoreDoc hit : top.scoreDocs) {
            tickets.add(Entries.ticket(stored.document(hit.doc)));
            scores.add(hit.score);
          }
          Map<String, List<String>> linked = new HashMap<>();
          for (ArticleLink link :
              links(searcher, tenantId, Fields.TICKET, ids(tickets, KnowledgeTicket::ticketId))) {
            List<String> articles =
                linked.computeIfAbsent(link.ticketId(), id -> new ArrayList<>());
            if (!articles.contains(link.articleId())) {
              articles.add(link.articleId());
            }
          }
          List<SimilarTicket> answer = new ArrayList<>();
          for (int i = 0; i < tickets.size(); i++) {
            KnowledgeTicket ticket = tickets.get(i);
            answer.add(
                new SimilarTicket(
                    ticket, scores.get(i), linked.getOrDefault(ticket.ticketId(), List.of())));
          }
          return answer;
        });
  }

  @Override
  public Mono<List<ArticleLink>> linksToArticles(TenantId tenantId, Collection<String> articleIds) {
    return search(
        "reading links to articles of tenant " + tenantId.value(),
        searcher -> links(searcher, tenantId, Fields.ARTICLE, articleIds));
  }

  @Override
  public Mono<List<ArticleLink>> linksOnTickets(TenantId tenantId, Collection<String> ticketIds) {
    return search(
        "reading links on tickets of tenant " + tenantId.value(),
        searcher -> links(searcher, tenantId, Fields.TICKET, ticketIds));
  }

  @Override
  public Mono<List<ArticleFacts>> articles(TenantId tenantId, Collection<String> articleIds) {
    if (articleIds.isEmpty()) {
      return Mono.just(List.of());
    }
    return search(
        "reading articles of tenant " + tenantId.value(),
        searcher -> {
          Query query =
              new BooleanQuery.Builder()
                  .add(tenantAndType(tenantId, Fields.TYPE_ARTICLE), Occur.FILTER)
                  .add(terms(Fields.ID, articleIds), Occur.FILTER)
                  .build();
          return all(searcher, query, Entries::article);
        });
  }

  @Override
  public Mono<KnowledgeActivity> load(TenantId tenantId, Instant from, Instant to) {
    return search(
        "loading knowledge activity of tenant " + tenantId.value(),
        searcher -> {
          Query period =
              LongPoint.newRangeQuery(Fields.AT, Entries.micros(from), Entries.micros(to) - 1);
          List<ArticleFacts> articles =
              all(searcher, tenantAndType(tenantId, Fields.TYPE_ARTICLE), Entries::article);
          List<ArticleLink> links =
              all(
                  searcher,
                  new BooleanQuery.Builder()
                      .add(tenantAndType(tenantId, Fields.TYPE_LINK), Occur.FILTER)
                      .add(period, Occur.FILTER)
                      .build(),
                  Entries::link);
          Set<String> linkedTickets = ids(links, ArticleLink::ticketId);
          BooleanQuery.Builder ticketsWanted =
              new BooleanQuery.Builder()
                  .add(
                      LongPoint.newRangeQuery(
                          Fields.RESOLVED_AT, Entries.micros(from), Entries.micros(to) - 1),
                      Occur.SHOULD)
                  .setMinimumNumberShouldMatch(1);
          if (!linkedTickets.isEmpty()) {
            ticketsWanted.add(terms(Fields.ID, linkedTickets), Occur.SHOULD);
          }
          List<KnowledgeTicket> tickets =
              all(
                  searcher,
                  new BooleanQuery.Builder()
                      .add(tenantAndType(tenantId, Fields.TYPE_TICKET), Occur.FILTER)
                      .add(ticketsWanted.build(), Occur.FILTER)
                      .build(),
                  Entries::ticket);
          List<KnowledgeSearch> searches =
              all(
                  searcher,
                  new BooleanQuery.Builder()
                      .add(tenantAndType(tenantId, Fields.TYPE_SEARCH), Occur.FILTER)
                      .add(period, Occur.FILTER)
                      .build(),
                  Entries::search);
          return new KnowledgeActivity(articles, links, tickets, searches);
        });
  }

  /**
   * The query for entries like a text: one optional term clause per distinct analysed term of the
   * text, for each field in the variant of each script the text contains (English for Latin
   * letters, Chinese for Han characters), boosted per field, scored by BM25; at most {@value
   * #MAX_QUERY_TERMS} clauses. Null when the text yields no term.
   */
  private Query similarityQuery(String text, Map<String, Float> boosts) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    int clauses = 0;
    Set<Languages> languages = Languages.present(text);
    for (Map.Entry<String, Float> field : boosts.entrySet()) {
      for (Languages language : languages) {
        String name = language.field(field.getKey());
        for (String term : terms(name, text)) {
          if (clauses++ >= MAX_QUERY_TERMS) {
            break;
          }
          query.add(
              new BoostQuery(new TermQuery(new Term(name, term)), field.getValue()), Occur.SHOULD);
        }
      }
    }
    return clauses == 0 ? null : query.build();
  }

  /**
   * The query that rewards entries where neighbouring terms of a text stand close together, as in
   * the text (a sequential-dependence step over plain term matching): for each distinct pair of
   * consecutive analysed terms, a phrase query of the two at their distance in the text (so a
   * removed stop word between them costs nothing) with a slop of {@value #PROXIMITY_SLOP}, for each
   * field in the variant of each script the text contains, boosted by {@value #PROXIMITY_BOOST}
   * times the field's boost; at most {@value #MAX_QUERY_TERMS} clauses. It only rescores the best
   * {@value #PROXIMITY_WINDOW} times the limit term matches, since phrase matching walks positions.
   * Null when the text has no such pair.
   */
  private Query proximityQuery(String text, Map<String, Float> boosts) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    int clauses = 0;
    Set<Languages> languages = Languages.present(text);
    for (Map.Entry<String, Float> field : boosts.entrySet()) {
      for (Languages language : languages) {
        String name = language.field(field.getKey());
        for (Neighbours pair : neighbours(name, text)) {
          if (clauses++ >= MAX_QUERY_TERMS) {
            break;
          }
          Query phrase =
              new PhraseQuery.Builder()
                  .add(new Term(name, pair.first()), 0)
                  .add(new Term(name, pair.second()), pair.distance())
                  .setSlop(PROXIMITY_SLOP)
                  .build();
          query.add(new BoostQuery(phrase, PROXIMITY_BOOST * field.getValue()), Occur.SHOULD);
        }
      }
    }
    return clauses == 0 ? null : query.build();
  }

  /** Closes the index, committing what was written; the marks stay as last committed. */
  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("closing the knowledge index failed", e);
    }
  }

  private Set<String> terms(String field, String text) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a query text failed", e);
    }
    return terms;
  }

  /**
   * The distinct pairs of consecutive analysed terms of a text that are two different terms, each
   * with the distance in positions of its first occurrence.
   */
  private Collection<Neighbours> neighbours(String field, String text) {
    Map<List<String>, Neighbours> pairs = new LinkedHashMap<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      String previous = null;
      int position = -1;
      int previousPosition = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        String current = term.toString();
        if (previous != null && !previous.equals(current)) {
          pairs.putIfAbsent(
              List.of(previous, current),
              new Neighbours(previous, current, position - previousPosition));
        }
        previous = current;
        previousPosition = position;
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a query text failed", e);
    }
    return pairs.values();
  }

  private static List<ArticleLink> links(
      IndexSearcher searcher, TenantId tenantId, String field, Collection<String> values)
      throws IOException {
    if (values.isEmpty()) {
      return List.of();
    }
    Query query =
        new BooleanQuery.Builder()
            .add(tenantAndType(tenantId, Fields.TYPE_LINK), Occur.FILTER)
            .add(terms(field, values), Occur.FILTER)
            .build();
    List<ArticleLink> links = all(searcher, query, Entries::link);
    return links.stream()
        .sorted(Comparator.comparing(ArticleLink::linkedAt).thenComparing(ArticleLink::eventId))
        .toList();
  }

  private static <T> List<T> all(IndexSearcher searcher, Query query, Function<Document, T> read)
      throws IOException {
    int count = searcher.count(query);
    if (count == 0) {
      return List.of();
    }
    TopDocs top = searcher.search(query, count);
    StoredFields stored = searcher.storedFields();
    List<T> values = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc hit : top.scoreDocs) {
      values.add(read.apply(stored.document(hit.doc)));
    }
    return values;
  }

  private static Query tenantAndType(TenantId tenantId, String type) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.TENANT, Long.toString(tenantId.value()))), Occur.FILTER)
        .add(new TermQuery(new Term(Fields.TYPE, type)), Occur.FILTER)
        .build();
  }

  private static Query terms(String field, Collection<String> values) {
    List<BytesRef> refs = values.stream().map(BytesRef::new).toList();
    return new TermInSetQuery(field, refs);
  }

  private static <T> Set<String> ids(List<T> values, Function<T, String> id) {
    Set<String> ids = new LinkedHashSet<>();
    values.forEach(value -> ids.add(id.apply(value)));
    return ids;
  }

  private static String markKey(Tenant tenant, RecordKind kind) {
    return MARK_PREFIX
        + tenant.id().value()
        + "/"
        + Entries.micros(tenant.createdAt())
        + "/"
        + kind.path();
  }

  private void commit() throws IOException {
    Map<String, String> data = new LinkedHashMap<>(marks);
    data.put(FORMAT_KEY, FORMAT);
    writer.setLiveCommitData(data.entrySet());
    writer.commit();
  }

  private void progress(int added) {
    long before = written.getAndAdd(added);
    long after = before + added;
    if (before == 0) {
      firstWriteNanos = System.nanoTime();
    }
    if (before / PROGRESS_EVERY != after / PROGRESS_EVERY) {
      double seconds = (System.nanoTime() - firstWriteNanos) / 1e9;
      log.info(
          "Knowledge index: {} entries written since the first write after open, {} per second",
          after,
          Math.round(after / Math.max(seconds, 1e-3)));
    }
  }

  private <T> Mono<T> search(String what, SearchWork<T> work) {
    return run(
        what,
        () -> {
          IndexSearcher searcher = searchers.acquire();
          try {
            return work.apply(searcher);
          } finally {
            searchers.release(searcher);
          }
        });
  }

  private <T> Mono<T> run(String what, Callable<T> work) {
    return Mono.fromCallable(work)
        .subscribeOn(scheduler)
        .onErrorMap(
            error -> !(error instanceof IllegalArgumentException),
            error -> new KnowledgeIndexException(what + " failed", error));
  }

  /** Two consecutive analysed terms of a query text, {@code distance} positions apart. */
  private record Neighbours(String first, String second, int distance) {}

  @FunctionalInterface
  private interface SearchWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }
}
