package dev.heng.adapter.in.web;

import java.util.List;

/** A team's members' scorecards for a period, best first, with the team's fairness summary. */
record TeamScorecardsView(
    String teamId, String period, List<ScorecardView> members, FairnessView fairness) {

  /** How the members' scores relate to their load and pool difficulty; null when undefined. */
  record FairnessView(int agents, Double scoreLoadCorrelation, Double scoreDifficultyCorrelation) {}
}
