package com.fleetcommerce.auth;

import java.util.HashMap;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real OIDC provider for the shared test context: one mock-oauth2-server per JVM with an issuer {@code google},
 * registered as the {@code google} client registration (discovery through its issuer URI), social login switched on.
 */
public final class SocialProviders implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String SPA_CALLBACK = "http://spa.test/auth/callback";

    private static MockOAuth2Server server;

    public static synchronized MockOAuth2Server server() {
        if (server == null) {
            server = new MockOAuth2Server();
            server.start();
        }
        return server;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("platform.auth.social.enabled", "true");
        properties.put("platform.auth.social.redirect-uri", SPA_CALLBACK);
        properties.put("spring.security.oauth2.client.registration.google.client-id", "fleet-storefront");
        properties.put("spring.security.oauth2.client.registration.google.client-secret", "local-only-google-secret");
        properties.put("spring.security.oauth2.client.registration.google.scope", "openid,email");
        properties.put("spring.security.oauth2.client.provider.google.issuer-uri", server().issuerUrl("google").toString());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("socialProviders", properties));
    }
}
