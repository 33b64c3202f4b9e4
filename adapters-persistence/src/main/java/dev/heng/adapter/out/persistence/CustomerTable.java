package dev.heng.adapter.out.persistence;

import dev.heng.domain.record.Customer;
import dev.heng.domain.record.RecordKind;
import dev.heng.domain.record.RetentionStatus;
import dev.heng.domain.record.Segment;
import dev.heng.domain.record.ServiceWindow;
import dev.heng.domain.record.ValueTier;
import io.r2dbc.spi.Readable;
import java.util.List;

final class CustomerTable extends RecordTable<Customer> {

  CustomerTable() {
    super(
        RecordKind.CUSTOMERS,
        "customers",
        Customer.class,
        List.of(
            Column.text("segment"),
            Column.text("value_tier"),
            Column.text("service_window"),
            Column.integer("product_complexity"),
            Column.text("agent_id"),
            Column.decimal("lifetime_value"),
            Column.decimal("contract_value"),
            Column.text("retention_status"),
            Column.date("customer_since"),
            Column.text("attributes")));
  }

  @Override
  Object[] values(Customer customer) {
    return new Object[] {
      RowValues.name(customer.segment()),
      RowValues.name(customer.valueTier()),
      RowValues.name(customer.serviceWindow()),
      customer.productComplexity(),
      customer.agentId(),
      customer.lifetimeValue(),
      customer.contractValue(),
      RowValues.name(customer.retentionStatus()),
      customer.customerSince(),
      RowValues.json(customer.attributes())
    };
  }

  @Override
  Customer read(Readable row) {
    return new Customer(
        RowValues.text(row, "external_id"),
        RowValues.enumValue(row, "segment", Segment.class),
        RowValues.enumValue(row, "value_tier", ValueTier.class),
        RowValues.enumValue(row, "service_window", ServiceWindow.class),
        RowValues.integer(row, "product_complexity"),
        RowValues.text(row, "agent_id"),
        RowValues.decimal(row, "lifetime_value"),
        RowValues.decimal(row, "contract_value"),
        RowValues.enumValue(row, "retention_status", RetentionStatus.class),
        RowValues.date(row, "customer_since"),
        RowValues.textMap(row, "attributes"));
  }

  @Override
  String teamCondition() {
    return "agent_id IN " + teamAgents("%s");
  }

  @Override
  String agentCondition() {
    return "agent_id = :%s";
  }
}
