package dev.heng.domain.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SimulationParametersTest {

  @Test
  void defaultsDescribeTheStandardTenant() {
    SimulationParameters parameters = SimulationParameters.defaults(7);

    assertThat(parameters.seed()).isEqualTo(7);
    assertThat(parameters.agents()).isEqualTo(40);
    assertThat(parameters.customers()).isEqualTo(1_600);
    assertThat(parameters.days()).isEqualTo(28);
    assertThat(parameters.difficultySpread()).isEqualTo(1.0);
    assertThat(parameters.loadSpread()).isEqualTo(1.0);
    assertThat(parameters.noise()).isEqualTo(1.0);
    assertThat(parameters.start()).isEqualTo(LocalDate.of(2026, 11, 1));
    assertThat(parameters.chineseShare()).isEqualTo(0.1);
  }

  @Test
  void customersFollowAgentsUnlessSet() {
    SimulationParameters.Builder builder = SimulationParameters.builder(1).agents(10);

    SimulationParameters following = builder.build();
    SimulationParameters set = builder.customers(25).build();

    assertThat(following.customers()).isEqualTo(400);
    assertThat(set.customers()).isEqualTo(25);
  }

  @Test
  void builderChangesOnlyWhatIsSet() {
    SimulationParameters parameters =
        SimulationParameters.builder(3)
            .days(30)
            .difficultySpread(2.0)
            .loadSpread(2.0)
            .noise(0.5)
            .start(LocalDate.of(2027, 1, 1))
            .chineseShare(0.3)
            .build();

    assertThat(parameters)
        .isEqualTo(
            new SimulationParameters(
                3, 40, 1_600, 30, 2.0, 2.0, 0.5, LocalDate.of(2027, 1, 1), 0.3));
  }

  @Test
  void rejectsTooFewAgentsNamingTheParameter() {
    assertThatThrownBy(() -> SimulationParameters.builder(1).agents(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("agents")
        .hasMessageContaining("was 0");
  }

  @Test
  void rejectsFewerCustomersThanAgents() {
    assertThatThrownBy(() -> SimulationParameters.builder(1).agents(10).customers(9).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("customers")
        .hasMessageContaining("was 9");
  }

  @Test
  void rejectsPeriodsOutsideOneDayToOneYear() {
    assertThatThrownBy(() -> SimulationParameters.builder(1).days(0).build())
        .hasMessageContaining("days")
        .hasMessageContaining("was 0");
    assertThatThrownBy(() -> SimulationParameters.builder(1).days(367).build())
        .hasMessageContaining("days")
        .hasMessageContaining("was 367");
  }

  @Test
  void rejectsNegativeOrUndefinedSpreads() {
    assertThatThrownBy(() -> SimulationParameters.builder(1).difficultySpread(-0.1).build())
        .hasMessageContaining("difficultySpread")
        .hasMessageContaining("was -0.1");
    assertThatThrownBy(() -> SimulationParameters.builder(1).loadSpread(Double.NaN).build())
        .hasMessageContaining("loadSpread")
        .hasMessageContaining("was NaN");
    assertThatThrownBy(() -> SimulationParameters.builder(1).noise(6).build())
        .hasMessageContaining("noise")
        .hasMessageContaining("was 6.0");
  }

  @Test
  void rejectsMissingStartAndSharesOutsideZeroToOne() {
    assertThatThrownBy(() -> SimulationParameters.builder(1).start(null).build())
        .hasMessageContaining("start");
    assertThatThrownBy(() -> SimulationParameters.builder(1).chineseShare(1.5).build())
        .hasMessageContaining("chineseShare")
        .hasMessageContaining("was 1.5");
  }
}
