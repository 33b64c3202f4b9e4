package dev.heng.domain.evaluation;

/**
 * How well one scoring method recovered the hidden truth of a synthetic tenant.
 *
 * @param spearman Spearman's correlation of total score with hidden skill, -1..1
 * @param percentileError mean absolute difference, in percentile points 0..100, between an agent's
 *     score percentile and its hidden-skill percentile
 * @param loadCorrelation partial correlation of score with hidden load, hidden skill held fixed
 * @param difficultyCorrelation partial correlation of score with hidden pool difficulty, hidden
 *     skill held fixed
 * @param rankMoves share of agents, 0..1, whose rank by score lies more than 10 places from their
 *     rank by hidden skill
 */
public record MethodFigures(
    double spearman,
    double percentileError,
    double loadCorrelation,
    double difficultyCorrelation,
    double rankMoves) {}
