package dev.heng.adapter.in.web;

import dev.heng.domain.record.AdoptionStatus;
import dev.heng.domain.record.ContributionType;
import dev.heng.domain.record.TrainingKind;
import java.time.Instant;

/** A contribution record as it travels over the API. */
public record ContributionDto(
    String externalId,
    String agentId,
    ContributionType type,
    Instant occurredAt,
    String title,
    AdoptionStatus adoptionStatus,
    String partnerTeamId,
    TrainingKind trainingKind,
    Double score) {}
