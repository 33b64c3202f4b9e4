package dev.heng.adapter.in.web;

import dev.heng.application.port.in.ScoringRun;
import dev.heng.application.port.in.TeamScorecards;
import dev.heng.domain.scoring.CustomerDifficulty;
import dev.heng.domain.scoring.DimensionContribution;
import dev.heng.domain.scoring.FairnessSummary;
import dev.heng.domain.scoring.MetricScore;
import dev.heng.domain.scoring.Scorecard;
import dev.heng.domain.scoring.Workload;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Turns scoring results into their API views. */
@Mapper
interface ScoringMapper {

  ScorecardView toView(Scorecard scorecard);

  ScorecardView.WorkloadView toView(Workload workload);

  @Mapping(target = "explanation", expression = "java(MetricExplanation.of(score))")
  ScorecardView.MetricView toView(MetricScore score);

  TeamScorecardsView toView(TeamScorecards scorecards);

  TeamScorecardsView.FairnessView toView(FairnessSummary fairness);

  @Mapping(target = "dimensions", source = "contributions")
  DifficultyView toView(CustomerDifficulty difficulty);

  @Mapping(target = "missing", expression = "java(contribution.missing())")
  DifficultyView.ContributionView toView(DimensionContribution contribution);

  ScoringRunView toView(ScoringRun.Completed run);
}
