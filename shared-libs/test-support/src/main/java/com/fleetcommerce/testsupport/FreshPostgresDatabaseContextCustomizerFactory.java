package com.fleetcommerce.testsupport;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/** Activates {@link FreshPostgresDatabase}; registered in {@code META-INF/spring.factories}. */
public class FreshPostgresDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return TestContextAnnotationUtils.hasAnnotation(testClass, FreshPostgresDatabase.class)
                ? new Customizer() : null;
    }

    /** All instances are equal so that equal test configurations keep sharing one cached context. */
    static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            PostgresTestServer server = PostgresTestServer.fromEnvironment();
            String url = server.createDatabase();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("freshPostgresDatabase",
                    Map.of("spring.datasource.url", url,
                            "spring.datasource.username", server.user(),
                            "spring.datasource.password", server.password())));
            DisposableBean drop = () -> server.dropDatabase(url);
            ContextCleanup.register(context, "freshPostgresDatabaseDropper", drop);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
