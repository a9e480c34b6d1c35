package com.fleetcommerce.user;

import com.fleetcommerce.shared.architecture.PlatformArchitectureRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

@AnalyzeClasses(packages = "com.fleetcommerce.user", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests PLATFORM_RULES = ArchTests.in(PlatformArchitectureRules.class);
}
