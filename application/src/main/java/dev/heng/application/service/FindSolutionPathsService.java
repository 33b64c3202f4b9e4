package dev.heng.application.service;

import dev.heng.application.port.in.FindSolutionPathsQuery;
import dev.heng.application.port.in.FindSolutionPathsUseCase;
import dev.heng.application.port.in.SolutionPaths;
import dev.heng.application.port.out.LoadRecordsPort;
import dev.heng.application.port.out.SearchKnowledgePort;
import dev.heng.domain.knowledge.SolutionPath;
import dev.heng.domain.knowledge.SolutionPathRanker;
import java.util.List;
import java.util.Objects;
import reactor.core.publisher.Mono;

/**
 * Ranks how the {@value #NEIGHBOURS} resolved tickets most like a ticket or a text were resolved,
 * through {@link SolutionPathRanker}.
 */
public final class FindSolutionPathsService implements FindSolutionPathsUseCase {

  /** How many similar tickets the paths are drawn from. */
  static final int NEIGHBOURS = 50;

  private final LoadRecordsPort records;
  private final SearchKnowledgePort search;

  public FindSolutionPathsService(LoadRecordsPort records, SearchKnowledgePort search) {
    this.records = records;
    this.search = search;
  }

  @Override
  public Mono<SolutionPaths> find(FindSolutionPathsQuery query) {
    return TicketProbe.text(records, query.caller(), query.ticketId(), query.text())
        .flatMap(
            text ->
                search.similarTickets(
                    query.caller().tenantId(), text, query.ticketId(), NEIGHBOURS))
        .flatMap(
            similar -> {
              List<SolutionPath> paths = SolutionPathRanker.rank(similar, query.limit());
              List<String> articleIds =
                  paths.stream().map(SolutionPath::articleId).filter(Objects::nonNull).toList();
              return search
                  .articles(query.caller().tenantId(), articleIds)
                  .map(articles -> new SolutionPaths(paths, similar.size(), articles));
            })
        .switchIfEmpty(
            query.ticketId() == null
                ? Mono.just(new SolutionPaths(List.of(), 0, List.of()))
                : Mono.empty());
  }
}
