package com.fleetcommerce.shared.security.defaults;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Every service accepts only tokens that auth-service issued for the platform: the issuer ({@code iss}) and the
 * audience ({@code aud}) are checked besides the RS256 signature, so a token minted by another issuer that happens to
 * share a key, or one meant for another audience, is refused. Added as the last property source, so a service's own
 * settings, environment variables and test properties win.
 * <p>
 * With a {@code jwk-set-uri} configured, Boot adds the issuer check without fetching the issuer's discovery document.
 */
public class SecurityDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    public static final String PROPERTY_SOURCE_NAME = "fleetcommerceSecurityDefaults";
    /** What auth-service writes into {@code aud}. */
    public static final String PLATFORM_AUDIENCE = "fleetcommerce";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(PROPERTY_SOURCE_NAME)) {
            return;
        }
        environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, Map.of(
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", "${PLATFORM_AUTH_ISSUER:http://127.0.0.1:8081}",
                "spring.security.oauth2.resourceserver.jwt.audiences", PLATFORM_AUDIENCE)));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
