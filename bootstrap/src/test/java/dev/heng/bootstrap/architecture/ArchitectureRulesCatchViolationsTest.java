package dev.heng.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.heng.archfixture.adapter.in.web.ControllerCallingService;
import dev.heng.archfixture.adapter.in.web.ControllerOpeningConnections;
import dev.heng.archfixture.adapter.in.web.ControllerReadingPersistence;
import dev.heng.archfixture.adapter.in.web.ControllerWithMisnamedLogger;
import dev.heng.archfixture.adapter.in.web.FieldInjectedController;
import dev.heng.archfixture.adapter.in.web.TicketController;
import dev.heng.archfixture.adapter.out.nlp.knowledge.KnowledgeTaggingWithCoreNlp;
import dev.heng.archfixture.adapter.out.nlp.knowledge.LuceneKnowledgeAdapter;
import dev.heng.archfixture.adapter.out.nlp.sentiment.CoreNlpSentimentAdapter;
import dev.heng.archfixture.adapter.out.nlp.sentiment.SentimentPrintingToConsole;
import dev.heng.archfixture.adapter.out.persistence.PersistenceSearchingWithLucene;
import dev.heng.archfixture.adapter.out.persistence.PersistenceThrowingRuntimeException;
import dev.heng.archfixture.adapter.out.persistence.TicketPersistenceAdapter;
import dev.heng.archfixture.application.port.in.ScoreOutcome;
import dev.heng.archfixture.application.port.in.ScoreTicketUseCase;
import dev.heng.archfixture.application.port.in.TicketScorer;
import dev.heng.archfixture.application.port.out.LoadTicketPort;
import dev.heng.archfixture.application.port.out.StreamTicketsPort;
import dev.heng.archfixture.application.port.out.TicketRepository;
import dev.heng.archfixture.application.service.LoggingScoringService;
import dev.heng.archfixture.application.service.ScoreTicketInteractor;
import dev.heng.archfixture.application.service.ScoreTicketService;
import dev.heng.archfixture.application.service.ScoringServiceUsingPersistenceAdapter;
import dev.heng.archfixture.application.service.TransactionalScoringService;
import dev.heng.archfixture.bootstrap.FixtureWiring;
import dev.heng.archfixture.bootstrap.R2dbcConfiguredInBootstrap;
import dev.heng.archfixture.domain.agent.AgentWithOpenTickets;
import dev.heng.archfixture.domain.ticket.TicketAssignedToAgent;
import dev.heng.archfixture.domain.ticket.TicketCheckedWithSpring;
import dev.heng.archfixture.domain.ticket.TicketLoadingItself;
import dev.heng.archfixture.util.StrayHelper;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that every rule of {@link HengArchitectureRules} can fail: each is applied to the
 * deliberately broken fixture under {@code dev.heng.archfixture} and must name the fixture class
 * written to break it. Where a rule has compliant classes to check as well, the failure must not
 * name them, so a rule cannot pass these tests by rejecting everything either.
 */
class ArchitectureRulesCatchViolationsTest {

  private static final String FIXTURE_ROOT = "dev.heng.archfixture";

  private static final JavaClasses FIXTURE = new ClassFileImporter().importPackages(FIXTURE_ROOT);

  @Test
  void layeringRejectsOutwardDependenciesSkippedPortsAndStrayPackagesButNotWiring() {
    ArchRule rule = HengArchitectureRules.dependenciesPointInward(FIXTURE_ROOT);

    Throwable failure = catchThrowable(() -> rule.check(FIXTURE));

    assertThat(failure)
        .isInstanceOf(AssertionError.class)
        .hasMessageContainingAll(
            namesOf(
                TicketLoadingItself.class,
                ScoringServiceUsingPersistenceAdapter.class,
                ControllerReadingPersistence.class,
                ControllerCallingService.class,
                StrayHelper.class))
        .hasMessageNotContainingAny(namesOf(FixtureWiring.class, TicketController.class))
        .hasMessageNotContainingAny("is empty", "package-info");
  }

  @Test
  void adapterSlicesRejectAWebAdapterUsingThePersistenceAdapter() {
    ArchRule rule = HengArchitectureRules.adaptersDoNotDependOnEachOther(FIXTURE_ROOT);

    Throwable failure = catchThrowable(() -> rule.check(FIXTURE));

    assertThat(failure)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(ControllerReadingPersistence.class.getName());
  }

  @Test
  void domainRuleRejectsADomainClassUsingSpring() {
    ArchRule rule = HengArchitectureRules.domainDependsOnlyOnTheJdk(FIXTURE_ROOT);

    Throwable failure = catchThrowable(() -> rule.check(FIXTURE));

    assertThat(failure)
        .isInstanceOf(AssertionError.class)
        .hasMessageContainingAll(namesOf(TicketCheckedWithSpring.class, TicketLoadingItself.class))
        .hasMessageNotContainingAny(namesOf(AgentWithOpenTickets.class));
  }

  @Test
  void applicationRuleRejectsSpringAndBareReactiveStreamsButAcceptsReactor() {
    ArchRule rule = HengArchitectureRules.applicationDependsOnlyOnDomainAndReactor(FIXTURE_ROOT);

    Throwable failure = catchThrowable(() -> rule.check(FIXTURE));

    assertThat(failure)
        .isInstanceOf(AssertionError.class)
        .hasMessageContainingAll(
            namesOf(StreamTicketsPort.class, TransactionalScoringService.class))
        .hasMessageNotContainingAny(namesOf(ScoreTicketService.class, LoadTicketPort.class));
  }

  @Test
  void springRuleRejectsTransactionalInTheApplicationAndSpringInTheDomain() {
    ArchRule rule = HengArchitectureRules.coreDoesNotUseSpring(FIXTURE_ROOT);

    Throwable failure = catchThrowable(() -> rule.check(FIXTURE));

    assertThat(failure)
        .isInstanceOf(AssertionError.class)
        .hasMessageContainingAll(
            namesOf(TransactionalScoringService.class, TicketCheckedWithSpring.class));
  }

  @Test
  void coreNlpRuleRejectsCoreNlpOutsideTheSentimentAdapter() {
    ArchRule rule = HengArchitectureRules.coreNlpStaysInTheSentimentAdapter(FIXTURE_ROOT);

    Throwable failure = catchThrowable(() -> rule.check(FIXTURE));

    assertThat(failure)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(KnowledgeTaggingWithCoreNlp.class.getName())
        .hasMessageNotContainingAny(namesOf(CoreNlpSentimentAdapter.class));
  }

  @Test
  void luceneRuleRejectsLuceneOutsideTheKnowledgeAdapter() {
    ArchRule rule = HengArchitectureRules.luceneStaysInTheKnowledgeAdapter(FIXTURE_ROOT);

    Throwable failure = catchThrowable(() -> rule.check(FIXTURE));

    assertThat(failure)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(PersistenceSearchingWithLucene.class.getName())
        .hasMessageNotContainingAny(namesOf(LuceneKnowledgeAdapter.class));
  }

  @Test
  void databaseRuleRejectsR2dbcInTheWebAdapterAndSpringDataInBootstrap() {
    ArchRule rule = HengArchitectureRules.databaseAccessStaysInThePersistenceAdapter(FIXTURE_ROOT);

    Throwable failure = catchThrowable(() -> rule.check(FIXTURE));

    assertThat(failure)
        .isInstanceOf(AssertionError.class)
        .hasMessageContainingAll(
            namesOf(ControllerOpeningConnections.class, R2dbcConfiguredInBootstrap.class))
        .hasMessageNotContainingAny(namesOf(TicketPersistenceAdapter.class));
  }

  @Test
  void inboundPortRuleRejectsAnInterfaceNotNamedUseCase() {
    ArchRule rule = HengArchitectureRules.inboundPortsAreNamedUseCase(FIXTURE_ROOT);

    Throwable failure = catchThrowable(() -> rule.check(FIXTURE));

    assertThat(failure)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(TicketScorer.class.getName())
        .hasMessageNotContainingAny(namesOf(ScoreTicketUseCase.class, ScoreOutcome.class));
  }

  @Test
  void outboundPortRuleRejectsAnInterfaceNotNamedPort() {
    ArchRule rule = HengArchitectureRules.outboundPortsAreNamedPort(FIXTURE_ROOT);

    Throwable failure = catchThrowable(() -> rule.check(FIXTURE));

    assertThat(failure)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(TicketRepository.class.getName())
        .hasMessageNotContainingAny(namesOf(LoadTicketPort.class, StreamTicketsPort.class));
  }

  @Test
  void serviceRuleRejectsAUseCaseImplementationNotNamedService() {
    ArchRule rule = HengArchitectureRules.useCaseImplementationsAreNamedService(FIXTURE_ROOT);

    Throwable failure = catchThrowable(() -> rule.check(FIXTURE));

    assertThat(failure)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(ScoreTicketInteractor.class.getName())
        .hasMessageNotContainingAny(namesOf(ScoreTicketService.class));
  }

  @Test
  void cycleRuleRejectsCyclesBetweenDomainPackagesAndBetweenLayers() {
    ArchRule rule = HengArchitectureRules.packagesAreFreeOfCycles(FIXTURE_ROOT);

    Throwable failure = catchThrowable(() -> rule.check(FIXTURE));

    assertThat(failure)
        .isInstanceOf(AssertionError.class)
        .hasMessageContainingAll(
            namesOf(
                TicketAssignedToAgent.class, AgentWithOpenTickets.class, TicketLoadingItself.class))
        .hasMessageContainingAll("package domain.agent", "top-level slice domain");
  }

  @Test
  void fieldInjectionRuleRejectsAnAutowiredField() {
    ArchRule rule = HengArchitectureRules.noFieldIsInjected(FIXTURE_ROOT);

    Throwable failure = catchThrowable(() -> rule.check(FIXTURE));

    assertThat(failure)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(FieldInjectedController.class.getName())
        .hasMessageNotContainingAny(namesOf(TicketController.class));
  }

  @Test
  void exceptionRuleRejectsABareRuntimeException() {
    ArchRule rule = HengArchitectureRules.noGenericExceptionIsThrown(FIXTURE_ROOT);

    Throwable failure = catchThrowable(() -> rule.check(FIXTURE));

    assertThat(failure)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(PersistenceThrowingRuntimeException.class.getName());
  }

  @Test
  void streamRuleRejectsPrintingToSystemOut() {
    ArchRule rule = HengArchitectureRules.noClassWritesToStandardStreams(FIXTURE_ROOT);

    Throwable failure = catchThrowable(() -> rule.check(FIXTURE));

    assertThat(failure)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(SentimentPrintingToConsole.class.getName());
  }

  @Test
  void loggerRuleRejectsALoggerNotNamedLog() {
    ArchRule rule = HengArchitectureRules.loggersArePrivateStaticFinalLog(FIXTURE_ROOT);

    Throwable failure = catchThrowable(() -> rule.check(FIXTURE));

    assertThat(failure)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(ControllerWithMisnamedLogger.class.getName())
        .hasMessageNotContainingAny(namesOf(TicketController.class, LoggingScoringService.class));
  }

  @Test
  void coreLoggingRuleRejectsSlf4jInTheApplicationButNotInAdapters() {
    ArchRule rule = HengArchitectureRules.coreDoesNotLog(FIXTURE_ROOT);

    Throwable failure = catchThrowable(() -> rule.check(FIXTURE));

    assertThat(failure)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(LoggingScoringService.class.getName())
        .hasMessageNotContainingAny(namesOf(TicketController.class));
  }

  @ParameterizedTest
  @MethodSource("rulesAimedAtAPackageWithoutClasses")
  void everyRuleFailsWhenItMatchesNothing(ArchRule rule) {
    Throwable failure = catchThrowable(() -> rule.check(FIXTURE));

    assertThat(failure)
        .isInstanceOf(AssertionError.class)
        .message()
        .containsAnyOf("failed to check any classes", "is empty");
  }

  static Stream<Named<ArchRule>> rulesAimedAtAPackageWithoutClasses() {
    return HengArchitectureRules.all(FIXTURE_ROOT + ".absent").stream()
        .map(rule -> Named.of(rule.getDescription(), rule));
  }

  private static String[] namesOf(Class<?>... classes) {
    return Arrays.stream(classes).map(Class::getName).toArray(String[]::new);
  }
}
