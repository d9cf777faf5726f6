package org.caregate.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The boundaries docs/context-map.md and ARCHITECTURE.md describe, enforced on every build over all of Caregate's
 * production classes. The rules ({@link CaregateRules}) discover the contexts, so a new one needs no edit here.
 */
class BoundaryRulesTest {

    private static final String ROOT = "org.caregate";
    private static JavaClasses caregate;

    @BeforeAll
    static void importClasses() {
        caregate = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.caregate");
    }

    @Test
    void theKernelDependsOnNoFramework() {
        noClasses().that().resideInAPackage(ROOT + ".kernel..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".platform..", "jakarta..", "javax..",
                        "org.hibernate..")
                .check(caregate);
    }

    @Test
    void everyContextIsUsedOnlyThroughItsApi() {
        CaregateRules.contextsMeetOnlyThroughTheirApi(ROOT).check(caregate);
    }

    @Test
    void theKernelAndThePlatformKnowNoContext() {
        CaregateRules.kernelAndPlatformKnowNoContext(ROOT).check(caregate);
    }

    @Test
    void domainModelsArePlainJava() {
        CaregateRules.domainIsPlainJava(ROOT).check(caregate);
    }

    @Test
    void applicationCodeCatchesNoPersistenceException() {
        CaregateRules.applicationCatchesNoPersistenceException(ROOT).check(caregate);
    }

    @Test
    void messageDrivenBeansAreThinInfrastructure() {
        CaregateRules.messageDrivenBeansAreThinInfrastructure(ROOT).check(caregate);
    }

    @Test
    void messagesAreNeverSerializedObjects() {
        CaregateRules.noObjectMessages(ROOT).check(caregate);
    }

    @Test
    void jsonProvidersAreLookedUpOnce() {
        CaregateRules.jsonProviderLookedUpOnce(ROOT).check(caregate);
    }

    @Test
    void resourcesAreBuiltOnce() {
        CaregateRules.resourcesBuiltOnce(ROOT).check(caregate);
    }

    @Test
    void resourcesHoldOnlyInjectedProxies() {
        CaregateRules.resourcesHoldOnlyInjectedProxies(ROOT).check(caregate);
    }

    @Test
    void restAndGraphQlLiveOnlyInTheWebModule() {
        CaregateRules.protocolsOnlyInWeb(ROOT).check(caregate);
    }

    @Test
    void applicationServicesDoNotReachIntoInfrastructure() {
        CaregateRules.applicationDoesNotReachIntoInfrastructure(ROOT).check(caregate);
    }

    @Test
    void apisExposeNoInternals() {
        CaregateRules.apisExposeNoInternals(ROOT).check(caregate);
    }

    @Test
    void entitiesBelongToDomainModels() {
        CaregateRules.entitiesBelongToDomainModels(ROOT).check(caregate);
    }

    @Test
    void contextsDoNotDependOnEachOtherInCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(caregate);
    }
}
