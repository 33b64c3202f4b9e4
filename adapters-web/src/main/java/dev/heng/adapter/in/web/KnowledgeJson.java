package dev.heng.adapter.in.web;

import dev.heng.application.port.in.ArticleNeighbourhood;
import dev.heng.application.port.in.SimilarTickets;
import dev.heng.application.port.in.SolutionPaths;
import dev.heng.domain.knowledge.ArticleFacts;
import dev.heng.domain.knowledge.ArticleLink;
import dev.heng.domain.knowledge.CreditedReuse;
import dev.heng.domain.knowledge.KnowledgeCredit;
import dev.heng.domain.knowledge.ResolutionOutcome;
import dev.heng.domain.knowledge.RetrievalEfficiency;
import dev.heng.domain.knowledge.SimilarTicket;
import dev.heng.domain.knowledge.SolutionPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The JSON bodies of the knowledge calls. */
final class KnowledgeJson {

  private KnowledgeJson() {}

  /** A text to match: the body of the two POST calls. */
  record TextRequest(String text, Integer limit) {}

  record ArticleRef(String articleId, String title) {}

  record Outcome(
      boolean resolved,
      boolean firstContact,
      boolean reopened,
      Integer satisfaction,
      Integer handleSeconds,
      double weight) {

    static Outcome of(ResolutionOutcome outcome) {
      return new Outcome(
          outcome.resolved(),
          outcome.firstContact(),
          outcome.reopened(),
          outcome.satisfaction(),
          outcome.handleSeconds(),
          outcome.weight());
    }
  }

  record SimilarTicketJson(
      String ticketId,
      double score,
      String category,
      String subject,
      String resolution,
      Instant resolvedAt,
      Outcome outcome,
      List<ArticleRef> articles) {}

  record SimilarTicketsJson(List<SimilarTicketJson> tickets) {

    static SimilarTicketsJson of(SimilarTickets similar) {
      Map<String, ArticleFacts> articles = byId(similar.articles());
      return new SimilarTicketsJson(
          similar.tickets().stream().map(ticket -> ticket(ticket, articles)).toList());
    }

    private static SimilarTicketJson ticket(SimilarTicket found, Map<String, ArticleFacts> byId) {
      return new SimilarTicketJson(
          found.ticket().ticketId(),
          found.score(),
          found.ticket().category(),
          found.ticket().subject(),
          found.ticket().resolution(),
          found.ticket().resolvedAt(),
          Outcome.of(found.ticket().outcome()),
          found.linkedArticleIds().stream().map(id -> ref(id, byId)).toList());
    }
  }

  record SolutionPathJson(
      String kind,
      ArticleRef article,
      String approach,
      double rank,
      int tickets,
      int firstContact,
      int reopened,
      Double meanSatisfaction,
      Double medianHandleSeconds,
      List<String> evidence) {}

  record SolutionPathsJson(int ticketsConsidered, List<SolutionPathJson> paths) {

    static SolutionPathsJson of(SolutionPaths found) {
      Map<String, ArticleFacts> articles = byId(found.articles());
      return new SolutionPathsJson(
          found.ticketsConsidered(),
          found.paths().stream().map(path -> path(path, articles)).toList());
    }

    private static SolutionPathJson path(SolutionPath path, Map<String, ArticleFacts> byId) {
      return new SolutionPathJson(
          path.articleId() == null ? "approach" : "article",
          path.articleId() == null ? null : ref(path.articleId(), byId),
          path.approach(),
          path.rank(),
          path.tickets(),
          path.firstContact(),
          path.reopened(),
          path.meanSatisfaction(),
          path.medianHandleSeconds(),
          path.evidence());
    }
  }

  record LinkJson(String ticketId, String linkedBy, Instant linkedAt) {}

  record UsedWithJson(String articleId, String title, int sharedTickets) {}

  record NeighbourhoodJson(
      String articleId,
      String title,
      String authorId,
      int version,
      List<LinkJson> tickets,
      List<UsedWithJson> usedWith) {

    static NeighbourhoodJson of(ArticleNeighbourhood neighbourhood) {
      ArticleFacts article = neighbourhood.article();
      return new NeighbourhoodJson(
          article.articleId(),
          article.title(),
          article.authorId(),
          article.version(),
          neighbourhood.links().stream().map(NeighbourhoodJson::link).toList(),
          neighbourhood.usedWith().stream()
              .map(
                  other ->
                      new UsedWithJson(
                          other.articleId(),
                          other.article() == null ? null : other.article().title(),
                          other.sharedTickets()))
              .toList());
    }

    private static LinkJson link(ArticleLink link) {
      return new LinkJson(link.ticketId(), link.agentId(), link.linkedAt());
    }
  }

  record ReuseJson(
      String ticketId,
      String articleId,
      String reusedBy,
      Instant reusedAt,
      Outcome outcome,
      double credit) {

    static ReuseJson of(CreditedReuse reuse) {
      return new ReuseJson(
          reuse.ticketId(),
          reuse.articleId(),
          reuse.reusedBy(),
          reuse.reusedAt(),
          Outcome.of(reuse.outcome()),
          reuse.credit());
    }
  }

  record RetrievalJson(
      int searches, int ticketsSearched, int ticketsLinked, Double medianMinutesToLink) {

    static RetrievalJson of(RetrievalEfficiency retrieval) {
      return new RetrievalJson(
          retrieval.searches(),
          retrieval.ticketsSearched(),
          retrieval.ticketsLinked(),
          retrieval.medianMinutesToLink());
    }
  }

  record CreditJson(
      String agentId,
      String period,
      Instant from,
      Instant to,
      int articlesCreated,
      int articlesUpdated,
      int reusesByOthers,
      int selfReuses,
      int resolvedTickets,
      int resolvedWithLink,
      Double linkRate,
      double creationCredit,
      double reuseCredit,
      double credit,
      RetrievalJson retrieval,
      List<ReuseJson> reuses) {

    static CreditJson of(String period, KnowledgeCredit credit) {
      return new CreditJson(
          credit.agentId(),
          period,
          credit.from(),
          credit.to(),
          credit.articlesCreated(),
          credit.articlesUpdated(),
          credit.reusesByOthers(),
          credit.selfReuses(),
          credit.resolvedTickets(),
          credit.resolvedWithLink(),
          credit.linkRate(),
          credit.creationCredit(),
          credit.reuseCredit(),
          credit.credit(),
          RetrievalJson.of(credit.retrieval()),
          credit.reuses().stream().map(ReuseJson::of).toList());
    }
  }

  private static Map<String, ArticleFacts> byId(List<ArticleFacts> articles) {
    return articles.stream()
        .collect(Collectors.toMap(ArticleFacts::articleId, Function.identity(), (a, b) -> a));
  }

  private static ArticleRef ref(String articleId, Map<String, ArticleFacts> byId) {
    ArticleFacts article = byId.get(articleId);
    return new ArticleRef(articleId, article == null ? null : article.title());
  }
}
