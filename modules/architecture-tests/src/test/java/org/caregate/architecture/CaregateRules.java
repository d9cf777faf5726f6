package org.caregate.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The boundaries of ARCHITECTURE.md as rules over a root package ({@code org.caregate} in production, a package of
 * planted violations in {@code PlantedViolationsTest}). Contexts are discovered, never listed: every package directly
 * under the root is a bounded context, except the shared ones in {@link #NOT_CONTEXTS}. A new context is covered the
 * moment its classes exist.
 */
final class CaregateRules {

    /** Top-level packages that are not bounded contexts: the shared kernel, the platform plumbing, the web adapters. */
    static final Set<String> NOT_CONTEXTS = Set.of("kernel", "platform", "web", "launcher", "architecture", "it");

    private CaregateRules() {
    }

    /** For every context C, code outside C uses only {@code C.api}. */
    static ArchRule contextsMeetOnlyThroughTheirApi(String root) {
        return classes().should(new ArchCondition<JavaClass>("use other contexts only through their api package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> from = topPackage(root, origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    Optional<String> to = topPackage(root, target);
                    if (to.isEmpty() || NOT_CONTEXTS.contains(to.get()) || to.equals(from)) {
                        continue;
                    }
                    if (!target.getPackageName().startsWith(root + "." + to.get() + ".api")) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        }).allowEmptyShould(true);
    }

    /** The kernel and the platform know no context: a new context never edits them. */
    static ArchRule kernelAndPlatformKnowNoContext(String root) {
        return classes().that().resideInAnyPackage(root + ".kernel..", root + ".platform..")
                .should(new ArchCondition<JavaClass>("depend on no bounded context") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            topPackage(root, dependency.getTargetClass())
                                    .filter(top -> !NOT_CONTEXTS.contains(top) || top.equals("web"))
                                    .ifPresent(top -> events.add(
                                            SimpleConditionEvent.violated(dependency, dependency.getDescription())));
                        }
                    }
                }).allowEmptyShould(true);
    }

    /** Domain models are plain Java: no platform, JSON, JMS, EJB, protocol, CDI type, and no JPA exception. */
    static ArchRule domainIsPlainJava(String root) {
        return noClasses().that().resideInAPackage(root + ".*.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".platform..", "jakarta.json..",
                        "jakarta.jms..", "jakarta.ejb..", "jakarta.ws.rs..", "jakarta.servlet..", "jakarta.inject..",
                        "jakarta.enterprise..", "org.eclipse.microprofile..", "io.smallrye..",
                        root + ".*.application..", root + ".*.infrastructure..", root + ".*.api..")
                .orShould().dependOnClassesThat(assignableTo("jakarta.persistence.PersistenceException"))
                .allowEmptyShould(true);
    }

    /**
     * Application code never catches a persistence exception: the repository maps a violated constraint, by its
     * name, to the domain's own refusal; anything else is a real error and must surface as one.
     */
    static ArchRule applicationCatchesNoPersistenceException(String root) {
        return codeUnits().that().areDeclaredInClassesThat().resideInAPackage(root + ".*.application..")
                .should(new ArchCondition<JavaCodeUnit>("catch no jakarta.persistence exception") {
                    @Override
                    public void check(JavaCodeUnit unit, ConditionEvents events) {
                        for (TryCatchBlock block : unit.getTryCatchBlocks()) {
                            for (JavaClass caught : block.getCaughtThrowables()) {
                                if (caught.isAssignableTo("jakarta.persistence.PersistenceException")) {
                                    events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " catches "
                                            + caught.getName() + " in " + block.getSourceCodeLocation()));
                                }
                            }
                        }
                    }
                }).allowEmptyShould(true);
    }

    /** Message-driven beans are infrastructure, and thin: they read the message and hand it to the application. */
    static ArchRule messageDrivenBeansAreThinInfrastructure(String root) {
        return classes().that().resideInAPackage(root + "..").and().areAnnotatedWith("jakarta.ejb.MessageDriven")
                .should().resideInAPackage(root + ".*.infrastructure..")
                .andShould().onlyDependOnClassesThat().resideOutsideOfPackages(root + ".*.domain..",
                        "jakarta.persistence..", "java.sql..", "javax.sql..")
                .allowEmptyShould(true);
    }

    /** Messages are JSON text, never serialized Java objects. */
    static ArchRule noObjectMessages(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .should().dependOnClassesThat().areAssignableTo("jakarta.jms.ObjectMessage")
                .allowEmptyShould(true);
    }

    /**
     * JSON objects come from a {@code JsonProvider} the class keeps, never from {@code jakarta.json.Json}'s static
     * factories: each of those looks the provider up again through {@code ServiceLoader}, a scan of the deployment's
     * class path — a tenth of a booking's CPU time before this rule (docs/performance.md, ADR 34).
     */
    static ArchRule jsonProviderLookedUpOnce(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.json.Json")
                .allowEmptyShould(true);
    }

    /**
     * JAX-RS resources and GraphQL APIs are built once ({@code @ApplicationScoped}): without a scope RESTEasy makes
     * every request a new resource, and a request-scoped GraphQL API is built again for every request, each injecting
     * its facades anew (docs/performance.md, ADR 34). They hold only injected proxies; the caller comes from the
     * request-scoped {@code CurrentCaller}, and what a request must remember lives in a request-scoped bean.
     */
    static ArchRule resourcesBuiltOnce(String root) {
        return classes().that(webAdapters(root))
                .should().beAnnotatedWith("jakarta.enterprise.context.ApplicationScoped")
                .allowEmptyShould(true);
    }

    /**
     * What {@link #resourcesBuiltOnce} shares between requests — and so between callers and organizations — holds no
     * request's state: every instance field of a resource or GraphQL API is an injected proxy ({@code @Inject} or
     * {@code @EJB}); what a request must remember goes into a request-scoped bean they inject.
     */
    static ArchRule resourcesHoldOnlyInjectedProxies(String root) {
        return fields().that().areDeclaredInClassesThat(webAdapters(root))
                .and().areNotStatic()
                .should().beAnnotatedWith("jakarta.inject.Inject").orShould().beAnnotatedWith("jakarta.ejb.EJB")
                .allowEmptyShould(true);
    }

    /** The web module's JAX-RS resources ({@code @Path}) and GraphQL APIs ({@code @GraphQLApi}). */
    private static DescribedPredicate<JavaClass> webAdapters(String root) {
        String web = root + ".web";
        return DescribedPredicate.describe("JAX-RS resources and GraphQL APIs in " + web,
                type -> (type.getPackageName().equals(web) || type.getPackageName().startsWith(web + "."))
                        && Stream.of("jakarta.ws.rs.Path", "org.eclipse.microprofile.graphql.GraphQLApi")
                        .anyMatch(type::isAnnotatedWith));
    }

    /** REST and GraphQL adapters live only in the web module. */
    static ArchRule protocolsOnlyInWeb(String root) {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + ".web..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..",
                        "org.eclipse.microprofile.graphql..", "io.smallrye.graphql..", "jakarta.servlet..")
                .allowEmptyShould(true);
    }

    /** An API package shows views, requests and events, never the domain or the beans behind it. */
    static ArchRule apisExposeNoInternals(String root) {
        return noClasses().that().resideInAPackage(root + ".*.api..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".*.domain..", root + ".*.application..",
                        root + ".*.infrastructure..", root + ".platform..")
                .allowEmptyShould(true);
    }

    /** Application services depend on ports, not on their implementations. */
    static ArchRule applicationDoesNotReachIntoInfrastructure(String root) {
        return noClasses().that().resideInAPackage(root + ".*.application..")
                .should().dependOnClassesThat().resideInAPackage(root + ".*.infrastructure..")
                .allowEmptyShould(true);
    }

    /** JPA entities belong to domain models. */
    static ArchRule entitiesBelongToDomainModels(String root) {
        return classes().that().resideInAPackage(root + "..").and().areAnnotatedWith("jakarta.persistence.Entity")
                .should().resideInAPackage(root + ".*.domain..")
                .allowEmptyShould(true);
    }

    /** The package directly under the root that a class lives in, if it lives under the root. */
    private static Optional<String> topPackage(String root, JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(root + ".")) {
            return Optional.empty();
        }
        String rest = name.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }
}
