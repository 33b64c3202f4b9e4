package dev.heng.application.port.out;

/**
 * Signals that the store could not do what was asked (unreachable, timed out, refused). Whatever
 * the operation was writing was rolled back. Outbound adapters translate their drivers' failures
 * into this exception so that nothing technology-specific reaches the core.
 */
public final class StorageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message what was being done, with ids but never record content
   * @param cause the driver's failure
   */
  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
