package dev.heng.adapter.in.web;

import dev.heng.domain.record.Channel;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** An agent as it travels over the API. */
public record AgentDto(
    String externalId,
    String name,
    String teamId,
    Integer seniority,
    Map<String, Integer> skills,
    Set<Channel> channels,
    Boolean active,
    LocalDate hiredOn) {}
