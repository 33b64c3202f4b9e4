package dev.heng.bootstrap.api;

/**
 * Valid intake lines of each kind, as an integrator would send them. Only what a test varies is a
 * parameter; every other field holds a fixed valid value. A null reference is sent as JSON null.
 */
final class RecordJson {

  private RecordJson() {}

  static String team(String id, String name) {
    return """
        {"externalId": "%s", "name": "%s"}"""
        .formatted(id, name);
  }

  static String agent(String id, String teamId) {
    return agent(id, teamId, 2);
  }

  static String agent(String id, String teamId, int seniority) {
    return """
        {"externalId": "%s", "name": "Agent %s", "teamId": %s, "seniority": %d,
         "channels": ["chat", "email"], "active": true}"""
        .formatted(id, id, quoted(teamId), seniority)
        .replace("\n", "");
  }

  static String customer(String id, String agentId) {
    return """
        {"externalId": "%s", "segment": "individual", "valueTier": "standard",
         "serviceWindow": "always", "productComplexity": 2, "agentId": %s}"""
        .formatted(id, quoted(agentId))
        .replace("\n", "");
  }

  static String ticket(String id, String customerId, String assigneeId) {
    return """
        {"externalId": "%s", "customerId": "%s", "assigneeId": %s, "channel": "chat",
         "category": "billing", "priority": "urgent", "createdAt": "2026-11-30T09:15:00Z",
         "firstResponseAt": "2026-11-30T09:17:30Z", "handleSeconds": 540,
         "subject": "Charged twice"}"""
        .formatted(id, customerId, quoted(assigneeId))
        .replace("\n", "");
  }

  static String event(String id, String ticketId) {
    return """
        {"externalId": "%s", "ticketId": "%s", "type": "status_changed",
         "occurredAt": "2026-11-30T09:20:00Z", "actorType": "agent", "actorId": "A-1",
         "status": "pending"}"""
        .formatted(id, ticketId)
        .replace("\n", "");
  }

  private static String quoted(String value) {
    return value == null ? "null" : "\"" + value + "\"";
  }
}
