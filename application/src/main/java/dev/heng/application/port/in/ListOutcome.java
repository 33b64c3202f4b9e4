package dev.heng.application.port.in;

/** What a listing answered: a page, or why the query could not be answered. */
public sealed interface ListOutcome {

  /**
   * The page asked for.
   *
   * @param page the records and the next cursor
   */
  record Listed(RecordPage page) implements ListOutcome {}

  /**
   * The query was malformed for this kind: a filter that does not apply, or a cursor that was not
   * issued by this service.
   *
   * @param parameter the query parameter at fault
   * @param reason what is wrong with it
   */
  record Invalid(String parameter, String reason) implements ListOutcome {}
}
