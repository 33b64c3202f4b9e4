package dev.heng.adapter.in.web;

import dev.heng.domain.diagnosis.AcrossTeams;
import dev.heng.domain.diagnosis.Correlation;
import dev.heng.domain.diagnosis.HealthDiagnosis;
import dev.heng.domain.diagnosis.IndividualTeam;
import dev.heng.domain.diagnosis.MonthlyCorrelation;
import dev.heng.domain.diagnosis.QuantityQuality;
import dev.heng.domain.diagnosis.SatisfactionBand;
import dev.heng.domain.diagnosis.ShortLongTerm;
import dev.heng.domain.diagnosis.Spread;
import dev.heng.domain.diagnosis.TeamBonusEffect;
import dev.heng.domain.diagnosis.TeamSpread;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Turns a health diagnosis into its API view. */
@Mapper(imports = Correlation.class)
interface DiagnosisMapper {

  DiagnosisView toView(HealthDiagnosis diagnosis);

  @Mapping(target = "level", expression = "java(Correlation.LEVEL)")
  @Mapping(target = "direction", expression = "java(correlation.direction())")
  DiagnosisView.CorrelationView toView(Correlation correlation);

  DiagnosisView.MonthView toView(MonthlyCorrelation month);

  DiagnosisView.QuantityQualityView toView(QuantityQuality section);

  DiagnosisView.SpreadView toView(Spread spread);

  DiagnosisView.TeamView toView(TeamSpread team);

  DiagnosisView.AcrossTeamsView toView(AcrossTeams across);

  DiagnosisView.BonusView toView(TeamBonusEffect bonus);

  DiagnosisView.IndividualTeamView toView(IndividualTeam section);

  DiagnosisView.BandView toView(SatisfactionBand band);

  DiagnosisView.ShortLongTermView toView(ShortLongTerm section);
}
