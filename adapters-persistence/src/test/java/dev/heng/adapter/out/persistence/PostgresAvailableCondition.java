package dev.heng.adapter.out.persistence;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enables a test only when {@value TestDatabase#PG_URL_VARIABLE} names a PostgreSQL database. The
 * first time it disables one in a JVM it logs a single line saying how to enable them, so a run
 * without PostgreSQL is never mistaken for a run that tested it.
 */
public final class PostgresAvailableCondition implements ExecutionCondition {

  private static final Logger log = LoggerFactory.getLogger(PostgresAvailableCondition.class);

  private static final AtomicBoolean announced = new AtomicBoolean();

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (TestDatabase.postgresUrl().isPresent()) {
      return ConditionEvaluationResult.enabled(TestDatabase.PG_URL_VARIABLE + " is set");
    }
    if (announced.compareAndSet(false, true)) {
      log.warn(
          "PostgreSQL tests skipped: set {} to a database the tests may wipe",
          TestDatabase.PG_URL_VARIABLE);
    }
    return ConditionEvaluationResult.disabled(TestDatabase.PG_URL_VARIABLE + " is not set");
  }
}
