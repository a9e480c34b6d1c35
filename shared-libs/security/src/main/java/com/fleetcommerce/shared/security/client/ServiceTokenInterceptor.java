package com.fleetcommerce.shared.security.client;

import java.io.IOException;
import java.util.List;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;

/**
 * Puts this service's own client-credentials access token on calls to other services of the fleet:
 * {@code restClientBuilder.requestInterceptor(serviceTokenInterceptor)}. Attach it only to clients for our own
 * services (never to a third-party API: the token would leak).
 * <p>
 * The token belongs to the service, not to whoever triggered the call: the principal is fixed, so one token is
 * fetched, cached by the {@link OAuth2AuthorizedClientService} and reused from any thread (request, listener,
 * scheduler) until shortly before it expires; a user's token is never forwarded (the header is overwritten). If the
 * callee answers 401 {@code invalid_token}, the cached token is dropped so the next call fetches a new one.
 */
public class ServiceTokenInterceptor implements ClientHttpRequestInterceptor {

    private final OAuth2ClientHttpRequestInterceptor delegate;
    private final String registrationId;

    public ServiceTokenInterceptor(OAuth2AuthorizedClientManager manager, OAuth2AuthorizedClientService clients,
                                   String registrationId, String principalName) {
        this.registrationId = registrationId;
        Authentication service = new AnonymousAuthenticationToken(registrationId, principalName,
                List.copyOf(AuthorityUtils.createAuthorityList("ROLE_SERVICE")));
        delegate = new OAuth2ClientHttpRequestInterceptor(manager);
        delegate.setClientRegistrationIdResolver(request -> registrationId);
        delegate.setPrincipalResolver(request -> service);
        delegate.setAuthorizationFailureHandler(OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(clients));
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        return delegate.intercept(request, body, execution);
    }

    public String registrationId() {
        return registrationId;
    }
}
