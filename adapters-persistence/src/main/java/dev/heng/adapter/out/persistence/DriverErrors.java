package dev.heng.adapter.out.persistence;

import io.r2dbc.spi.R2dbcDataIntegrityViolationException;
import org.springframework.dao.DataIntegrityViolationException;

/** Reads what a database failure means, whichever layer (driver or Spring) wrapped it. */
final class DriverErrors {

  private DriverErrors() {}

  /**
   * Whether the failure, or any of its causes, is an integrity violation: for the writes here, a
   * concurrent writer that stored the same key first.
   */
  static boolean isUniqueViolation(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof R2dbcDataIntegrityViolationException
          || cause instanceof DataIntegrityViolationException) {
        return true;
      }
    }
    return false;
  }
}
