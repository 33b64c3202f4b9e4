package dev.heng.domain.record;

import java.time.LocalDate;
import java.util.Map;

/**
 * A customer of the tenant, kept by one agent (that agent's customer pool).
 *
 * @param externalId the caller's id of the customer
 * @param segment business or person
 * @param valueTier commercial value
 * @param serviceWindow when the customer is entitled to service
 * @param productComplexity 1 (simple) to 5 (most complex) for the products the customer uses
 * @param agentId external id of the agent who keeps this customer, or null when unassigned
 * @param lifetimeValue customer lifetime value in the tenant's currency, or null when unknown
 * @param contractValue yearly contract value in the tenant's currency, or null when unknown
 * @param retentionStatus whether the customer is still with the tenant
 * @param customerSince the day the account was opened, or null when unknown
 * @param attributes free attributes (name to text) that grading may use, in key order
 */
public record Customer(
    String externalId,
    Segment segment,
    ValueTier valueTier,
    ServiceWindow serviceWindow,
    int productComplexity,
    String agentId,
    Double lifetimeValue,
    Double contractValue,
    RetentionStatus retentionStatus,
    LocalDate customerSince,
    Map<String, String> attributes)
    implements IntakeRecord {

  public Customer {
    externalId = Fields.externalId("externalId", externalId);
    Fields.required("segment", segment);
    Fields.required("valueTier", valueTier);
    Fields.required("serviceWindow", serviceWindow);
    Fields.range("productComplexity", productComplexity, 1, 5);
    agentId = Fields.optionalExternalId("agentId", agentId);
    Fields.optionalNonNegative("lifetimeValue", lifetimeValue);
    Fields.optionalNonNegative("contractValue", contractValue);
    retentionStatus = retentionStatus == null ? RetentionStatus.ACTIVE : retentionStatus;
    attributes = Fields.map("attributes", attributes);
    if (attributes.size() > 50) {
      throw new InvalidFieldException("attributes", "must hold at most 50 entries");
    }
    for (Map.Entry<String, String> attribute : attributes.entrySet()) {
      Fields.text("attributes", attribute.getKey(), 100);
      Fields.optionalText("attributes." + attribute.getKey(), attribute.getValue(), 1_000);
    }
  }

  @Override
  public RecordKind kind() {
    return RecordKind.CUSTOMERS;
  }
}
