package com.fleetcommerce.shared.security.client;

import java.time.Duration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

/**
 * Client credentials for service-to-service calls, when the service declares the registration
 * {@code spring.security.oauth2.client.registration.platform-service.*} (grant type {@code client_credentials}).
 * <p>
 * The manager is the one that works off request threads (Kafka listeners, schedulers, workers):
 * {@link AuthorizedClientServiceOAuth2AuthorizedClientManager} keeps tokens in the {@link OAuth2AuthorizedClientService},
 * not in an HTTP session.
 */
@AutoConfiguration(afterName = "org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration")
@ConditionalOnClass(OAuth2ClientHttpRequestInterceptor.class)
@ConditionalOnProperty(prefix = "spring.security.oauth2.client.registration." + ServiceClientAutoConfiguration.REGISTRATION_ID,
        name = "client-id")
public class ServiceClientAutoConfiguration {

    public static final String REGISTRATION_ID = "platform-service";

    /** Fetch a new token this long before the cached one expires, so no call goes out with a dying token. */
    static final Duration REFRESH_BEFORE_EXPIRY = Duration.ofSeconds(60);

    @Bean
    @ConditionalOnMissingBean(OAuth2AuthorizedClientManager.class)
    @ConditionalOnBean({ClientRegistrationRepository.class, OAuth2AuthorizedClientService.class})
    AuthorizedClientServiceOAuth2AuthorizedClientManager serviceAuthorizedClientManager(
            ClientRegistrationRepository registrations, OAuth2AuthorizedClientService clients) {
        var manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, clients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .clientCredentials(credentials -> credentials.clockSkew(REFRESH_BEFORE_EXPIRY))
                .build());
        return manager;
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean({ClientRegistrationRepository.class, OAuth2AuthorizedClientService.class, OAuth2AuthorizedClientManager.class})
    ServiceTokenInterceptor serviceTokenInterceptor(ClientRegistrationRepository registrations,
                                                    OAuth2AuthorizedClientService clients,
                                                    OAuth2AuthorizedClientManager manager) {
        ClientRegistration registration = registrations.findByRegistrationId(REGISTRATION_ID);
        if (registration == null
                || !AuthorizationGrantType.CLIENT_CREDENTIALS.equals(registration.getAuthorizationGrantType())) {
            throw new IllegalStateException("spring.security.oauth2.client.registration." + REGISTRATION_ID
                    + " must use authorization-grant-type client_credentials");
        }
        return new ServiceTokenInterceptor(manager, clients, REGISTRATION_ID, registration.getClientId());
    }
}
