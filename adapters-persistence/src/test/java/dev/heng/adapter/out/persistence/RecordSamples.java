package dev.heng.adapter.out.persistence;

import dev.heng.domain.record.ActorType;
import dev.heng.domain.record.AdoptionStatus;
import dev.heng.domain.record.Agent;
import dev.heng.domain.record.Channel;
import dev.heng.domain.record.ContributionRecord;
import dev.heng.domain.record.ContributionType;
import dev.heng.domain.record.Customer;
import dev.heng.domain.record.EventType;
import dev.heng.domain.record.IntakeRecord;
import dev.heng.domain.record.KnowledgeArticle;
import dev.heng.domain.record.Priority;
import dev.heng.domain.record.RecordKind;
import dev.heng.domain.record.RetentionStatus;
import dev.heng.domain.record.Segment;
import dev.heng.domain.record.ServiceWindow;
import dev.heng.domain.record.Team;
import dev.heng.domain.record.Ticket;
import dev.heng.domain.record.TicketEvent;
import dev.heng.domain.record.TrainingKind;
import dev.heng.domain.record.ValueTier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Records for the persistence contract: every field set, every optional field empty, and many. */
final class RecordSamples {

  static final Instant T0 = Instant.parse("2025-03-04T05:06:07.123456789Z");

  /**
   * Texts that a text-format {@code COPY}, a JSON column or a careless escape could get wrong:
   * tabs, line breaks, backslashes (also as {@code \N} and {@code \.}), quotes, control characters,
   * emoji, Chinese, characters outside the Basic Multilingual Plane.
   */
  static final List<String> AWKWARD_TEXTS =
      List.of(
          "tab\tinside\tit",
          "line\nbreak and\r\nwindows break",
          "back\\slash, \\N, \\t and \\\\ doubled",
          "end of data marker\n\\.\nand on",
          "\"double\" and 'single' quotes, `backticks`",
          "emoji 😀 👍🏽 🇨🇳 ❤️",
          "中文客服：您好，请问有什么可以帮您？",
          "control \u0001 and \u001f characters, \u2028 separator",
          "mathematical 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 outside the BMP",
          "  leading and trailing spaces  ",
          "{\"looks\": [\"like\", \"json\"]}",
          "ends with a backslash \\");

  private RecordSamples() {}

  static Team fullTeam(String id) {
    return new Team(id, "客服一组 \"Alpha\"\tteam", "agent-lead");
  }

  static Team sparseTeam(String id) {
    return new Team(id, "Team " + id, null);
  }

  static Agent fullAgent(String id, String teamId) {
    Map<String, Integer> skills = new LinkedHashMap<>();
    skills.put("refunds", 5);
    skills.put("billing \"disputes\"", 3);
    skills.put("退款", 4);
    return new Agent(
        id,
        "Li Na 李娜 😀",
        teamId,
        4,
        skills,
        EnumSet.allOf(Channel.class),
        true,
        LocalDate.of(2019, 2, 28));
  }

  static Agent sparseAgent(String id, String teamId) {
    return new Agent(id, "Agent " + id, teamId, 1, null, Set.of(Channel.CHAT), false, null);
  }

  static Customer fullCustomer(String id, String agentId) {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("region", "华东");
    attributes.put("note", "tab\there, \"quoted\", back\\slash\nnew line");
    attributes.put("empty", "");
    return new Customer(
        id,
        Segment.ENTERPRISE,
        ValueTier.STRATEGIC,
        ServiceWindow.ALWAYS,
        5,
        agentId,
        1_234_567.891,
        0.1 + 0.2,
        RetentionStatus.AT_RISK,
        LocalDate.of(2015, 12, 31),
        attributes);
  }

  static Customer sparseCustomer(String id, String agentId) {
    return new Customer(
        id,
        Segment.INDIVIDUAL,
        ValueTier.LOW,
        ServiceWindow.BUSINESS_HOURS,
        1,
        agentId,
        null,
        null,
        null,
        null,
        null);
  }

  static Ticket fullTicket(String id, String customerId, String assigneeId, Instant createdAt) {
    return new Ticket(
        id,
        customerId,
        assigneeId,
        Channel.EMAIL,
        "billing/refund",
        Priority.URGENT,
        createdAt,
        createdAt.plusSeconds(90).plusNanos(999),
        createdAt.plusSeconds(3_600),
        2,
        5,
        true,
        true,
        12_345,
        "Charged twice 两次扣款",
        "I was charged twice.\nPlease help!\t😡",
        "Refunded \\ closed");
  }

  static Ticket sparseTicket(String id, String customerId, String assigneeId, Instant createdAt) {
    return new Ticket(
        id,
        customerId,
        assigneeId,
        Channel.CHAT,
        "general",
        Priority.LOW,
        createdAt,
        null,
        null,
        0,
        null,
        false,
        false,
        null,
        null,
        null,
        null);
  }

  static TicketEvent fullEvent(String id, String ticketId, Instant at) {
    return new TicketEvent(
        id,
        ticketId,
        EventType.MESSAGE,
        at,
        ActorType.AGENT,
        "agent-1",
        "Hello\tthere\nhow can I help? 您好",
        "refund \"policy\"",
        "kb-1",
        "agent-2",
        "pending",
        "sub-1",
        4);
  }

  static TicketEvent sparseEvent(String id, String ticketId, Instant at) {
    return new TicketEvent(
        id,
        ticketId,
        EventType.CREATED,
        at,
        ActorType.SYSTEM,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  static KnowledgeArticle fullArticle(String id, String authorId, Instant createdAt) {
    return new KnowledgeArticle(
        id,
        authorId,
        "How to refund 如何退款",
        "Step 1:\tcheck.\nStep 2: refund \\ close.\n\"Done\" 😀",
        List.of("refund", "billing", "退款", "with \"quotes\""),
        7,
        createdAt,
        createdAt.plusSeconds(86_400),
        "agent-2");
  }

  static KnowledgeArticle sparseArticle(String id, String authorId, Instant createdAt) {
    return new KnowledgeArticle(
        id, authorId, "Article " + id, "Body", null, 1, createdAt, null, null);
  }

  static ContributionRecord suggestion(String id, String agentId, Instant at) {
    return new ContributionRecord(
        id,
        agentId,
        ContributionType.IMPROVEMENT_SUGGESTION,
        at,
        "Shorter greeting\t简短问候",
        AdoptionStatus.ADOPTED,
        null,
        null,
        null);
  }

  static ContributionRecord collaboration(String id, String agentId, Instant at) {
    return new ContributionRecord(
        id, agentId, ContributionType.COLLABORATION_CASE, at, null, null, "team-2", null, null);
  }

  static ContributionRecord training(String id, String agentId, Instant at) {
    return new ContributionRecord(
        id,
        agentId,
        ContributionType.TRAINING_RESULT,
        at,
        "VR drill",
        null,
        null,
        TrainingKind.VR_DRILL,
        87.125);
  }

  /** One record of each kind with every field set, and one with every optional field empty. */
  static List<IntakeRecord> fullAndSparseOfEveryKind() {
    return List.of(
        fullTeam("team-full"),
        sparseTeam("team-sparse"),
        fullAgent("agent-full", "team-1"),
        sparseAgent("agent-sparse", null),
        fullCustomer("cust-full", "agent-1"),
        sparseCustomer("cust-sparse", null),
        fullTicket("tk-full", "cust-1", "agent-1", T0),
        sparseTicket("tk-sparse", "cust-1", null, T0),
        fullEvent("ev-full", "tk-1", T0),
        sparseEvent("ev-sparse", "tk-1", T0),
        fullArticle("kb-full", "agent-1", T0),
        sparseArticle("kb-sparse", "agent-1", T0),
        suggestion("ct-suggestion", "agent-1", T0),
        collaboration("ct-collaboration", "agent-1", T0),
        training("ct-training", "agent-1", T0));
  }

  /** {@code count} distinct records of a kind, alternating full and sparse ones. */
  static List<IntakeRecord> many(RecordKind kind, int count) {
    List<IntakeRecord> records = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String id = kind.path() + "-" + i;
      Instant at = T0.plusSeconds(i);
      boolean full = i % 2 == 0;
      records.add(
          switch (kind) {
            case TEAMS -> full ? fullTeam(id) : sparseTeam(id);
            case AGENTS -> full ? fullAgent(id, "team-" + i % 3) : sparseAgent(id, null);
            case CUSTOMERS -> full ? fullCustomer(id, "agent-" + i) : sparseCustomer(id, null);
            case TICKETS ->
                full ? fullTicket(id, "cust-" + i, "agent-1", at) : sparseTicket(id, "c", null, at);
            case TICKET_EVENTS ->
                full ? fullEvent(id, "tk-" + i % 7, at) : sparseEvent(id, "tk-" + i % 7, at);
            case ARTICLES -> full ? fullArticle(id, "agent-1", at) : sparseArticle(id, "a-2", at);
            case CONTRIBUTIONS ->
                switch (i % 3) {
                  case 0 -> suggestion(id, "agent-1", at);
                  case 1 -> collaboration(id, "agent-2", at);
                  default -> training(id, "agent-3", at);
                };
          });
    }
    return records;
  }

  /**
   * {@code count} messages of one ticket whose text, query and status are drawn from {@link
   * #AWKWARD_TEXTS}.
   */
  static List<TicketEvent> awkwardMessages(String ticketId, int count) {
    List<TicketEvent> events = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String text = "#" + i + " " + AWKWARD_TEXTS.get(i % AWKWARD_TEXTS.size());
      String status = AWKWARD_TEXTS.get((i + 3) % AWKWARD_TEXTS.size());
      events.add(
          new TicketEvent(
              "ev-" + i,
              ticketId,
              EventType.MESSAGE,
              T0.plusMillis(i),
              i % 2 == 0 ? ActorType.CUSTOMER : ActorType.AGENT,
              "actor-" + i % 5,
              text,
              i % 3 == 0 ? text : null,
              null,
              null,
              status.length() <= 50 ? status : null,
              null,
              null));
    }
    return events;
  }
}
