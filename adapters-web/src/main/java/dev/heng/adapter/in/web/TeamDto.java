package dev.heng.adapter.in.web;

/** A team as it travels over the API. */
public record TeamDto(String externalId, String name, String leadAgentId) {}
