package dev.heng.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * Applies every rule of {@link HengArchitectureRules} to the production classes of all six modules,
 * which reach this test as bootstrap's dependencies. Test classes, and with them the fixture under
 * {@code dev.heng.archfixture}, are left out of the import.
 */
class ArchitectureTest {

  private static final String ROOT = "dev.heng";

  private static final JavaClasses PRODUCTION =
      new ClassFileImporter()
          .withImportOption(new ImportOption.DoNotIncludeTests())
          .importPackages(ROOT);

  @Test
  void importsProductionClassesWithoutTestsOrFixtures() {
    var packages = PRODUCTION.stream().map(JavaClass::getPackageName).distinct().toList();

    assertThat(packages)
        .isNotEmpty()
        .allMatch(name -> name.startsWith(ROOT + "."))
        .noneMatch(name -> name.startsWith(ROOT + ".archfixture"))
        .noneMatch(name -> name.startsWith(ROOT + ".bootstrap.architecture"));
  }

  @Test
  void dependenciesPointInward() {
    ArchRule rule = HengArchitectureRules.dependenciesPointInward(ROOT);

    rule.check(PRODUCTION);
  }

  @Test
  void adaptersDoNotDependOnEachOther() {
    ArchRule rule = HengArchitectureRules.adaptersDoNotDependOnEachOther(ROOT);

    rule.check(PRODUCTION);
  }

  @Test
  void domainDependsOnlyOnTheJdk() {
    ArchRule rule = HengArchitectureRules.domainDependsOnlyOnTheJdk(ROOT);

    rule.check(PRODUCTION);
  }

  @Test
  void applicationDependsOnlyOnDomainAndReactor() {
    ArchRule rule = HengArchitectureRules.applicationDependsOnlyOnDomainAndReactor(ROOT);

    rule.check(PRODUCTION);
  }

  @Test
  void coreDoesNotUseSpring() {
    ArchRule rule = HengArchitectureRules.coreDoesNotUseSpring(ROOT);

    rule.check(PRODUCTION);
  }

  @Test
  void coreNlpStaysInTheSentimentAdapter() {
    ArchRule rule = HengArchitectureRules.coreNlpStaysInTheSentimentAdapter(ROOT);

    rule.check(PRODUCTION);
  }

  @Test
  void luceneStaysInTheKnowledgeAdapter() {
    ArchRule rule = HengArchitectureRules.luceneStaysInTheKnowledgeAdapter(ROOT);

    rule.check(PRODUCTION);
  }

  @Test
  void databaseAccessStaysInThePersistenceAdapter() {
    ArchRule rule = HengArchitectureRules.databaseAccessStaysInThePersistenceAdapter(ROOT);

    rule.check(PRODUCTION);
  }

  @Test
  void inboundPortsAreNamedUseCase() {
    ArchRule rule = HengArchitectureRules.inboundPortsAreNamedUseCase(ROOT);

    rule.check(PRODUCTION);
  }

  @Test
  void outboundPortsAreNamedPort() {
    ArchRule rule = HengArchitectureRules.outboundPortsAreNamedPort(ROOT);

    rule.check(PRODUCTION);
  }

  @Test
  void useCaseImplementationsAreNamedService() {
    ArchRule rule = HengArchitectureRules.useCaseImplementationsAreNamedService(ROOT);

    rule.check(PRODUCTION);
  }

  @Test
  void packagesAreFreeOfCycles() {
    ArchRule rule = HengArchitectureRules.packagesAreFreeOfCycles(ROOT);

    rule.check(PRODUCTION);
  }

  @Test
  void noFieldIsInjected() {
    ArchRule rule = HengArchitectureRules.noFieldIsInjected(ROOT);

    rule.check(PRODUCTION);
  }

  @Test
  void noGenericExceptionIsThrown() {
    ArchRule rule = HengArchitectureRules.noGenericExceptionIsThrown(ROOT);

    rule.check(PRODUCTION);
  }

  @Test
  void noClassWritesToStandardStreams() {
    ArchRule rule = HengArchitectureRules.noClassWritesToStandardStreams(ROOT);

    rule.check(PRODUCTION);
  }

  @Test
  void loggersArePrivateStaticFinalLog() {
    ArchRule rule = HengArchitectureRules.loggersArePrivateStaticFinalLog(ROOT);

    rule.check(PRODUCTION);
  }

  @Test
  void coreDoesNotLog() {
    ArchRule rule = HengArchitectureRules.coreDoesNotLog(ROOT);

    rule.check(PRODUCTION);
  }
}
