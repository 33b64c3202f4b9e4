package dev.heng.adapter.in.web;

import dev.heng.domain.record.Agent;
import dev.heng.domain.record.ContributionRecord;
import dev.heng.domain.record.Customer;
import dev.heng.domain.record.KnowledgeArticle;
import dev.heng.domain.record.Team;
import dev.heng.domain.record.Ticket;
import dev.heng.domain.record.TicketEvent;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Maps intake records between their API form and the domain. Building a domain record runs its
 * validation, which throws {@link dev.heng.domain.record.InvalidFieldException} naming the field.
 * Missing optional numbers and flags take the documented defaults: {@code reopenCount} 0, {@code
 * complaint} and {@code escalated} false, {@code active} true, {@code version} 1.
 */
@Mapper
interface RecordMapper {

  Team toDomain(TeamDto dto);

  TeamDto toDto(Team team);

  @Mapping(target = "seniority", source = "seniority", defaultValue = "0")
  @Mapping(target = "active", source = "active", defaultValue = "true")
  Agent toDomain(AgentDto dto);

  AgentDto toDto(Agent agent);

  @Mapping(target = "productComplexity", source = "productComplexity", defaultValue = "0")
  Customer toDomain(CustomerDto dto);

  CustomerDto toDto(Customer customer);

  @Mapping(target = "reopenCount", source = "reopenCount", defaultValue = "0")
  @Mapping(target = "complaint", source = "complaint", defaultValue = "false")
  @Mapping(target = "escalated", source = "escalated", defaultValue = "false")
  Ticket toDomain(TicketDto dto);

  TicketDto toDto(Ticket ticket);

  TicketEvent toDomain(TicketEventDto dto);

  TicketEventDto toDto(TicketEvent event);

  @Mapping(target = "version", source = "version", defaultValue = "1")
  KnowledgeArticle toDomain(ArticleDto dto);

  ArticleDto toDto(KnowledgeArticle article);

  ContributionRecord toDomain(ContributionDto dto);

  ContributionDto toDto(ContributionRecord contribution);
}
