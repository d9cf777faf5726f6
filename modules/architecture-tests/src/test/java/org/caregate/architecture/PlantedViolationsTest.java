package org.caregate.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each boundary rule fails on a planted violation (package {@code planted}: two contexts alpha and beta and a
 * platform), naming the offending class — so a rule that silently matches nothing is caught here, not in review.
 */
class PlantedViolationsTest {

    private static final String ROOT = "org.caregate.architecture.planted";
    private static final JavaClasses PLANTED = new ClassFileImporter().importPackages(ROOT);

    static Stream<Arguments> rulesAndTheirPlantedBreach() {
        return Stream.of(
                Arguments.of(rule(CaregateRules::contextsMeetOnlyThroughTheirApi), "ReachesIntoBeta", "BetaRecord"),
                Arguments.of(rule(CaregateRules::kernelAndPlatformKnowNoContext), "KnowsAlpha", "BetaFacade"),
                Arguments.of(rule(CaregateRules::domainIsPlainJava), "SpeaksJson", "jakarta.json"),
                Arguments.of(rule(CaregateRules::applicationCatchesNoPersistenceException), "CatchesPersistenceFailures",
                        "PersistenceException"),
                Arguments.of(rule(CaregateRules::messageDrivenBeansAreThinInfrastructure), "FatConsumer", "infrastructure"),
                Arguments.of(rule(CaregateRules::noObjectMessages), "SendsObjects", "ObjectMessage"),
                Arguments.of(rule(CaregateRules::jsonProviderLookedUpOnce), "LooksUpJsonEachTime", "jakarta.json.Json"),
                // both planted adapters, BuiltPerRequestResource and BuiltPerRequestApi (see below)
                Arguments.of(rule(CaregateRules::resourcesBuiltOnce), "BuiltPerRequest", "ApplicationScoped"),
                Arguments.of(rule(CaregateRules::resourcesHoldOnlyInjectedProxies), "RemembersTheLastPatient",
                        "lastPatient"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("rulesAndTheirPlantedBreach")
    void theRuleFailsOnItsPlantedViolation(Function<String, ArchRule> rule, String offender, String reason) {
        assertThatThrownBy(() -> rule.apply(ROOT).check(PLANTED))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(offender)
                .hasMessageContaining(reason);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("rulesAndTheirPlantedBreach")
    void theRuleAcceptsTheSameCodeWithoutThePlantedClass(Function<String, ArchRule> rule, String offender, String reason) {
        JavaClasses withoutOffender = new ClassFileImporter()
                .withImportOption(location -> !location.contains("/" + offender))
                .importPackages(ROOT);
        assertThat(withoutOffender.stream().noneMatch(c -> c.getSimpleName().equals(offender))).isTrue();
        rule.apply(ROOT).check(withoutOffender);
    }

    @Test
    void resourcesBuiltOnceCatchesBothAJaxRsResourceAndAGraphQlApi() {
        assertThatThrownBy(() -> CaregateRules.resourcesBuiltOnce(ROOT).check(PLANTED))
                .hasMessageContaining("BuiltPerRequestResource")
                .hasMessageContaining("BuiltPerRequestApi");
    }

    private static Function<String, ArchRule> rule(Function<String, ArchRule> rule) {
        return rule;
    }
}
