package dev.heng.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.heng.domain.record.Channel;
import dev.heng.domain.record.Customer;
import dev.heng.domain.record.Priority;
import dev.heng.domain.simulation.SimulationParameters;
import dev.heng.domain.simulation.SyntheticTenant;
import dev.heng.domain.simulation.SyntheticTenantGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkloadCalculatorTest {

  private final WorkloadCalculator calculator = new WorkloadCalculator();

  @Test
  void dividesThePoolByTheBlendedBaselineAndAddsTheUrgentBonus() {
    List<Customer> customers = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      customers.add(CraftedTenant.customer("big-" + i, "big", false));
    }
    for (int i = 0; i < 20; i++) {
      customers.add(CraftedTenant.customer("small-" + i, "small", false));
    }
    List<TicketFacts> tickets =
        List.of(
            urgent("big-0", "big", 10), urgent("big-1", "big", 30), urgent("big-2", "big", 120));

    Map<String, Workload> workloads =
        calculator.compute(
            List.of("big", "small"),
            customers,
            tickets,
            average(customers),
            WorkloadSettings.defaults());

    Workload big = workloads.get("big");
    assertThat(big.baselineLoad()).isEqualTo(40.0);
    assertThat(big.poolSize()).isEqualTo(60);
    assertThat(big.urgentTickets()).isEqualTo(3);
    assertThat(big.urgentBonus()).isEqualTo(0.015, offset(1e-12));
    assertThat(big.coefficient()).isEqualTo(1.5 + 0.015, offset(1e-12));
    assertThat(workloads.get("small").coefficient()).isEqualTo(0.5, offset(1e-12));
  }

  @Test
  void weighsThePoolByTheDifficultyOfItsCustomers() {
    List<Customer> customers = new ArrayList<>();
    Map<String, CustomerDifficulty> graded = new HashMap<>();
    for (int i = 0; i < 40; i++) {
      customers.add(CraftedTenant.customer("c-" + i, i < 20 ? "hard" : "easy", false));
      graded.put("c-" + i, difficulty("c-" + i, i < 20 ? 1.5 : 0.5));
    }
    DifficultyGrading grading =
        new DifficultyGrading(DifficultyGrading.Source.CONFIGURED, Map.of(), Map.of(), 0, graded);

    Map<String, Workload> workloads =
        calculator.compute(
            List.of("hard", "easy"), customers, List.of(), grading, WorkloadSettings.defaults());

    assertThat(workloads.get("hard").difficultyFactor()).isEqualTo(1.5, offset(1e-12));
    assertThat(workloads.get("hard").coefficient())
        .isEqualTo(3 * workloads.get("easy").coefficient(), offset(1e-12));
  }

  @Test
  void keepsTheOrderOfAgentsWhenEveryPoolGrowsByTheSameFactor() {
    for (long seed = 1; seed <= 4; seed++) {
      SyntheticTenant tenant =
          new SyntheticTenantGenerator()
              .generate(SimulationParameters.builder(seed).agents(24).days(7).build());
      List<String> agents = tenant.agents().stream().map(agent -> agent.externalId()).toList();
      List<String> before = order(agents, tenant.customers(), 1);

      for (int factor : new int[] {2, 3}) {
        assertThat(order(agents, tenant.customers(), factor))
            .as("seed %d x%d", seed, factor)
            .isEqualTo(before);
      }
    }
  }

  private List<String> order(List<String> agents, List<Customer> customers, int factor) {
    List<Customer> scaled = new ArrayList<>();
    for (Customer customer : customers) {
      for (int copy = 0; copy < factor; copy++) {
        scaled.add(
            new Customer(
                customer.externalId() + "#" + copy,
                customer.segment(),
                customer.valueTier(),
                customer.serviceWindow(),
                customer.productComplexity(),
                customer.agentId(),
                customer.lifetimeValue(),
                customer.contractValue(),
                customer.retentionStatus(),
                customer.customerSince(),
                customer.attributes()));
      }
    }
    Map<String, Workload> workloads =
        calculator.compute(agents, scaled, List.of(), average(scaled), WorkloadSettings.defaults());
    return workloads.values().stream()
        .sorted(Comparator.comparingDouble(Workload::coefficient).thenComparing(Workload::agentId))
        .map(Workload::agentId)
        .toList();
  }

  private static DifficultyGrading average(List<Customer> customers) {
    return new DifficultyGrading(
        DifficultyGrading.Source.CONFIGURED, Map.of(), Map.of(), 0, Map.of());
  }

  private static CustomerDifficulty difficulty(String id, double coefficient) {
    return new CustomerDifficulty(id, null, coefficient, 0, 1, List.of());
  }

  private static TicketFacts urgent(String customerId, String agentId, long minutes) {
    return new TicketFacts(
        "t-" + customerId,
        customerId,
        agentId,
        Channel.PHONE,
        "billing",
        Priority.URGENT,
        Instant.parse("2026-11-03T10:00:00Z"),
        minutes * 60,
        true,
        0,
        null,
        false,
        false,
        600);
  }
}
