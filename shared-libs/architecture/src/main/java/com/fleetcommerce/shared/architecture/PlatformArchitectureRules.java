package com.fleetcommerce.shared.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering every service follows: package by feature ({@code com.fleetcommerce.<service>.<feature>}) and,
 * inside a feature, {@code domain}, {@code application}, {@code web} and {@code persistence}.
 *
 * <p>Use it from a service's test sources:
 * <pre>{@code
 * @AnalyzeClasses(packages = "com.fleetcommerce.warehouse", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     @ArchTest
 *     static final ArchTests platformRules = ArchTests.in(PlatformArchitectureRules.class);
 * }
 * }</pre>
 */
public final class PlatformArchitectureRules {

    /** The shared libraries are meant to be used from every layer, whatever their package names say. */
    private static final DescribedPredicate<JavaClass> SHARED_LIBS = resideInAPackage("com.fleetcommerce.shared..");

    private PlatformArchitectureRules() {
    }

    private static DescribedPredicate<JavaClass> serviceLayer(String... packages) {
        return resideInAnyPackage(packages).and(not(SHARED_LIBS));
    }

    /** Business rules stay plain Java: testable without a container and free of transport or storage concerns. */
    @ArchTest
    public static final ArchRule DOMAIN_IS_FREE_OF_FRAMEWORKS = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "jakarta.persistence..", "jakarta.servlet..", "org.hibernate..",
                    "tools.jackson..", "com.fasterxml.jackson.databind..", "org.apache.kafka..", "io.lettuce..")
            .as("domain code is free of Spring, web, persistence, JSON and messaging frameworks")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule DOMAIN_DOES_NOT_DEPEND_ON_OUTER_LAYERS = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat(serviceLayer("..application..", "..web..", "..persistence.."))
            .as("domain code does not depend on the application, web or persistence layers")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule APPLICATION_DOES_NOT_DEPEND_ON_WEB = noClasses()
            .that().resideInAPackage("..application..")
            .should().dependOnClassesThat(serviceLayer("..web.."))
            .as("application services do not depend on controllers or web DTOs")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule WEB_DOES_NOT_USE_PERSISTENCE = noClasses()
            .that().resideInAPackage("..web..")
            .should().dependOnClassesThat(serviceLayer("..persistence.."))
            .as("controllers go through application services, never straight to persistence")
            .allowEmptyShould(true);

    /** Features of one service may use each other, but never in a circle. */
    @ArchTest
    public static final ArchRule FEATURES_ARE_FREE_OF_CYCLES = slices()
            .matching("com.fleetcommerce.(*).(*)..")
            .namingSlices("feature $2 of $1")
            .should().beFreeOfCycles()
            .allowEmptyShould(true);

    /** Layers inside each feature never form a cycle either. */
    @ArchTest
    public static final ArchRule PACKAGES_ARE_FREE_OF_CYCLES = slices()
            .matching("com.fleetcommerce.(**)")
            .should().beFreeOfCycles()
            .allowEmptyShould(true);
}
