package dev.heng.domain.diagnosis;

import dev.heng.domain.access.AccessScope;
import dev.heng.domain.record.Customer;
import dev.heng.domain.record.RetentionStatus;
import dev.heng.domain.scoring.DimensionScore;
import dev.heng.domain.scoring.MetricScore;
import dev.heng.domain.scoring.Scorecard;
import dev.heng.domain.scoring.ScorecardDimension;
import dev.heng.domain.scoring.ScoringPeriod;
import dev.heng.domain.scoring.ScoringResult;
import dev.heng.domain.scoring.TicketFacts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * Diagnoses a tenant's health for a quarter from scores computed tenant-wide: quantity against
 * quality, individual against team, short against long term.
 *
 * <p>For one team's scope every figure covers the team's agents and the customers they served;
 * ranks are ranks within the team, and nothing that compares teams is given. The scores themselves
 * stay those of the tenant-wide scoring, since a score is judged against all the tenant's agents.
 */
public final class HealthDiagnosisCalculator {

  /** Mean ratings below this are in the low band. */
  static final double LOW_BELOW = 2.5;

  /** Mean ratings from {@link #LOW_BELOW} up to below this are in the middle band. */
  static final double HIGH_FROM = 3.5;

  /**
   * The calendar months of a quarter, in order.
   *
   * @throws IllegalArgumentException if {@code quarter} is not a quarter
   */
  public static List<ScoringPeriod> months(ScoringPeriod quarter) {
    if (quarter == null || quarter.unit() != ScoringPeriod.Unit.QUARTER) {
      throw new IllegalArgumentException("quarter must be a quarter, was " + quarter);
    }
    List<ScoringPeriod> months = new ArrayList<>(3);
    for (int m = 0; m < 3; m++) {
      months.add(new ScoringPeriod(ScoringPeriod.Unit.MONTH, quarter.start().plusMonths(m)));
    }
    return List.copyOf(months);
  }

  /**
   * Diagnoses the input's quarter for its scope. A quarter without tickets gives counts of 0,
   * figures without values and findings that say so.
   *
   * @param input the quarter, its scope and what was recorded in it; must not be null
   * @return the diagnosis, never null
   * @throws IllegalArgumentException if input is null
   */
  public HealthDiagnosis diagnose(DiagnosisInput input) {
    if (input == null) {
      throw new IllegalArgumentException("input must not be null");
    }
    String teamId = input.scope() instanceof AccessScope.OwnTeam team ? team.teamId() : null;
    String label = input.quarter().label();
    List<Scorecard> cards = inScope(input.quarterResult(), teamId);
    Set<String> agents = new HashSet<>();
    cards.forEach(card -> agents.add(card.agentId()));
    List<TicketFacts> served = new ArrayList<>();
    for (TicketFacts ticket : input.tickets()) {
      if (ticket.assigneeId() != null
          && agents.contains(ticket.assigneeId())
          && within(ticket.createdAt(), input.quarter().from(), input.quarter().to())) {
        served.add(ticket);
      }
    }

    QuantityQuality quantityQuality = quantityQuality(input, label, cards, teamId, served);
    IndividualTeam individualTeam = individualTeam(label, cards, teamId, input.teamBonusPoints());
    ShortLongTerm shortLongTerm = shortLongTerm(label, served, input.customers());

    return new HealthDiagnosis(
        label,
        teamId == null ? HealthDiagnosis.Scope.TENANT : HealthDiagnosis.Scope.TEAM,
        teamId,
        input.configVersion(),
        input.teamBonusPoints(),
        cards.size(),
        served.size(),
        quantityQuality,
        individualTeam,
        shortLongTerm);
  }

  private static List<Scorecard> inScope(ScoringResult result, String teamId) {
    if (result == null) {
      return List.of();
    }
    return result.scorecards().stream()
        .filter(card -> teamId == null || teamId.equals(card.teamId()))
        .toList();
  }

  private static boolean within(Instant at, Instant from, Instant to) {
    return !at.isBefore(from) && at.isBefore(to);
  }

  private static QuantityQuality quantityQuality(
      DiagnosisInput input,
      String label,
      List<Scorecard> cards,
      String teamId,
      List<TicketFacts> served) {
    List<MonthlyCorrelation> months = new ArrayList<>();
    for (ScoringPeriod month : months(input.quarter())) {
      int tickets = 0;
      for (TicketFacts ticket : served) {
        if (within(ticket.createdAt(), month.from(), month.to())) {
          tickets++;
        }
      }
      List<Scorecard> monthCards = inScope(input.months().get(month.label()), teamId);
      months.add(new MonthlyCorrelation(month.label(), tickets, volumeQuality(monthCards)));
    }
    Correlation quarter = volumeQuality(cards);
    return new QuantityQuality(
        QuantityQuality.VOLUME_MEASURE,
        QuantityQuality.QUALITY_MEASURE,
        quarter,
        months,
        Findings.quantityQuality(label, served.size(), quarter, months));
  }

  /** Workload coefficient against quality dimension score, over the agents that have the latter. */
  private static Correlation volumeQuality(List<Scorecard> cards) {
    List<double[]> pairs = new ArrayList<>();
    for (Scorecard card : cards) {
      Double quality = quality(card);
      if (quality != null) {
        pairs.add(new double[] {card.workload().coefficient(), quality});
      }
    }
    double[] volume = new double[pairs.size()];
    double[] quality = new double[pairs.size()];
    for (int i = 0; i < pairs.size(); i++) {
      volume[i] = pairs.get(i)[0];
      quality[i] = pairs.get(i)[1];
    }
    return Correlation.pearson(volume, quality);
  }

  private static Double quality(Scorecard card) {
    for (DimensionScore dimension : card.dimensions()) {
      if (dimension.dimension() == ScorecardDimension.QUALITY) {
        return dimension.score();
      }
    }
    return null;
  }

  /** The total an agent's metrics earned, before the team bonus and the cap at 100. */
  static double withoutBonus(Scorecard card) {
    double sum = 0;
    for (DimensionScore dimension : card.dimensions()) {
      for (MetricScore metric : dimension.metrics()) {
        sum += metric.contribution();
      }
    }
    return sum;
  }

  private static IndividualTeam individualTeam(
      String label, List<Scorecard> cards, String teamId, double points) {
    Map<String, List<Scorecard>> byTeam = new TreeMap<>();
    int withoutTeam = 0;
    for (Scorecard card : cards) {
      if (card.teamId() == null) {
        withoutTeam++;
      } else {
        byTeam.computeIfAbsent(card.teamId(), team -> new ArrayList<>()).add(card);
      }
    }
    List<TeamSpread> teams = new ArrayList<>();
    double[] teamMeans = new double[byTeam.size()];
    int t = 0;
    for (Map.Entry<String, List<Scorecard>> team : byTeam.entrySet()) {
      double[] totals = values(team.getValue(), Scorecard::total);
      double bonus = team.getValue().stream().mapToDouble(Scorecard::teamBonus).max().orElse(0);
      Spread spread = Spread.of(totals);
      teams.add(new TeamSpread(team.getKey(), spread, bonus));
      teamMeans[t++] = spread.mean();
    }
    AcrossTeams across =
        teamId != null
            ? null
            : new AcrossTeams(
                byTeam.size(),
                Spread.of(teamMeans),
                betweenTeamShare(byTeam, Scorecard::total),
                betweenTeamShare(byTeam, HealthDiagnosisCalculator::withoutBonus));
    TeamBonusEffect bonus = bonusEffect(cards, points);
    Spread all = Spread.of(values(cards, Scorecard::total));
    return new IndividualTeam(
        cards.size(),
        withoutTeam,
        teams,
        across,
        bonus,
        Findings.individualTeam(label, teamId, all, teams, across, bonus));
  }

  private static double[] values(List<Scorecard> cards, ToDoubleFunction<Scorecard> value) {
    return cards.stream().mapToDouble(value).toArray();
  }

  /**
   * Eta squared: the between-team sum of squares over the total sum of squares, over the agents
   * that have a team.
   */
  private static Double betweenTeamShare(
      Map<String, List<Scorecard>> byTeam, ToDoubleFunction<Scorecard> value) {
    double sum = 0;
    int n = 0;
    for (List<Scorecard> members : byTeam.values()) {
      for (Scorecard card : members) {
        sum += value.applyAsDouble(card);
        n++;
      }
    }
    if (n < 2) {
      return null;
    }
    double mean = sum / n;
    double total = 0;
    double between = 0;
    for (List<Scorecard> members : byTeam.values()) {
      double teamSum = 0;
      for (Scorecard card : members) {
        double x = value.applyAsDouble(card);
        teamSum += x;
        total += (x - mean) * (x - mean);
      }
      double teamMean = teamSum / members.size();
      between += members.size() * (teamMean - mean) * (teamMean - mean);
    }
    return total > 1e-12 ? Math.min(1, between / total) : null;
  }

  private static TeamBonusEffect bonusEffect(List<Scorecard> cards, double points) {
    Map<String, Integer> rankWith = ranks(cards, Scorecard::total);
    Map<String, Integer> rankWithout = ranks(cards, HealthDiagnosisCalculator::withoutBonus);
    int moved = 0;
    int largest = 0;
    for (Scorecard card : cards) {
      int move = Math.abs(rankWith.get(card.agentId()) - rankWithout.get(card.agentId()));
      if (move > 0) {
        moved++;
        largest = Math.max(largest, move);
      }
    }
    Set<String> teamsWithBonus = new HashSet<>();
    int agentsWithBonus = 0;
    for (Scorecard card : cards) {
      if (card.teamBonus() > 0) {
        agentsWithBonus++;
        if (card.teamId() != null) {
          teamsWithBonus.add(card.teamId());
        }
      }
    }
    double[] bonuses = values(cards, Scorecard::teamBonus);
    Spread bonusSpread = Spread.of(bonuses);
    return new TeamBonusEffect(
        points,
        teamsWithBonus.size(),
        agentsWithBonus,
        bonusSpread.mean(),
        bonusSpread.max(),
        Spread.of(values(cards, Scorecard::total)),
        Spread.of(values(cards, HealthDiagnosisCalculator::withoutBonus)),
        moved,
        largest);
  }

  /** Ranks from 1, best first, ties by agent id. */
  private static Map<String, Integer> ranks(
      List<Scorecard> cards, ToDoubleFunction<Scorecard> value) {
    List<Scorecard> ordered =
        cards.stream()
            .sorted(Comparator.comparingDouble(value).reversed().thenComparing(Scorecard::agentId))
            .toList();
    Map<String, Integer> ranks = new HashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      ranks.put(ordered.get(i).agentId(), i + 1);
    }
    return ranks;
  }

  private static ShortLongTerm shortLongTerm(
      String label, List<TicketFacts> served, List<Customer> customers) {
    Map<String, Customer> byId = new HashMap<>();
    customers.forEach(customer -> byId.put(customer.externalId(), customer));
    Set<String> servedCustomers = new HashSet<>();
    Map<String, double[]> ratings = new TreeMap<>();
    for (TicketFacts ticket : served) {
      if (byId.containsKey(ticket.customerId())) {
        servedCustomers.add(ticket.customerId());
        if (ticket.satisfaction() != null) {
          double[] sum = ratings.computeIfAbsent(ticket.customerId(), id -> new double[2]);
          sum[0]++;
          sum[1] += ticket.satisfaction();
        }
      }
    }

    BandTally[] tallies = {
      new BandTally("low", 1, LOW_BELOW),
      new BandTally("middle", LOW_BELOW, HIGH_FROM),
      new BandTally("high", HIGH_FROM, 5)
    };
    List<double[]> withValue = new ArrayList<>();
    double[] satisfaction = new double[ratings.size()];
    double[] retained = new double[ratings.size()];
    int c = 0;
    for (Map.Entry<String, double[]> rated : ratings.entrySet()) {
      Customer customer = byId.get(rated.getKey());
      double mean = rated.getValue()[1] / rated.getValue()[0];
      BandTally tally = mean < LOW_BELOW ? tallies[0] : mean < HIGH_FROM ? tallies[1] : tallies[2];
      tally.add(customer);
      if (customer.lifetimeValue() != null) {
        withValue.add(new double[] {mean, customer.lifetimeValue()});
      }
      satisfaction[c] = mean;
      retained[c] = customer.retentionStatus() == RetentionStatus.CHURNED ? 0 : 1;
      c++;
    }
    double[] valuedSatisfaction = new double[withValue.size()];
    double[] value = new double[withValue.size()];
    for (int i = 0; i < withValue.size(); i++) {
      valuedSatisfaction[i] = withValue.get(i)[0];
      value[i] = withValue.get(i)[1];
    }
    List<SatisfactionBand> bands = new ArrayList<>();
    for (BandTally tally : tallies) {
      bands.add(tally.band());
    }
    Correlation lifetimeValue = Correlation.spearman(valuedSatisfaction, value);
    Correlation retention = Correlation.pearson(satisfaction, retained);
    return new ShortLongTerm(
        servedCustomers.size(),
        ratings.size(),
        bands,
        lifetimeValue,
        retention,
        Findings.shortLongTerm(label, servedCustomers.size(), bands, lifetimeValue));
  }

  /** The customers of one satisfaction band, counted as they come. */
  private static final class BandTally {
    final String name;
    final double from;
    final double to;
    int active;
    int atRisk;
    int churned;
    int valued;
    double valueSum;

    BandTally(String name, double from, double to) {
      this.name = name;
      this.from = from;
      this.to = to;
    }

    void add(Customer customer) {
      switch (customer.retentionStatus()) {
        case ACTIVE -> active++;
        case AT_RISK -> atRisk++;
        case CHURNED -> churned++;
      }
      if (customer.lifetimeValue() != null) {
        valued++;
        valueSum += customer.lifetimeValue();
      }
    }

    SatisfactionBand band() {
      int customers = active + atRisk + churned;
      return new SatisfactionBand(
          name,
          from,
          to,
          customers,
          active,
          atRisk,
          churned,
          customers == 0 ? null : (double) (active + atRisk) / customers,
          valued,
          valued == 0 ? null : valueSum / valued);
    }
  }
}
