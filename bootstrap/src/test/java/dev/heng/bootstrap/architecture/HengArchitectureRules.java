package dev.heng.bootstrap.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;

/**
 * The architecture rules of house style rule 13. Every factory takes the root package it guards, so
 * one definition runs against the production code ({@code dev.heng}) and against the deliberately
 * broken fixture ({@code dev.heng.archfixture}), which proves that the rule can fail.
 *
 * <p>Packages below the root follow style rule 1: {@code domain}, {@code application.port.in},
 * {@code application.port.out}, {@code application.service}, {@code adapter.in.web}, {@code
 * adapter.out.persistence}, {@code adapter.out.nlp.sentiment}, {@code adapter.out.nlp.knowledge}
 * and {@code bootstrap}. A rule whose selection is empty fails ({@code archRule.failOnEmptyShould}
 * in {@code archunit.properties}), so pointing a rule at the wrong root cannot pass unnoticed.
 */
final class HengArchitectureRules {

  private static final String DOMAIN = "Domain";
  private static final String INBOUND_PORTS = "Inbound ports";
  private static final String OUTBOUND_PORTS = "Outbound ports";
  private static final String SERVICES = "Services";
  private static final String WEB = "Web adapter";
  private static final String PERSISTENCE = "Persistence adapter";
  private static final String SENTIMENT = "Sentiment adapter";
  private static final String KNOWLEDGE = "Knowledge adapter";
  private static final String WEBHOOK = "Webhook adapter";
  private static final String BOOTSTRAP = "Bootstrap";

  private HengArchitectureRules() {}

  /** Every rule below, for tests that must hold for all of them. */
  static List<ArchRule> all(String root) {
    return List.of(
        dependenciesPointInward(root),
        adaptersDoNotDependOnEachOther(root),
        domainDependsOnlyOnTheJdk(root),
        applicationDependsOnlyOnDomainAndReactor(root),
        coreDoesNotUseSpring(root),
        coreNlpStaysInTheSentimentAdapter(root),
        luceneStaysInTheKnowledgeAdapter(root),
        databaseAccessStaysInThePersistenceAdapter(root),
        inboundPortsAreNamedUseCase(root),
        outboundPortsAreNamedPort(root),
        useCaseImplementationsAreNamedService(root),
        packagesAreFreeOfCycles(root),
        noFieldIsInjected(root),
        noGenericExceptionIsThrown(root),
        noClassWritesToStandardStreams(root),
        loggersArePrivateStaticFinalLog(root),
        coreDoesNotLog(root));
  }

  /**
   * The onion: the domain sees no other layer; ports see the domain; services see ports and domain;
   * adapters see ports and domain but neither a service (they go through a port) nor each other.
   * Bootstrap is the one layer without a limit, so it is the only one that can reach services and
   * adapters, and no layer can reach it.
   *
   * <p>Adapters may use both port packages, not only their own side: the exceptions the application
   * declares are thrown by driven adapters and mapped by the web adapter (style rule 6), so they
   * cannot belong to one side only. Every class under the root must sit in a layer; without that, a
   * class in a package such as {@code util} would escape every check. Only {@code package-info},
   * which holds no code, is exempt.
   */
  private static final DescribedPredicate<JavaClass> DECLARE_A_REACTIVE_METHOD =
      DescribedPredicate.describe(
          "declare a method returning Mono or Flux",
          javaClass ->
              javaClass.getMethods().stream()
                  .map(method -> method.getRawReturnType().getName())
                  .anyMatch(
                      type ->
                          type.equals("reactor.core.publisher.Mono")
                              || type.equals("reactor.core.publisher.Flux")));

  static ArchRule dependenciesPointInward(String root) {
    // The two NLP layers are optional while the sentiment and knowledge adapters hold no class yet;
    // the fixture test still proves the rule catches an NLP adapter that reaches too far.
    return layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .ensureAllClassesAreContainedInArchitectureIgnoring(
            simpleName("package-info").as("package-info"))
        .layer(DOMAIN)
        .definedBy(root + ".domain..")
        .layer(INBOUND_PORTS)
        .definedBy(root + ".application.port.in..")
        .layer(OUTBOUND_PORTS)
        .definedBy(root + ".application.port.out..")
        .layer(SERVICES)
        .definedBy(root + ".application.service..")
        .layer(WEB)
        .definedBy(root + ".adapter.in.web..")
        .layer(PERSISTENCE)
        .definedBy(root + ".adapter.out.persistence..")
        .optionalLayer(SENTIMENT)
        .definedBy(root + ".adapter.out.nlp.sentiment..")
        .optionalLayer(KNOWLEDGE)
        .definedBy(root + ".adapter.out.nlp.knowledge..")
        .optionalLayer(WEBHOOK)
        .definedBy(root + ".adapter.out.webhook..")
        .layer(BOOTSTRAP)
        .definedBy(root + ".bootstrap..")
        .whereLayer(DOMAIN)
        .mayNotAccessAnyLayer()
        .whereLayer(INBOUND_PORTS)
        .mayOnlyAccessLayers(DOMAIN)
        .whereLayer(OUTBOUND_PORTS)
        .mayOnlyAccessLayers(DOMAIN)
        .whereLayer(SERVICES)
        .mayOnlyAccessLayers(INBOUND_PORTS, OUTBOUND_PORTS, DOMAIN)
        .whereLayer(WEB)
        .mayOnlyAccessLayers(INBOUND_PORTS, OUTBOUND_PORTS, DOMAIN)
        .whereLayer(PERSISTENCE)
        .mayOnlyAccessLayers(INBOUND_PORTS, OUTBOUND_PORTS, DOMAIN)
        .whereLayer(SENTIMENT)
        .mayOnlyAccessLayers(INBOUND_PORTS, OUTBOUND_PORTS, DOMAIN)
        .whereLayer(KNOWLEDGE)
        .mayOnlyAccessLayers(INBOUND_PORTS, OUTBOUND_PORTS, DOMAIN)
        .whereLayer(WEBHOOK)
        .mayOnlyAccessLayers(INBOUND_PORTS, OUTBOUND_PORTS, DOMAIN)
        .because("dependencies point inward and only bootstrap wires adapters (style rule 1)");
  }

  /**
   * Each adapter is a slice (web, persistence, sentiment, knowledge) and no slice uses another. The
   * two NLP adapters share a Maven module but count as two adapters: each owns its technology.
   */
  static ArchRule adaptersDoNotDependOnEachOther(String root) {
    return slices()
        .assignedFrom(adaptersBelow(root))
        .should()
        .notDependOnEachOther()
        .because("adapters never depend on each other (style rule 1)");
  }

  /** The domain uses nothing but itself and {@code java..}. */
  static ArchRule domainDependsOnlyOnTheJdk(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".domain..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(root + ".domain..", "java..")
        .because("the domain sees only the JDK (style rule 3)");
  }

  /**
   * The application uses itself, the domain, the JDK and Reactor's own packages ({@code
   * reactor.core..}, {@code reactor.util..}), nothing else; in particular not the bare Reactive
   * Streams interfaces, since ports return {@code Mono} or {@code Flux} (style rule 4).
   */
  static ArchRule applicationDependsOnlyOnDomainAndReactor(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".application..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            root + ".application..",
            root + ".domain..",
            "java..",
            "reactor.core..",
            "reactor.util..")
        .because("the application sees only the domain and Reactor (style rule 3)");
  }

  /**
   * Neither domain nor application touches Spring, annotations included. The two rules above
   * already imply this; it stays as a rule of its own so that a stray {@code @Transactional} is
   * reported by name.
   */
  static ArchRule coreDoesNotUseSpring(String root) {
    return noClasses()
        .that()
        .resideInAnyPackage(root + ".domain..", root + ".application..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.springframework..")
        .because("Spring wiring lives in bootstrap and adapters (style rule 3)");
  }

  /** CoreNLP is used only by the sentiment adapter. */
  static ArchRule coreNlpStaysInTheSentimentAdapter(String root) {
    return technologyConfinedTo(
        root, ".adapter.out.nlp.sentiment..", "the sentiment adapter", "edu.stanford.nlp..");
  }

  /** Lucene is used only by the knowledge adapter. */
  static ArchRule luceneStaysInTheKnowledgeAdapter(String root) {
    return technologyConfinedTo(
        root, ".adapter.out.nlp.knowledge..", "the knowledge adapter", "org.apache.lucene..");
  }

  /**
   * R2DBC and Spring Data are used only by the persistence adapter, bootstrap included: Spring Boot
   * builds the connection factory from {@code spring.r2dbc.*} properties, and any code that tunes
   * it (mapping context, converters, repositories) belongs in a configuration class of the
   * persistence adapter, which bootstrap may import.
   */
  static ArchRule databaseAccessStaysInThePersistenceAdapter(String root) {
    return technologyConfinedTo(
        root,
        ".adapter.out.persistence..",
        "the persistence adapter",
        "io.r2dbc..",
        "org.springframework.r2dbc..",
        "org.springframework.data..");
  }

  /**
   * Interfaces in {@code application.port.in} that answer reactively are use cases named {@code
   * ...UseCase}. Sealed outcome types, which declare no reactive method, are values, not ports.
   */
  static ArchRule inboundPortsAreNamedUseCase(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".application.port.in..")
        .and()
        .areInterfaces()
        .and(DECLARE_A_REACTIVE_METHOD)
        .should()
        .haveSimpleNameEndingWith("UseCase")
        .because("inbound ports are named <Verb><Noun>UseCase (style rule 2)");
  }

  /** Interfaces in {@code application.port.out} are named {@code ...Port}. */
  static ArchRule outboundPortsAreNamedPort(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".application.port.out..")
        .and()
        .areInterfaces()
        .should()
        .haveSimpleNameEndingWith("Port")
        .because("outbound ports are named for the need, ending in Port (style rule 2)");
  }

  /** Classes in {@code application.service} that implement an inbound port end in Service. */
  static ArchRule useCaseImplementationsAreNamedService(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".application.service..")
        .and()
        .implement(resideInAPackage(root + ".application.port.in..").as("an inbound port"))
        .should()
        .haveSimpleNameEndingWith("Service")
        .because("use cases are implemented by <Verb><Noun>Service (style rule 2)");
  }

  /**
   * No cycles, at two grains: between the top-level slices under the root (domain, application,
   * adapter, bootstrap) and between any two packages. Neither grain implies the other: two packages
   * of the domain can form a cycle inside one top-level slice, and two top-level slices can form a
   * cycle through four different packages.
   */
  static ArchRule packagesAreFreeOfCycles(String root) {
    return CompositeArchRule.of(
            slices()
                .matching(root + ".(*)..")
                .namingSlices("top-level slice $1")
                .should()
                .beFreeOfCycles())
        .and(slices().matching(root + ".(**)").namingSlices("package $1").should().beFreeOfCycles())
        .because("cycles make layers and modules impossible to separate");
  }

  /** No field is injected ({@code @Autowired}, {@code @Inject}, {@code @Value}, ...). */
  static ArchRule noFieldIsInjected(String root) {
    return noFields()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage(root + "..")
        .should(GeneralCodingRules.BE_ANNOTATED_WITH_AN_INJECTION_ANNOTATION)
        .because("constructor injection keeps dependencies visible and fields final");
  }

  /** Nothing creates a bare {@code Throwable}, {@code Exception} or {@code RuntimeException}. */
  static ArchRule noGenericExceptionIsThrown(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .should(GeneralCodingRules.THROW_GENERIC_EXCEPTIONS)
        .because("an exception names what went wrong (style rule 6)");
  }

  /** Nothing writes to {@code System.out} or {@code System.err} or prints a stack trace. */
  static ArchRule noClassWritesToStandardStreams(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
        .because("output goes through SLF4J (style rule 10)");
  }

  /** A field of type SLF4J {@code Logger} is {@code private static final} and named {@code log}. */
  static ArchRule loggersArePrivateStaticFinalLog(String root) {
    return fields()
        .that()
        .haveRawType(Logger.class)
        .and()
        .areDeclaredInClassesThat()
        .resideInAPackage(root + "..")
        .should()
        .bePrivate()
        .andShould()
        .beStatic()
        .andShould()
        .beFinal()
        .andShould()
        .haveName("log")
        .because("one logger field, named one way (style rule 10)");
  }

  /**
   * Domain and application do not log, through SLF4J or any other API the classpath or the JDK
   * offers; they report through their return values, and adapters and bootstrap log.
   */
  static ArchRule coreDoesNotLog(String root) {
    return noClasses()
        .that()
        .resideInAnyPackage(root + ".domain..", root + ".application..")
        .should()
        .dependOnClassesThat(
            resideInAnyPackage(
                    "org.slf4j..",
                    "java.util.logging..",
                    "org.apache.commons.logging..",
                    "org.apache.logging.log4j..")
                .or(belongToAnyOf(System.Logger.class))
                .as("belong to a logging API"))
        .because("only adapters and bootstrap log (style rule 10)");
  }

  private static ArchRule technologyConfinedTo(
      String root, String home, String homeName, String... technologyPackages) {
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .and()
        .resideOutsideOfPackage(root + home)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(technologyPackages)
        .because("technology stays in its adapter, here " + homeName + " (style rule 3)");
  }

  private static SliceAssignment adaptersBelow(String root) {
    Map<String, DescribedPredicate<JavaClass>> adapters =
        Map.of(
            "web", resideInAPackage(root + ".adapter.in.web.."),
            "persistence", resideInAPackage(root + ".adapter.out.persistence.."),
            "sentiment", resideInAPackage(root + ".adapter.out.nlp.sentiment.."),
            "knowledge", resideInAPackage(root + ".adapter.out.nlp.knowledge.."),
            "webhook", resideInAPackage(root + ".adapter.out.webhook.."));
    return new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        return adapters.entrySet().stream()
            .filter(adapter -> adapter.getValue().test(javaClass))
            .map(adapter -> SliceIdentifier.of(adapter.getKey()))
            .findFirst()
            .orElseGet(SliceIdentifier::ignore);
      }

      @Override
      public String getDescription() {
        return "the adapters below " + root;
      }
    };
  }
}
