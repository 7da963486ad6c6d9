package org.s3coop.challenge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.s3coop.challenge.domain.ChallengeProblem;
import org.s3coop.contracts.events.RegionSnapshot;
import org.s3coop.platform.problem.ProblemType;
import org.s3coop.platform.testing.ProblemCatalogueDoc;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * The layers of challenge-service point down only: {@code rest} → {@code service} → {@code domain} /
 * {@code repository}; {@code events.consumer} hands events to the read-model ports of {@code service}. The service
 * shares contracts with the others, never code, and the platform knows no service. Production classes only: this
 * module's, the platform's and the contracts' (as on the test classpath).
 */
class ChallengeArchitectureTest {
    private static final String REST = "org.s3coop.challenge.rest..";
    private static final String SERVICE = "org.s3coop.challenge.service..";
    private static final String DOMAIN = "org.s3coop.challenge.domain..";
    private static final String REPOSITORY = "org.s3coop.challenge.repository..";
    private static final String EVENTS = "org.s3coop.challenge.events..";
    private static final String CONSUMER = "org.s3coop.challenge.events.consumer..";

    /** Read from where these classes were loaded (scanning the whole class path for a package takes seconds). */
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importLocations(Stream.of(ChallengeProblem.class, ProblemType.class, ProblemCatalogueDoc.class,
                    RegionSnapshot.class).map(ChallengeArchitectureTest::codeSource).collect(Collectors.toSet()));

    private static Location codeSource(Class<?> type) {
        return Location.of(type.getProtectionDomain().getCodeSource().getLocation());
    }

    @Test
    void onlyRestKnowsRest() {
        noClasses().that().resideInAnyPackage(SERVICE, DOMAIN, REPOSITORY, EVENTS)
                .should().dependOnClassesThat().resideInAPackage(REST)
                .check(CLASSES);
    }

    /** The same as {@code grep -rl 'import org.s3coop\.[a-z]*\.rest' .../service}: not the platform's rest either. */
    @Test
    void theServiceLayerImportsNoRestPackage() {
        noClasses().that().resideInAPackage(SERVICE)
                .should().dependOnClassesThat().resideInAPackage("..rest..")
                .check(CLASSES);
    }

    @Test
    void theDomainDependsOnNoOtherLayer() {
        noClasses().that().resideInAPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(SERVICE, REPOSITORY, EVENTS)
                .check(CLASSES);
    }

    @Test
    void repositoriesDependOnNeitherServicesNorEvents() {
        noClasses().that().resideInAPackage(REPOSITORY)
                .should().dependOnClassesThat().resideInAnyPackage(SERVICE, EVENTS)
                .check(CLASSES);
    }

    @Test
    void servicesDoNotKnowTheConsumers() {
        noClasses().that().resideInAPackage(SERVICE)
                .should().dependOnClassesThat().resideInAPackage(CONSUMER)
                .check(CLASSES);
    }

    @Test
    void consumersGoThroughTheReadModelPorts() {
        noClasses().that().resideInAPackage(CONSUMER)
                .should().dependOnClassesThat().resideInAPackage(REPOSITORY)
                .check(CLASSES);
    }

    @Test
    void noOtherServiceIsImported() {
        noClasses().that().resideInAPackage("org.s3coop.challenge..")
                .should().dependOnClassesThat().resideInAnyPackage("org.s3coop.region..", "org.s3coop.partnership..")
                .check(CLASSES);
    }

    @Test
    void thePlatformKnowsNoService() {
        noClasses().that().resideInAPackage("org.s3coop.platform..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.s3coop.region..", "org.s3coop.partnership..", "org.s3coop.challenge..")
                .check(CLASSES);
    }
}
