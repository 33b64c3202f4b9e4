package dev.heng.bootstrap.eval;

import dev.heng.bootstrap.cli.CommandOptions;
import dev.heng.bootstrap.cli.Console;
import dev.heng.bootstrap.cli.OneShotCommand;
import dev.heng.domain.evaluation.MethodFigures;
import dev.heng.domain.evaluation.ScoringEvaluation;
import dev.heng.domain.simulation.SimulationParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code eval scoring}: generates a synthetic tenant, scores it with raw counts and with Heng's
 * model on the default configuration, and prints how well each recovered the hidden skill and how
 * much each leaned on load and difficulty. With {@code --runs R} it repeats this for seeds S to S +
 * R - 1 and prints the mean of each figure, since one tenant of 40 agents gives correlations with a
 * sampling error of about 0.15. Then come the {@code fitted.} figures: how close to skill Heng's
 * normalised metrics come on the same tenants when weighted by a least-squares fit to the hidden
 * skill, a reference for what reweighting the card could reach. Last, the {@code known.} and {@code
 * known_fitted.} figures do the same for Heng's model told every customer's hidden difficulty: what
 * a perfect grading could add.
 */
@Component
class ScoringEvaluationCommand implements OneShotCommand {

  private static final Logger log = LoggerFactory.getLogger(ScoringEvaluationCommand.class);

  @Override
  public String name() {
    return "eval scoring";
  }

  @Override
  public String usage() {
    return "eval scoring [--seed S] [--agents N] [--customers M] [--days D]"
        + " [--difficulty-spread X] [--load-spread Y] [--noise Z] [--runs R]";
  }

  @Override
  public int run(ApplicationArguments arguments) {
    SimulationParameters parameters;
    int runs;
    try {
      runs = CommandOptions.intOption(arguments, "runs", 1);
      SimulationParameters.Builder builder =
          SimulationParameters.builder(CommandOptions.longOption(arguments, "seed", 42))
              .agents(CommandOptions.intOption(arguments, "agents", 40))
              .days(CommandOptions.intOption(arguments, "days", 28))
              .difficultySpread(CommandOptions.doubleOption(arguments, "difficulty-spread", 1.0))
              .loadSpread(CommandOptions.doubleOption(arguments, "load-spread", 1.0))
              .noise(CommandOptions.doubleOption(arguments, "noise", 1.0));
      int customers = CommandOptions.intOption(arguments, "customers", 0);
      if (customers > 0) {
        builder.customers(customers);
      }
      parameters = builder.build();
    } catch (IllegalArgumentException e) {
      Console.line("error: " + e.getMessage());
      return 2;
    }

    List<ScoringEvaluation.Report> reports = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      SimulationParameters seeded =
          new SimulationParameters(
              parameters.seed() + run,
              parameters.agents(),
              parameters.customers(),
              parameters.days(),
              parameters.difficultySpread(),
              parameters.loadSpread(),
              parameters.noise(),
              parameters.start(),
              parameters.chineseShare());
      long started = System.nanoTime();
      ScoringEvaluation.Report report = new ScoringEvaluation().evaluate(seeded);
      log.info(
          "Seed {}: scored {} agents and {} tickets three ways in {} ms",
          seeded.seed(),
          report.agents(),
          report.tickets(),
          (System.nanoTime() - started) / 1_000_000);
      reports.add(report);
    }

    Console.figure("seed", parameters.seed());
    Console.figure("runs", runs);
    Console.figure("agents", reports.getFirst().agents());
    Console.figure("tickets", reports.getFirst().tickets());
    print("raw", MethodFigures.mean(reports.stream().map(ScoringEvaluation.Report::raw).toList()));
    print(
        "heng", MethodFigures.mean(reports.stream().map(ScoringEvaluation.Report::heng).toList()));
    ScoringEvaluation.FittedWeighting fitted =
        ScoringEvaluation.fittedWeighting(
            reports.stream().map(ScoringEvaluation.Report::hengMetrics).toList());
    Console.figure("fitted.spearman", format(fitted.spearman()));
    Console.figure("fitted.percentile_error", format(fitted.percentileError()));
    print(
        "known",
        MethodFigures.mean(reports.stream().map(ScoringEvaluation.Report::known).toList()));
    ScoringEvaluation.FittedWeighting knownFitted =
        ScoringEvaluation.fittedWeighting(
            reports.stream().map(ScoringEvaluation.Report::knownMetrics).toList());
    Console.figure("known_fitted.spearman", format(knownFitted.spearman()));
    Console.figure("known_fitted.percentile_error", format(knownFitted.percentileError()));
    return 0;
  }

  private static void print(String method, MethodFigures figures) {
    Console.figure(method + ".spearman", format(figures.spearman()));
    Console.figure(method + ".percentile_error", format(figures.percentileError()));
    Console.figure(method + ".corr_load", format(figures.loadCorrelation()));
    Console.figure(method + ".corr_difficulty", format(figures.difficultyCorrelation()));
    Console.figure(method + ".rank_moves", format(figures.rankMoves()));
    Console.figure(method + ".reliability", format(figures.reliability()));
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
