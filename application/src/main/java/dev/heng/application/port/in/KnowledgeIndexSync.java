package dev.heng.application.port.in;

import java.time.Duration;

/**
 * What one pass over stored records gave the knowledge index.
 *
 * @param tenants how many tenants were passed over
 * @param rebuilt how many tenant and kind pairs were read in full, for want of a mark
 * @param articles articles read and indexed
 * @param tickets tickets read and indexed
 * @param events ticket events read (only knowledge searches and links are indexed)
 * @param took how long the pass took
 */
public record KnowledgeIndexSync(
    int tenants, int rebuilt, long articles, long tickets, long events, Duration took) {

  /** Records read per second over the pass, 0 when it took no measurable time. */
  public double recordsPerSecond() {
    double seconds = took.toNanos() / 1e9;
    return seconds <= 0 ? 0 : (articles + tickets + events) / seconds;
  }
}
