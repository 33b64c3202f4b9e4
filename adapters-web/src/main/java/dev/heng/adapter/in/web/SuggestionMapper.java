package dev.heng.adapter.in.web;

import dev.heng.domain.suggestion.GapTicket;
import dev.heng.domain.suggestion.ImprovementPlan;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.springframework.web.util.UriComponentsBuilder;

/** Turns improvement plans into their API view. */
@Mapper
interface SuggestionMapper {

  SuggestionsView toView(ImprovementPlan plan);

  @Mapping(target = "trajectory", expression = "java(SuggestionMapper.trajectory(ticket))")
  SuggestionsView.TicketView toView(GapTicket ticket);

  /** The path that replays the ticket's trajectory. */
  static String trajectory(GapTicket ticket) {
    return UriComponentsBuilder.fromPath("/api/v1/tickets/{ticketId}/trajectory")
        .buildAndExpand(ticket.ticketId())
        .encode()
        .toUriString();
  }
}
