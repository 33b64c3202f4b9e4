package dev.heng.application.port.out;

/**
 * Signals that the sentiment analyser failed on a message (model not loaded, internal error, timed
 * out); trying again later may succeed. Adapters translate their libraries' failures into it.
 */
public final class SentimentUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message what was being done, with ids but never message text
   * @param cause the library's failure
   */
  public SentimentUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
