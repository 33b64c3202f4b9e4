package dev.heng.application.service;

import static dev.heng.application.service.SampleRecords.OTHER_TENANT;
import static dev.heng.application.service.SampleRecords.TENANT;
import static dev.heng.application.service.SampleRecords.caller;
import static dev.heng.application.service.SampleRecords.team;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heng.application.port.in.FindRecordQuery;
import dev.heng.domain.access.AccessScope;
import dev.heng.domain.access.Role;
import dev.heng.domain.record.RecordKind;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class FindRecordServiceTest {

  private final InMemoryStoreRecordsPort store = new InMemoryStoreRecordsPort();
  private final InMemoryLoadRecordsPort load = new InMemoryLoadRecordsPort(store);
  private final FindRecordService service = new FindRecordService(load);

  @Test
  void findsRecordOfTheCallersTenant() {
    store.put(TENANT, team("team-1"));

    StepVerifier.create(
            service.find(new FindRecordQuery(caller(Role.QA_REVIEWER), RecordKind.TEAMS, "team-1")))
        .expectNext(team("team-1"))
        .verifyComplete();
  }

  @Test
  void findsNothingForAnUnknownId() {
    store.put(TENANT, team("team-1"));

    StepVerifier.create(
            service.find(new FindRecordQuery(caller(Role.QA_REVIEWER), RecordKind.TEAMS, "team-2")))
        .verifyComplete();
  }

  @Test
  void findsNothingOfAnotherTenant() {
    store.put(OTHER_TENANT, team("team-1"));

    StepVerifier.create(
            service.find(new FindRecordQuery(caller(Role.QA_REVIEWER), RecordKind.TEAMS, "team-1")))
        .verifyComplete();
  }

  @Test
  void asksWithinTheCallersScope() {
    store.put(TENANT, team("team-1"));

    service.find(new FindRecordQuery(caller(Role.AGENT), RecordKind.TEAMS, "team-1")).block();

    assertThat(load.lastScope()).isEqualTo(new AccessScope.OwnAgent("agent-1"));
  }
}
