package dev.heng.application.port.in;

/** The answer to a listing of alerts. */
public sealed interface AlertListing {

  /**
   * The page.
   *
   * @param page the alerts and the next cursor
   */
  record Listed(AlertPage page) implements AlertListing {}

  /**
   * The query was malformed; nothing was read.
   *
   * @param parameter the parameter at fault
   * @param reason why, readable by the caller
   */
  record Invalid(String parameter, String reason) implements AlertListing {}
}
