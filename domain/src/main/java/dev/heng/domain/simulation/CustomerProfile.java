package dev.heng.domain.simulation;

import dev.heng.domain.record.Channel;
import dev.heng.domain.record.Customer;
import dev.heng.domain.record.RetentionStatus;
import dev.heng.domain.record.Segment;
import dev.heng.domain.record.ServiceWindow;
import dev.heng.domain.record.ValueTier;
import java.time.LocalDate;
import java.util.Map;

/**
 * A customer as the generator sees it: the static intake fields, the hidden difficulty and the
 * latent score it came from.
 *
 * @param index position in the generated list, 0-based
 * @param id external id
 * @param latent standard normal score behind the difficulty; the static attributes correlate with
 *     it
 * @param difficulty hidden difficulty, mean 1.0 over customers
 * @param segment business or person
 * @param valueTier commercial value
 * @param serviceWindow service entitlement
 * @param productComplexity 1..5
 * @param contractValue yearly contract value, or null
 * @param lifetimeValue lifetime value, or null
 * @param customerSince account opening day
 * @param chinese whether the customer writes Chinese
 * @param preferredChannel the channel the customer uses most
 * @param attributes free attributes
 */
record CustomerProfile(
    int index,
    String id,
    double latent,
    double difficulty,
    Segment segment,
    ValueTier valueTier,
    ServiceWindow serviceWindow,
    int productComplexity,
    Double contractValue,
    Double lifetimeValue,
    LocalDate customerSince,
    boolean chinese,
    Channel preferredChannel,
    Map<String, String> attributes) {

  /** Whether the customer is a business. */
  boolean enterprise() {
    return segment == Segment.ENTERPRISE;
  }

  /** The intake record, kept by {@code agentId}, with the retention the tickets led to. */
  Customer toRecord(String agentId, RetentionStatus retention) {
    return new Customer(
        id,
        segment,
        valueTier,
        serviceWindow,
        productComplexity,
        agentId,
        lifetimeValue,
        contractValue,
        retention,
        customerSince,
        attributes);
  }
}
