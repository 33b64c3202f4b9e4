package dev.heng.domain.simulation;

import dev.heng.domain.record.KnowledgeArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The simulated knowledge base: articles written by agents, and the choice of article when an agent
 * links one to a ticket.
 *
 * <ul>
 *   <li>About {@value #ARTICLES_PER_AGENT} articles per agent, at least two per category, each
 *       about one issue of its category; the first of each category exists within two hours of the
 *       start, the others appear over the period, more of them early.
 *   <li>Authors are drawn with weight {@code exp(0.8 s + 0.25 seniority)}: skilled and senior
 *       agents write more.
 *   <li>A third of the articles were revised (version 2 or later), mostly by another agent.
 *   <li>A linked article is one of the category's articles that existed at the time, drawn with
 *       weight {@code exp(0.5 s_author)}, four times that for an article about the ticket's own
 *       issue: articles by skilled authors are reused more, so knowledge credit carries a signal of
 *       skill, as it should.
 * </ul>
 */
final class KnowledgeBase {

  /** Articles per agent. */
  static final double ARTICLES_PER_AGENT = 0.6;

  private static final double AUTHOR_PER_SKILL = 0.8;
  private static final double AUTHOR_PER_SENIORITY = 0.25;
  private static final double REUSE_PER_AUTHOR_SKILL = 0.5;
  private static final double REVISED_SHARE = 0.35;
  private static final double REVISED_BY_OTHER_SHARE = 0.7;
  private static final long FIRST_ARTICLE_WITHIN_SECONDS = 2 * 3600;
  private static final double SAME_ISSUE_FACTOR = 4.0;

  private static final List<String> CHECKS_EN =
      List.of(
          "Confirm the customer's identity before changing anything.",
          "Check the account history for earlier tickets about the same problem.",
          "Ask for the order number or a screenshot if the ticket has neither.");
  private static final List<String> CHECKS_ZH =
      List.of("修改前先核实客户身份。", "查看账户历史，确认之前是否有同样的问题。", "如果工单里没有订单号或截图，先向客户要。");
  private static final List<String> FOLLOW_UPS_EN =
      List.of(
          "Write down on the ticket what you changed.",
          "Tell the customer how long it will take, and set a reminder to check.",
          "If the problem comes back, escalate to tier two with the ticket history.");
  private static final List<String> FOLLOW_UPS_ZH =
      List.of("在工单上记录所做的修改。", "告诉客户大概需要多长时间，并设置提醒跟进。", "如果问题再次出现，带上工单记录升级到二线。");

  private static final Map<String, String> GENERIC_EN =
      Map.of(
          "order", "the order",
          "amount", "the amount",
          "days", "a few",
          "device", "device",
          "url", "the status page",
          "plan", "the requested",
          "email", "the new address",
          "code", "123");
  private static final Map<String, String> GENERIC_ZH =
      Map.of(
          "order", "该订单",
          "amount", "相应金额",
          "days", "几",
          "device", "设备",
          "url", "状态页面",
          "plan", "目标",
          "email", "新邮箱",
          "code", "123");

  private final List<KnowledgeArticle> articles;
  private final long[][] createdAt;
  private final String[][] ids;
  private final int[][] issues;
  private final double[][] weights;

  private KnowledgeBase(
      List<KnowledgeArticle> articles,
      long[][] createdAt,
      String[][] ids,
      int[][] issues,
      double[][] weights) {
    this.articles = articles;
    this.createdAt = createdAt;
    this.ids = ids;
    this.issues = issues;
    this.weights = weights;
  }

  /**
   * Writes the knowledge base.
   *
   * @param agents the agents, at least one
   * @param chineseShare share of articles written in Chinese
   * @param startSecond first second of the period (epoch seconds)
   * @param endSecond first second after the period
   */
  static KnowledgeBase draw(
      List<AgentProfile> agents,
      double chineseShare,
      long startSecond,
      long endSecond,
      RandomGenerator rng) {
    ProblemCategory[] categories = ProblemCategory.values();
    int count =
        Math.max(2 * categories.length, (int) Math.round(ARTICLES_PER_AGENT * agents.size()));
    double[] authorWeight = new double[agents.size()];
    for (AgentProfile agent : agents) {
      authorWeight[agent.index()] =
          Math.exp(AUTHOR_PER_SKILL * agent.skill() + AUTHOR_PER_SENIORITY * agent.seniority());
    }
    long span = endSecond - startSecond;

    List<Draft> drafts = new ArrayList<>(count);
    for (int number = 0; number < count; number++) {
      ProblemCategory category = categories[number % categories.length];
      int round = number / categories.length;
      int issue = round % CategoryPhrases.of(category).issues().size();
      AgentProfile author = agents.get(Draws.weighted(rng, authorWeight));
      long created =
          round == 0
              ? startSecond + (long) (rng.nextDouble() * FIRST_ARTICLE_WITHIN_SECONDS)
              : startSecond + (long) (span * Math.pow(rng.nextDouble(), 2));
      created = Math.min(created, endSecond - 1);
      drafts.add(new Draft(number, category, issue, author, created));
    }
    drafts.sort(Comparator.comparingLong(Draft::created).thenComparingInt(Draft::number));

    List<KnowledgeArticle> articles = new ArrayList<>(count);
    List<List<Integer>> byCategory = new ArrayList<>();
    for (int index = 0; index < categories.length; index++) {
      byCategory.add(new ArrayList<>());
    }
    String[] articleIds = new String[count];
    for (int position = 0; position < count; position++) {
      Draft draft = drafts.get(position);
      String id = Ids.of("kb-", position + 1, 4);
      articleIds[position] = id;
      byCategory.get(draft.category().ordinal()).add(position);
      articles.add(write(id, draft, agents, authorWeight, chineseShare, endSecond, rng));
    }

    long[][] createdAt = new long[categories.length][];
    String[][] ids = new String[categories.length][];
    int[][] issues = new int[categories.length][];
    double[][] weights = new double[categories.length][];
    for (int category = 0; category < categories.length; category++) {
      List<Integer> positions = byCategory.get(category);
      createdAt[category] = new long[positions.size()];
      ids[category] = new String[positions.size()];
      issues[category] = new int[positions.size()];
      weights[category] = new double[positions.size()];
      for (int slot = 0; slot < positions.size(); slot++) {
        Draft draft = drafts.get(positions.get(slot));
        createdAt[category][slot] = draft.created();
        ids[category][slot] = articleIds[positions.get(slot)];
        issues[category][slot] = draft.issue();
        weights[category][slot] = Math.exp(REUSE_PER_AUTHOR_SKILL * draft.author().skill());
      }
    }
    return new KnowledgeBase(List.copyOf(articles), createdAt, ids, issues, weights);
  }

  /** The articles in id order, each in its current version. */
  List<KnowledgeArticle> articles() {
    return articles;
  }

  /**
   * An article of the category that existed at {@code atSecond}, drawn by reuse weight, with
   * articles about the same issue {@value #SAME_ISSUE_FACTOR} times as likely; null when the
   * category had none yet.
   */
  String pick(ProblemCategory category, int issue, long atSecond, RandomGenerator rng) {
    int row = category.ordinal();
    int available = upperBound(createdAt[row], atSecond);
    if (available == 0) {
      return null;
    }

    double[] chance = new double[available];
    for (int slot = 0; slot < available; slot++) {
      chance[slot] = weights[row][slot] * (issues[row][slot] == issue ? SAME_ISSUE_FACTOR : 1.0);
    }
    return ids[row][Draws.weighted(rng, chance)];
  }

  private static KnowledgeArticle write(
      String id,
      Draft draft,
      List<AgentProfile> agents,
      double[] authorWeight,
      double chineseShare,
      long endSecond,
      RandomGenerator rng) {
    CategoryPhrases phrases = CategoryPhrases.of(draft.category());
    IssueTemplate issue = phrases.issues().get(draft.issue());
    boolean chinese = Draws.chance(rng, chineseShare);
    String title = chinese ? issue.titleZh() : issue.titleEn();

    StringBuilder body = new StringBuilder(title).append("\n\n");
    body.append(chinese ? "适用情况：" : "When to use: ")
        .append(generic(chinese ? issue.problemZh() : issue.problemEn(), chinese))
        .append("\n\n");
    List<String> steps = new ArrayList<>();
    steps.add(Draws.pick(rng, chinese ? CHECKS_ZH : CHECKS_EN));
    steps.add(generic(chinese ? issue.fixZh() : issue.fixEn(), chinese));
    steps.add(Draws.pick(rng, chinese ? FOLLOW_UPS_ZH : FOLLOW_UPS_EN));
    for (int step = 0; step < steps.size(); step++) {
      body.append(step + 1).append(". ").append(steps.get(step)).append('\n');
    }

    List<String> tags = new ArrayList<>();
    tags.add(draft.category().code());
    tags.add(Draws.pick(rng, phrases.tags()));
    if (chinese) {
      tags.add("zh");
    }

    int version = 1;
    long updated = draft.created();
    String updatedBy = null;
    if (Draws.chance(rng, REVISED_SHARE)) {
      version = 2 + Math.min(4, Draws.poisson(rng, 0.5));
      updated = draft.created() + (long) (rng.nextDouble() * (endSecond - 1 - draft.created()));
      if (agents.size() > 1 && Draws.chance(rng, REVISED_BY_OTHER_SHARE)) {
        int editor = Draws.weighted(rng, authorWeight);
        if (editor == draft.author().index()) {
          editor = (editor + 1 + rng.nextInt(agents.size() - 1)) % agents.size();
        }
        updatedBy = agents.get(editor).id();
      }
    }

    return new KnowledgeArticle(
        id,
        draft.author().id(),
        title,
        body.toString().strip(),
        tags,
        version,
        Instant.ofEpochSecond(draft.created()),
        Instant.ofEpochSecond(updated),
        updatedBy);
  }

  /** An article speaks of no particular order or amount: slots become generic words. */
  private static String generic(String template, boolean chinese) {
    Map<String, String> words = chinese ? GENERIC_ZH : GENERIC_EN;
    String text = template;
    for (Map.Entry<String, String> word : words.entrySet()) {
      text = text.replace("{" + word.getKey() + "}", word.getValue());
    }
    return text;
  }

  /** Number of values at or below {@code key} in an ascending array. */
  private static int upperBound(long[] sorted, long key) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (sorted[middle] <= key) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  private record Draft(
      int number, ProblemCategory category, int issue, AgentProfile author, long created) {}
}
