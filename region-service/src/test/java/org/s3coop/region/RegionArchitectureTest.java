package org.s3coop.region;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The layers of region-service point down only: {@code rest} → {@code service} → {@code domain} /
 * {@code repository}; events are published from {@code service} (with {@code events}) and consumed by
 * {@code events.consumer} into a {@code service} port. No other service's package is used, and the platform uses
 * none of any service.
 */
class RegionArchitectureTest {
    private static final ClassFileImporter MAIN_CODE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
    private static final JavaClasses REGION = MAIN_CODE.importPackages("org.s3coop.region");

    @Test
    void nothingBelowRestUsesRest() {
        noClasses().that().resideInAnyPackage("..service..", "..domain..", "..repository..", "..catalogue..")
                .should().dependOnClassesThat().resideInAPackage("..rest..")
                .check(REGION);
    }

    @Test
    void theDomainUsesNoLayerAboveIt() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..service..", "..repository..", "..events..")
                .check(REGION);
    }

    @Test
    void repositoriesUseNoServiceNorEvents() {
        noClasses().that().resideInAPackage("..repository..")
                .should().dependOnClassesThat().resideInAnyPackage("..service..", "..events..")
                .check(REGION);
    }

    @Test
    void servicesDoNotKnowTheirConsumers() {
        noClasses().that().resideInAPackage("..service..")
                .should().dependOnClassesThat().resideInAPackage("..events.consumer..")
                .check(REGION);
    }

    @Test
    void consumersGoThroughAServicePort() {
        noClasses().that().resideInAPackage("..events.consumer..")
                .should().dependOnClassesThat().resideInAPackage("..repository..")
                .check(REGION);
    }

    @Test
    void noOtherServiceIsUsed() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.s3coop.partnership..", "org.s3coop.challenge..")
                .check(REGION);
    }

    @Test
    void thePlatformUsesNoService() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.s3coop.region..", "org.s3coop.partnership..", "org.s3coop.challenge..")
                .check(MAIN_CODE.importPackages("org.s3coop.platform"));
    }
}
