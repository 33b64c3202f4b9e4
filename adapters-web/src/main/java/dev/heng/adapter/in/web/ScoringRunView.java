package dev.heng.adapter.in.web;

import dev.heng.domain.scoring.DifficultyGrading;

/** What a scoring run wrote. */
record ScoringRunView(
    String period,
    int configVersion,
    int agents,
    int customers,
    int tickets,
    DifficultyGrading.Source weightSource,
    TeamScorecardsView.FairnessView fairness) {}
