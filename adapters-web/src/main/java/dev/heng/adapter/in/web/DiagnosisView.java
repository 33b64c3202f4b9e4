package dev.heng.adapter.in.web;

import dev.heng.domain.diagnosis.Correlation;
import dev.heng.domain.diagnosis.HealthDiagnosis;
import java.util.List;

/**
 * A quarter's health diagnosis as the API shows it: three sections of figures, each with its
 * finding. Figures that are undefined (too few values, no spread) are null.
 */
record DiagnosisView(
    String quarter,
    HealthDiagnosis.Scope scope,
    String teamId,
    int configVersion,
    double teamBonusPoints,
    int agents,
    int tickets,
    QuantityQualityView quantityQuality,
    IndividualTeamView individualTeam,
    ShortLongTermView shortLongTerm) {

  /** A correlation with its interval, the interval's coverage and what it says of the sign. */
  record CorrelationView(
      int n, Double r, Double low, Double high, double level, Correlation.Direction direction) {}

  /** One month's correlation. */
  record MonthView(String period, int tickets, CorrelationView correlation) {}

  /** Quantity against quality. */
  record QuantityQualityView(
      String volumeMeasure,
      String qualityMeasure,
      CorrelationView quarter,
      List<MonthView> months,
      String finding) {}

  /** How a set of scores is spread. */
  record SpreadView(
      int n,
      Double mean,
      Double sd,
      Double min,
      Double q1,
      Double median,
      Double q3,
      Double max,
      Double iqr) {}

  /** One team's spread and bonus. */
  record TeamView(String teamId, SpreadView scores, double bonus) {}

  /** How teams differ. */
  record AcrossTeamsView(
      int teams,
      SpreadView teamMeans,
      Double betweenTeamShare,
      Double betweenTeamShareWithoutBonus) {}

  /** What the team bonus did. */
  record BonusView(
      double configuredPoints,
      int teamsWithBonus,
      int agentsWithBonus,
      Double meanBonus,
      Double maxBonus,
      SpreadView scoresWith,
      SpreadView scoresWithout,
      int agentsMoved,
      int largestMove) {}

  /** Individual against team. */
  record IndividualTeamView(
      int agents,
      int agentsWithoutTeam,
      List<TeamView> teams,
      AcrossTeamsView acrossTeams,
      BonusView bonus,
      String finding) {}

  /** One satisfaction band. */
  record BandView(
      String band,
      double from,
      double to,
      int customers,
      int active,
      int atRisk,
      int churned,
      Double retentionRate,
      int withLifetimeValue,
      Double meanLifetimeValue) {}

  /** Short against long term. */
  record ShortLongTermView(
      int customersServed,
      int customersRated,
      List<BandView> bands,
      CorrelationView satisfactionLifetimeValue,
      CorrelationView satisfactionRetention,
      String finding) {}
}
