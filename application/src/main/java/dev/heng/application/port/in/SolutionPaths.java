package dev.heng.application.port.in;

import dev.heng.domain.knowledge.ArticleFacts;
import dev.heng.domain.knowledge.SolutionPath;
import java.util.List;

/**
 * The ways similar resolved tickets were resolved, best first.
 *
 * @param paths the paths, best first
 * @param ticketsConsidered how many similar tickets the paths were drawn from
 * @param articles the articles the paths name, for their titles
 */
public record SolutionPaths(
    List<SolutionPath> paths, int ticketsConsidered, List<ArticleFacts> articles) {

  public SolutionPaths {
    paths = List.copyOf(paths);
    articles = List.copyOf(articles);
  }
}
