package org.s3coop.partnership;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The layers of partnership-service point down only ({@code rest} → {@code service} → {@code domain} /
 * {@code repository}; {@code events.consumer} → {@code service}), the service uses no other service, and the
 * platform no service at all.
 */
class PartnershipArchitectureTest {
    private static final String OWN = "org.s3coop.partnership";
    private static final String REST = OWN + ".rest..";
    private static final String SERVICE = OWN + ".service..";
    private static final String DOMAIN = OWN + ".domain..";
    private static final String REPOSITORY = OWN + ".repository..";
    private static final String EVENTS = OWN + ".events..";
    private static final String CONSUMERS = OWN + ".events.consumer..";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(OWN);
    private static final JavaClasses PLATFORM = new ClassFileImporter().importPackages("org.s3coop.platform");

    @Test
    void onlyRestUsesRest() {
        noClasses().that().resideInAnyPackage(SERVICE, DOMAIN, REPOSITORY).should().dependOnClassesThat()
                .resideInAPackage(REST).check(CLASSES);
    }

    @Test
    void resourcesGoThroughServices() {
        noClasses().that().resideInAPackage(REST).should().dependOnClassesThat().resideInAPackage(REPOSITORY)
                .check(CLASSES);
    }

    @Test
    void theDomainUsesNoOtherLayer() {
        noClasses().that().resideInAPackage(DOMAIN).should().dependOnClassesThat()
                .resideInAnyPackage(SERVICE, REPOSITORY, EVENTS).check(CLASSES);
    }

    @Test
    void repositoriesUseNeitherServicesNorEvents() {
        noClasses().that().resideInAPackage(REPOSITORY).should().dependOnClassesThat()
                .resideInAnyPackage(SERVICE, EVENTS).check(CLASSES);
    }

    @Test
    void servicesDoNotCallConsumers() {
        noClasses().that().resideInAPackage(SERVICE).should().dependOnClassesThat().resideInAPackage(CONSUMERS)
                .check(CLASSES);
    }

    @Test
    void consumersGoThroughTheirReadModelPorts() {
        noClasses().that().resideInAPackage(CONSUMERS).should().dependOnClassesThat().resideInAPackage(REPOSITORY)
                .check(CLASSES);
    }

    @Test
    void consumersAreNamedAfterTheirProducer() {
        classes().that().resideInAPackage(CONSUMERS).and().areTopLevelClasses().should().haveSimpleNameEndingWith(
                "EventsConsumer").check(CLASSES);
    }

    @Test
    void noOtherServiceIsUsed() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.s3coop.region..", "org.s3coop.challenge..")
                .check(CLASSES);
    }

    @Test
    void thePlatformUsesNoService() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.s3coop.region..", "org.s3coop.partnership..", "org.s3coop.challenge..")
                .check(PLATFORM);
    }
}
