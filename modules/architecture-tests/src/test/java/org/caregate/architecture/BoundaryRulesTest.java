package org.caregate.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The boundaries docs/context-map.md and ARCHITECTURE.md describe, enforced on every build. */
class BoundaryRulesTest {

    private static JavaClasses caregate;

    @BeforeAll
    static void importClasses() {
        caregate = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.caregate");
    }

    @Test
    void theKernelDependsOnNoContextAndNoFramework() {
        noClasses().that().resideInAPackage("org.caregate.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage("org.caregate.identity..", "org.caregate.scheduling..", "org.caregate.web..",
                        "org.caregate.webhooks..", "org.caregate.outreach..", "org.caregate.runtime..", "org.caregate.platform..", "jakarta..",
                        "javax..", "org.hibernate..")
                .check(caregate);
    }

    @Test
    void domainModelsAreFreeOfContainerAndProtocolTechnology() {
        noClasses().that().resideInAPackage("org.caregate.*.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ejb..", "jakarta.jms..", "jakarta.ws.rs..",
                        "jakarta.servlet..", "jakarta.inject..", "jakarta.enterprise..", "org.eclipse.microprofile..",
                        "org.caregate.*.application..", "org.caregate.*.infrastructure..", "org.caregate.*.api..")
                .check(caregate);
    }

    @Test
    void theWebModuleUsesContextsOnlyThroughTheirApi() {
        noClasses().that().resideInAPackage("org.caregate.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.caregate.*.domain..",
                        "org.caregate.*.application..", "org.caregate.*.infrastructure..", "org.caregate.platform..")
                .check(caregate);
        noClasses().that().resideInAPackage("org.caregate.web..")
                .should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates
                        .resideInAPackage("org.caregate.runtime..")
                        .and(com.tngtech.archunit.base.DescribedPredicate.not(
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("org.caregate.runtime.api.."))))
                .check(caregate);
    }

    @Test
    void schedulingUsesIdentityOnlyThroughItsApi() {
        noClasses().that().resideInAPackage("org.caregate.scheduling..")
                .should().dependOnClassesThat().resideInAnyPackage("org.caregate.identity.domain..",
                        "org.caregate.identity.application..", "org.caregate.identity.infrastructure..",
                        "org.caregate.web..", "org.caregate.runtime..")
                .check(caregate);
    }

    @Test
    void webhooksHearOtherContextsOnlyThroughEventsAndTheirApi() {
        noClasses().that().resideInAPackage("org.caregate.webhooks..")
                .should().dependOnClassesThat().resideInAnyPackage("org.caregate.identity.domain..",
                        "org.caregate.identity.application..", "org.caregate.identity.infrastructure..",
                        "org.caregate.scheduling..", "org.caregate.web..", "org.caregate.runtime..")
                .check(caregate);
        noClasses().that().resideInAnyPackage("org.caregate.identity..", "org.caregate.scheduling..")
                .should().dependOnClassesThat().resideInAPackage("org.caregate.webhooks..")
                .check(caregate);
    }

    @Test
    void outreachUsesOtherContextsOnlyThroughTheirApiAndNoContextUsesOutreach() {
        noClasses().that().resideInAPackage("org.caregate.outreach..")
                .should().dependOnClassesThat().resideInAnyPackage("org.caregate.identity.domain..",
                        "org.caregate.identity.application..", "org.caregate.identity.infrastructure..",
                        "org.caregate.scheduling.domain..", "org.caregate.scheduling.application..",
                        "org.caregate.scheduling.infrastructure..", "org.caregate.webhooks..", "org.caregate.web..",
                        "org.caregate.runtime..")
                .check(caregate);
        noClasses().that().resideOutsideOfPackage("org.caregate.outreach..")
                .should().dependOnClassesThat().resideInAPackage("org.caregate.outreach..")
                .check(caregate);
    }

    @Test
    void restAndGraphQlLiveOnlyInTheWebModule() {
        noClasses().that().resideOutsideOfPackage("org.caregate.web..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.eclipse.microprofile.graphql..",
                        "io.smallrye.graphql..", "jakarta.servlet..")
                .check(caregate);
    }

    @Test
    void applicationServicesDoNotReachIntoInfrastructure() {
        noClasses().that().resideInAPackage("org.caregate.*.application..")
                .should().dependOnClassesThat().resideInAPackage("org.caregate.*.infrastructure..")
                .check(caregate);
    }

    @Test
    void apisExposeNoDomainObjects() {
        noClasses().that().resideInAPackage("org.caregate.*.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.caregate.*.domain..", "org.caregate.*.application..",
                        "org.caregate.*.infrastructure..")
                .check(caregate);
    }

    @Test
    void entitiesBelongToDomainModels() {
        classes().that().areAnnotatedWith(Entity.class).should().resideInAPackage("org.caregate.*.domain..")
                .check(caregate);
    }

    @Test
    void contextsDoNotDependOnEachOtherInCycles() {
        slices().matching("org.caregate.(*)..").should().beFreeOfCycles().check(caregate);
    }
}
