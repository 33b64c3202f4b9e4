package dev.heng.adapter.in.web;

import java.time.Instant;
import java.util.List;

/** A knowledge article as it travels over the API. */
public record ArticleDto(
    String externalId,
    String authorId,
    String title,
    String body,
    List<String> tags,
    Integer version,
    Instant createdAt,
    Instant updatedAt,
    String updatedBy) {}
