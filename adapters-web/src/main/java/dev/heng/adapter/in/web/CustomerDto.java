package dev.heng.adapter.in.web;

import dev.heng.domain.record.RetentionStatus;
import dev.heng.domain.record.Segment;
import dev.heng.domain.record.ServiceWindow;
import dev.heng.domain.record.ValueTier;
import java.time.LocalDate;
import java.util.Map;

/** A customer as it travels over the API. */
public record CustomerDto(
    String externalId,
    Segment segment,
    ValueTier valueTier,
    ServiceWindow serviceWindow,
    Integer productComplexity,
    String agentId,
    Double lifetimeValue,
    Double contractValue,
    RetentionStatus retentionStatus,
    LocalDate customerSince,
    Map<String, String> attributes) {}
