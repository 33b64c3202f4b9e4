package dev.heng.application.port.in;

/** What came of revoking a key. */
public enum KeyRevocation {
  /** The key no longer authenticates (also when it was revoked before). */
  REVOKED,
  /** The tenant has no such key. */
  NOT_FOUND,
  /** The caller may not manage keys. */
  FORBIDDEN
}
