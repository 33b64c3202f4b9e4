package dev.heng.domain.scoring;

import dev.heng.domain.record.Customer;
import dev.heng.domain.record.Priority;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Computes every agent's {@link Workload} for a period. */
public final class WorkloadCalculator {

  /**
   * @param agentIds the agents to compute for
   * @param customers the tenant's customers (pools come from their {@code agentId})
   * @param periodTickets the tickets raised in the period
   * @param grading the customers' difficulty
   * @param settings the workload settings
   * @return agent id to workload, one per agent of {@code agentIds}, in their order
   */
  public Map<String, Workload> compute(
      Collection<String> agentIds,
      List<Customer> customers,
      List<TicketFacts> periodTickets,
      DifficultyGrading grading,
      WorkloadSettings settings) {
    Map<String, double[]> pools = new HashMap<>();
    for (Customer customer : customers) {
      if (customer.agentId() != null) {
        double[] pool = pools.computeIfAbsent(customer.agentId(), id -> new double[2]);
        pool[0]++;
        pool[1] += grading.coefficient(customer.externalId());
      }
    }
    Map<String, double[]> handled = new HashMap<>();
    for (TicketFacts ticket : periodTickets) {
      if (ticket.assigneeId() == null) {
        continue;
      }
      double[] sums = handled.computeIfAbsent(ticket.assigneeId(), id -> new double[4]);
      sums[0]++;
      sums[1] += grading.coefficient(ticket.customerId());
      if (ticket.priority() == Priority.URGENT) {
        sums[2]++;
        if (ticket.firstResponseSeconds() != null) {
          sums[3] += settings.bonusFor(ticket.firstResponseSeconds() / 60.0);
        }
      }
    }

    double tenantMean = 0;
    int counted = 0;
    for (String agentId : agentIds) {
      double load = load(agentId, pools, handled, settings);
      if (load > 0) {
        tenantMean += load;
        counted++;
      }
    }
    double industry = settings.industryBaseline();
    if (settings.loadBasis() == WorkloadSettings.LoadBasis.TICKETS && !customers.isEmpty()) {
      industry *= (double) periodTickets.size() / customers.size();
    }
    tenantMean = counted == 0 ? industry : tenantMean / counted;
    double baseline =
        Math.max(
            1e-9,
            settings.industryBlend() * industry + (1 - settings.industryBlend()) * tenantMean);

    Map<String, Workload> workloads = new LinkedHashMap<>();
    for (String agentId : agentIds) {
      double[] pool = pools.getOrDefault(agentId, new double[2]);
      double[] sums = handled.getOrDefault(agentId, new double[4]);
      double factor =
          settings.difficultyBasis() == WorkloadSettings.DifficultyBasis.POOL
              ? (pool[0] == 0 ? 1.0 : pool[1] / pool[0])
              : (sums[0] == 0 ? 1.0 : sums[1] / sums[0]);
      double actual = load(agentId, pools, handled, settings);
      double bonus = Math.min(settings.urgentBonusCap(), sums[3]);
      workloads.put(
          agentId,
          new Workload(
              agentId,
              (int) pool[0],
              (int) sums[0],
              actual,
              baseline,
              factor,
              (int) sums[2],
              bonus,
              actual / baseline * factor + bonus));
    }
    return workloads;
  }

  private static double load(
      String agentId,
      Map<String, double[]> pools,
      Map<String, double[]> handled,
      WorkloadSettings settings) {
    double[] counts =
        settings.loadBasis() == WorkloadSettings.LoadBasis.CUSTOMERS
            ? pools.get(agentId)
            : handled.get(agentId);
    return counts == null ? 0 : counts[0];
  }
}
