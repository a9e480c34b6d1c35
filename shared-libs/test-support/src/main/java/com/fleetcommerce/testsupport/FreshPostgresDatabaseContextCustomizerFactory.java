package com.fleetcommerce.testsupport;

import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.MergedContextConfiguration;

/** Activates {@link FreshPostgresDatabase}; registered in {@code META-INF/spring.factories}. */
public class FreshPostgresDatabaseContextCustomizerFactory extends AnnotationActivatedCustomizerFactory {

    public FreshPostgresDatabaseContextCustomizerFactory() {
        super(FreshPostgresDatabase.class, Customizer::new);
    }

    static final class Customizer extends StatelessContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            PostgresTestServer server = PostgresTestServer.fromEnvironment();
            String url = server.createDatabase();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("freshPostgresDatabase",
                    Map.of("spring.datasource.url", url,
                            "spring.datasource.username", server.user(),
                            "spring.datasource.password", server.password())));
            ContextCleanup.register(context, "freshPostgresDatabaseDropper", () -> server.dropDatabase(url));
        }
    }
}
