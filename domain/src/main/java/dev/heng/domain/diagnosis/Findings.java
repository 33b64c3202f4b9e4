package dev.heng.domain.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The plain-language findings of a diagnosis, each written from its section's figures. */
final class Findings {

  /** Below this size a correlation whose sign is clear is called weak. */
  private static final double WEAK = 0.2;

  private Findings() {}

  static String quantityQuality(
      String quarter, int tickets, Correlation correlation, List<MonthlyCorrelation> months) {
    if (tickets == 0) {
      return "No tickets were raised in "
          + quarter
          + ", so there is no volume or quality to compare.";
    }
    if (correlation.r() == null) {
      return "Too few agents had both a workload and a quality score in "
          + quarter
          + " ("
          + correlation.n()
          + ") to relate volume and quality.";
    }
    String figures = figures("r", correlation, "agents");
    String main =
        switch (correlation.direction()) {
          case POSITIVE ->
              "Volume and quality move together"
                  + weakly(correlation)
                  + " ("
                  + figures
                  + "): agents who carry more do not pay for it in quality, so there is no"
                  + " trade-off";
          case NEGATIVE ->
              "Agents who carry more score lower on quality"
                  + weakly(correlation)
                  + " ("
                  + figures
                  + "): volume is traded against quality";
          case UNCLEAR ->
              "Volume and quality show no clear relation (" + figures + "), so no trade-off shows";
          case UNDEFINED ->
              "With "
                  + correlation.n()
                  + " agents volume and quality cannot be related with any confidence (r = "
                  + two(correlation.r())
                  + ")";
        };
    if (correlation.direction() != Correlation.Direction.UNDEFINED
        && correlation.n() < Correlation.SMALL_SAMPLE) {
      main += "; with only " + correlation.n() + " agents this is a weak guide";
    }
    List<String> trend = new ArrayList<>();
    List<String> tradeOffs = new ArrayList<>();
    for (MonthlyCorrelation month : months) {
      Correlation monthly = month.correlation();
      if (month.tickets() == 0) {
        trend.add(month.period() + " no tickets");
      } else if (monthly.r() == null) {
        trend.add(month.period() + " too few agents");
      } else {
        trend.add(month.period() + " r = " + two(monthly.r()));
        if (monthly.direction() == Correlation.Direction.NEGATIVE) {
          tradeOffs.add(month.period());
        }
      }
    }
    String byMonth = "By month: " + String.join(", ", trend);
    if (!tradeOffs.isEmpty()) {
      byMonth += " (a trade-off in " + String.join(" and ", tradeOffs) + ")";
    }
    return main + ". " + byMonth + ".";
  }

  static String individualTeam(
      String quarter,
      String teamId,
      Spread all,
      List<TeamSpread> teams,
      AcrossTeams across,
      TeamBonusEffect bonus) {
    if (all.n() == 0) {
      return "No agent was scored in " + quarter + ", so there are no scores to spread.";
    }
    String spread;
    if (teamId != null) {
      spread =
          all.sd() == null
              ? "Team " + teamId + " has one scored agent (" + one(all.mean()) + " points)"
              : "Within team "
                  + teamId
                  + " scores spread with a standard deviation of "
                  + one(all.sd())
                  + " points ("
                  + one(all.min())
                  + " to "
                  + one(all.max())
                  + ", interquartile range "
                  + one(all.iqr())
                  + ", "
                  + all.n()
                  + " agents)";
      spread += "; figures across teams are not shown for one team";
    } else if (across.teams() >= 2 && across.betweenTeamShare() != null) {
      String share = percent(across.betweenTeamShare());
      String means =
          "team means " + one(across.teamMeans().min()) + " to " + one(across.teamMeans().max());
      spread =
          across.betweenTeamShare() < 0.5
              ? "Most of the spread lies within teams: "
                  + share
                  + " of the score variance is between the "
                  + across.teams()
                  + " teams ("
                  + means
                  + "), and within a team the standard deviation is "
                  + one(meanSd(teams))
                  + " points on average"
              : "Teams differ more than their members: "
                  + share
                  + " of the score variance lies between the "
                  + across.teams()
                  + " teams ("
                  + means
                  + ")";
    } else {
      String sd = all.sd() == null ? "none" : one(all.sd()) + " points";
      spread =
          across.teams() == 0
              ? "No scored agent belongs to a team, so teams cannot be compared; scores spread"
                  + " with a standard deviation of "
                  + sd
              : "The scored agents with a team are all in one team, so the spread (standard"
                  + " deviation "
                  + sd
                  + ") is individual";
    }
    return spread + ". " + bonus(teamId, bonus, all.n()) + ".";
  }

  private static String bonus(String teamId, TeamBonusEffect bonus, int agents) {
    if (bonus.configuredPoints() == 0) {
      return "The tenant configures no team bonus, so scores and ranks reflect individual work"
          + " only";
    }
    if (bonus.agentsWithBonus() == 0) {
      return "The team bonus of up to "
          + one(bonus.configuredPoints())
          + " points went to "
          + (teamId == null ? "no team" : "no member")
          + ", so it changed no score or rank";
    }
    if (teamId != null) {
      return "The team bonus added "
          + one(bonus.maxBonus())
          + " points to each member"
          + (bonus.agentsMoved() == 0
              ? "; it changes no order within the team"
              : "; capped at 100 points, it moved " + bonus.agentsMoved() + " within the team");
    }
    return "The team bonus (up to "
        + one(bonus.configuredPoints())
        + " points) added "
        + one(bonus.meanBonus())
        + " points on average, going to "
        + bonus.agentsWithBonus()
        + " of "
        + agents
        + " agents in "
        + bonus.teamsWithBonus()
        + (bonus.teamsWithBonus() == 1 ? " team" : " teams")
        + ", and moved "
        + bonus.agentsMoved()
        + " agents in rank"
        + (bonus.agentsMoved() == 0 ? "" : ", at most " + bonus.largestMove() + " places");
  }

  static String shortLongTerm(
      String quarter, int served, List<SatisfactionBand> bands, Correlation lifetimeValue) {
    int rated = bands.stream().mapToInt(SatisfactionBand::customers).sum();
    if (served == 0) {
      return "No customer was served in "
          + quarter
          + ", so there is no satisfaction to set against retention and lifetime value.";
    }
    if (rated == 0) {
      return "None of the "
          + served
          + " customers served in "
          + quarter
          + " rated a ticket, so satisfaction cannot be set against retention and lifetime"
          + " value.";
    }
    SatisfactionBand low = bands.getFirst();
    SatisfactionBand high = bands.getLast();
    String retention;
    if (low.customers() > 0 && high.customers() > 0) {
      retention =
          "Customers rating "
              + one(high.from())
              + " or higher on average were retained at "
              + percent(high.retentionRate())
              + " ("
              + high.customers()
              + " customers) against "
              + percent(low.retentionRate())
              + " of those rating under "
              + one(low.to())
              + " ("
              + low.customers()
              + ")";
    } else {
      int kept = bands.stream().mapToInt(band -> band.active() + band.atRisk()).sum();
      retention =
          "The "
              + rated
              + " rated customers were retained at "
              + percent((double) kept / rated)
              + "; too few rated low or high to compare the bands";
    }
    String value;
    if (lifetimeValue.r() == null) {
      value =
          lifetimeValue.n() == 0
              ? "none of them has a lifetime value on record"
              : "too few have a lifetime value on record ("
                  + lifetimeValue.n()
                  + ") to relate it to satisfaction";
    } else {
      String figures = figures("rho", lifetimeValue, "customers");
      value =
          switch (lifetimeValue.direction()) {
            case POSITIVE ->
                "satisfaction and lifetime value rise together"
                    + weakly(lifetimeValue)
                    + " ("
                    + figures
                    + "): satisfied customers tend to be worth more over time";
            case NEGATIVE ->
                "satisfaction and lifetime value move apart"
                    + weakly(lifetimeValue)
                    + " ("
                    + figures
                    + "): the more satisfied customers tend to be the less valuable ones";
            case UNCLEAR -> "satisfaction says little about lifetime value (" + figures + ")";
            case UNDEFINED ->
                "with "
                    + lifetimeValue.n()
                    + " customers satisfaction and lifetime value cannot be related with"
                    + " confidence (rho = "
                    + two(lifetimeValue.r())
                    + ")";
          };
    }
    return retention + "; " + value + ".";
  }

  private static String weakly(Correlation correlation) {
    return Math.abs(correlation.r()) < WEAK ? ", though weakly" : "";
  }

  private static String figures(String symbol, Correlation correlation, String units) {
    return symbol
        + " = "
        + two(correlation.r())
        + ", "
        + percent(Correlation.LEVEL)
        + " interval "
        + two(correlation.low())
        + " to "
        + two(correlation.high())
        + ", "
        + correlation.n()
        + " "
        + units;
  }

  private static double meanSd(List<TeamSpread> teams) {
    return teams.stream()
        .filter(team -> team.scores().sd() != null)
        .mapToDouble(team -> team.scores().sd())
        .average()
        .orElse(0);
  }

  private static String two(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  private static String one(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }
}
