package dev.heng.bootstrap.eval;

import dev.heng.bootstrap.cli.CommandOptions;
import dev.heng.bootstrap.cli.Console;
import dev.heng.bootstrap.cli.OneShotCommand;
import dev.heng.domain.evaluation.MethodFigures;
import dev.heng.domain.evaluation.ScoringEvaluation;
import dev.heng.domain.simulation.SimulationParameters;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code eval scoring}: generates a synthetic tenant, scores it with raw counts and with Heng's
 * model on the default configuration, and prints how well each recovered the hidden skill and how
 * much each leaned on load and difficulty.
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
        + " [--difficulty-spread X] [--load-spread Y] [--noise Z]";
  }

  @Override
  public int run(ApplicationArguments arguments) {
    SimulationParameters parameters;
    try {
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

    long started = System.nanoTime();
    ScoringEvaluation.Report report;
    try {
      report = new ScoringEvaluation().evaluate(parameters);
    } catch (IllegalArgumentException e) {
      Console.line("error: " + e.getMessage());
      return 2;
    }
    log.info(
        "Scored a synthetic tenant of {} agents and {} tickets both ways in {} ms",
        report.agents(),
        report.tickets(),
        (System.nanoTime() - started) / 1_000_000);

    Console.figure("seed", parameters.seed());
    Console.figure("agents", report.agents());
    Console.figure("tickets", report.tickets());
    print("raw", report.raw());
    print("heng", report.heng());
    return 0;
  }

  private static void print(String method, MethodFigures figures) {
    Console.figure(method + ".spearman", format(figures.spearman()));
    Console.figure(method + ".percentile_error", format(figures.percentileError()));
    Console.figure(method + ".corr_load", format(figures.loadCorrelation()));
    Console.figure(method + ".corr_difficulty", format(figures.difficultyCorrelation()));
    Console.figure(method + ".rank_moves", format(figures.rankMoves()));
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
