package com.fleetcommerce.user;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Points user-service's auth-service client and its client-credentials token endpoint at the in-JVM auth-service.
 * The values are suppliers, resolved when the beans that need them are created, i.e. after the embedded broker and
 * the Redis database of this context exist (auth-service is started with them on first use).
 */
@TestConfiguration(proxyBeanMethods = false)
public class InTestAuthServiceConfiguration {

    @Bean
    static DynamicPropertyRegistrar inTestAuthService(Environment environment) {
        return registry -> {
            registry.add("user.auth-api.base-url", () -> InTestAuthService.start(environment).baseUrl());
            registry.add("spring.security.oauth2.client.provider.platform-auth.token-uri",
                    () -> InTestAuthService.start(environment).baseUrl() + "/oauth2/token");
            registry.add("spring.security.oauth2.client.registration.platform-service.client-secret",
                    () -> InTestAuthService.CLIENT_SECRET);
        };
    }
}
