package com.fleetcommerce.testsupport;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/** A customizer factory that applies its customizer to test classes carrying (or inheriting) one annotation. */
abstract class AnnotationActivatedCustomizerFactory implements ContextCustomizerFactory {

    private final Class<? extends Annotation> annotation;
    private final Supplier<ContextCustomizer> customizer;

    AnnotationActivatedCustomizerFactory(Class<? extends Annotation> annotation, Supplier<ContextCustomizer> customizer) {
        this.annotation = annotation;
        this.customizer = customizer;
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return TestContextAnnotationUtils.hasAnnotation(testClass, annotation) ? customizer.get() : null;
    }
}
