package dev.heng.domain.scoring;

import dev.heng.domain.emotion.AgentRecovery;
import dev.heng.domain.knowledge.KnowledgeCredit;
import dev.heng.domain.knowledge.KnowledgeUse;
import dev.heng.domain.record.Agent;
import dev.heng.domain.record.ContributionRecord;
import dev.heng.domain.record.Customer;
import java.util.List;
import java.util.Map;

/**
 * What scoring a period reads.
 *
 * @param period the period to score
 * @param agents the tenant's agents
 * @param customers the tenant's customers
 * @param tickets the tenant's tickets raised in the grading window (the {@code historyDays} before
 *     the period's end, the period included); others are ignored
 * @param contributions the contribution records of the period; others are ignored
 * @param knowledge agent id to the knowledge credit the agent earned in the period; empty when the
 *     tenant has no knowledge activity to credit, so the metric has no data for anyone
 * @param emotion agent id to the emotion recovery of the tickets the agent resolved in the period;
 *     an agent it does not name has no data for that metric
 * @param customerEmotion customer id to how the customer's tickets of the grading window opened; a
 *     customer it does not name has no negative-emotion share
 * @param knowledgeUse which agents searched knowledge for which tickets and linked articles to them
 *     in the period; {@link KnowledgeUse#NONE} (or null) when the tenant's knowledge activity is
 *     not known, so the knowledge-retrieval metric has no data for anyone
 */
public record ScoringInput(
    ScoringPeriod period,
    List<Agent> agents,
    List<Customer> customers,
    List<TicketFacts> tickets,
    List<ContributionRecord> contributions,
    Map<String, KnowledgeCredit> knowledge,
    Map<String, AgentRecovery> emotion,
    Map<String, CustomerEmotion> customerEmotion,
    KnowledgeUse knowledgeUse) {

  public ScoringInput {
    if (period == null) {
      throw new IllegalArgumentException("period must not be null");
    }
    agents = List.copyOf(agents);
    customers = List.copyOf(customers);
    tickets = List.copyOf(tickets);
    contributions = List.copyOf(contributions);
    knowledge = knowledge == null ? Map.of() : Map.copyOf(knowledge);
    emotion = emotion == null ? Map.of() : Map.copyOf(emotion);
    customerEmotion = customerEmotion == null ? Map.of() : Map.copyOf(customerEmotion);
    knowledgeUse = knowledgeUse == null ? KnowledgeUse.NONE : knowledgeUse;
  }

  /** An input without knowledge credit or use, emotion recovery or customer emotion. */
  public ScoringInput(
      ScoringPeriod period,
      List<Agent> agents,
      List<Customer> customers,
      List<TicketFacts> tickets,
      List<ContributionRecord> contributions) {
    this(
        period,
        agents,
        customers,
        tickets,
        contributions,
        Map.of(),
        Map.of(),
        Map.of(),
        KnowledgeUse.NONE);
  }

  /** This input with the knowledge credit of the period. */
  public ScoringInput withKnowledge(Map<String, KnowledgeCredit> credit) {
    return new ScoringInput(
        period,
        agents,
        customers,
        tickets,
        contributions,
        credit,
        emotion,
        customerEmotion,
        knowledgeUse);
  }

  /** This input with the agents' emotion recovery of the period. */
  public ScoringInput withEmotion(Map<String, AgentRecovery> recovery) {
    return new ScoringInput(
        period,
        agents,
        customers,
        tickets,
        contributions,
        knowledge,
        recovery,
        customerEmotion,
        knowledgeUse);
  }

  /** This input with how the customers' tickets of the grading window opened. */
  public ScoringInput withCustomerEmotion(Map<String, CustomerEmotion> openings) {
    return new ScoringInput(
        period,
        agents,
        customers,
        tickets,
        contributions,
        knowledge,
        emotion,
        openings,
        knowledgeUse);
  }

  /**
   * This input with which agents searched knowledge for which tickets and linked articles to them;
   * null stands for {@link KnowledgeUse#NONE}.
   */
  public ScoringInput withKnowledgeUse(KnowledgeUse use) {
    return new ScoringInput(
        period,
        agents,
        customers,
        tickets,
        contributions,
        knowledge,
        emotion,
        customerEmotion,
        use);
  }
}
