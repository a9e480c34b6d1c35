package com.fleetcommerce.testsupport;

import org.springframework.test.context.ContextCustomizer;

/**
 * A customizer without configuration of its own: all instances of one class are equal, so test classes that share
 * the rest of their configuration keep sharing one cached Spring context.
 */
abstract class StatelessContextCustomizer implements ContextCustomizer {

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass();
    }

    @Override
    public final int hashCode() {
        return getClass().hashCode();
    }
}
