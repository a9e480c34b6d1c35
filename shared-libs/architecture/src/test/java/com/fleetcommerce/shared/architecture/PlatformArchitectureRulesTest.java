package com.fleetcommerce.shared.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

class PlatformArchitectureRulesTest {

    private static final JavaClasses GOOD = new ClassFileImporter().importPackages("com.fleetcommerce.good");
    private static final JavaClasses BAD = new ClassFileImporter().importPackages("com.fleetcommerce.bad");

    @Test
    void aWellLayeredServicePassesEveryRule() {
        for (ArchRule rule : allRules()) {
            assertThat(rule.evaluate(GOOD).hasViolation()).as(rule.getDescription()).isFalse();
        }
    }

    @Test
    void domainDependingOnSpringOrWebIsReported() {
        assertThat(PlatformArchitectureRules.DOMAIN_IS_FREE_OF_FRAMEWORKS.evaluate(BAD).hasViolation()).isTrue();
        assertThat(PlatformArchitectureRules.DOMAIN_DOES_NOT_DEPEND_ON_OUTER_LAYERS.evaluate(BAD).hasViolation())
                .isTrue();
    }

    @Test
    void webReachingIntoPersistenceIsReported() {
        assertThat(PlatformArchitectureRules.WEB_DOES_NOT_USE_PERSISTENCE.evaluate(BAD).hasViolation()).isTrue();
    }

    @Test
    void cyclesAreReported() {
        assertThat(PlatformArchitectureRules.FEATURES_ARE_FREE_OF_CYCLES.evaluate(BAD).hasViolation()).isTrue();
        assertThat(PlatformArchitectureRules.PACKAGES_ARE_FREE_OF_CYCLES.evaluate(BAD).hasViolation()).isTrue();
    }

    private static ArchRule[] allRules() {
        return new ArchRule[] {
                PlatformArchitectureRules.DOMAIN_IS_FREE_OF_FRAMEWORKS,
                PlatformArchitectureRules.DOMAIN_DOES_NOT_DEPEND_ON_OUTER_LAYERS,
                PlatformArchitectureRules.APPLICATION_DOES_NOT_DEPEND_ON_WEB,
                PlatformArchitectureRules.WEB_DOES_NOT_USE_PERSISTENCE,
                PlatformArchitectureRules.FEATURES_ARE_FREE_OF_CYCLES,
                PlatformArchitectureRules.PACKAGES_ARE_FREE_OF_CYCLES};
    }
}
