package dev.heng.application.port.out;

/**
 * One claimed request to analyse a message, held under a lease until it is completed or failed.
 *
 * @param id the job's id
 * @param tenantId the tenant's internal id
 * @param eventId the message event's internal id
 * @param contentHash the event content the text belongs to; the result is stored for it
 * @param text the message text, never to be logged
 * @param attempts claims so far, this one included, at least 1
 * @param leaseToken the token of this claim; completing or failing with a stale token changes
 *     nothing about the job
 */
public record AnalysisJob(
    long id,
    long tenantId,
    long eventId,
    String contentHash,
    String text,
    int attempts,
    String leaseToken) {

  public AnalysisJob {
    if (contentHash == null || text == null || leaseToken == null) {
      throw new IllegalArgumentException("contentHash, text and leaseToken must not be null");
    }
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
    }
  }

  @Override
  public String toString() {
    return "AnalysisJob[id=" + id + ", eventId=" + eventId + ", attempts=" + attempts + "]";
  }
}
