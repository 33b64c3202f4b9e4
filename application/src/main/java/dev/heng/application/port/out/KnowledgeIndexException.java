package dev.heng.application.port.out;

/** The knowledge index could not be read or written. */
public final class KnowledgeIndexException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public KnowledgeIndexException(String message, Throwable cause) {
    super(message, cause);
  }
}
