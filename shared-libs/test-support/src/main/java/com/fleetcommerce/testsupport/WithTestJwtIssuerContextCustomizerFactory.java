package com.fleetcommerce.testsupport;

import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.MergedContextConfiguration;

/** Activates {@link WithTestJwtIssuer}; registered in {@code META-INF/spring.factories}. */
public class WithTestJwtIssuerContextCustomizerFactory extends AnnotationActivatedCustomizerFactory {

    public WithTestJwtIssuerContextCustomizerFactory() {
        super(WithTestJwtIssuer.class, Customizer::new);
    }

    static final class Customizer extends StatelessContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testJwtIssuer",
                    Map.of("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TestJwts.jwkSetUri(),
                            "spring.security.oauth2.resourceserver.jwt.issuer-uri", TestJwts.ISSUER,
                            "spring.security.oauth2.resourceserver.jwt.audiences", TestJwts.AUDIENCE,
                            // only read by a service that declares the platform-service client registration
                            "spring.security.oauth2.client.provider.platform-service.token-uri", TestJwts.tokenUri())));
        }
    }
}
