package com.fleetcommerce.shared.security.client;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.oauth2.sdk.TokenRequest;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;

/**
 * Makes mock-oauth2-server issue the platform's service tokens (account_type=service plus scopes) for one issuer, and
 * counts how many it issued, so a test can see whether the client reused its token.
 */
final class CountingServiceTokenCallback implements OAuth2TokenCallback {

    private final String issuerId;
    private final String scope;
    private final long lifetimeSeconds;
    private final AtomicInteger issued = new AtomicInteger();

    CountingServiceTokenCallback(String issuerId, String scope, long lifetimeSeconds) {
        this.issuerId = issuerId;
        this.scope = scope;
        this.lifetimeSeconds = lifetimeSeconds;
    }

    int issued() {
        return issued.get();
    }

    @Override
    public String issuerId() {
        return issuerId;
    }

    @Override
    public String subject(TokenRequest request) {
        issued.incrementAndGet();
        return request.getClientAuthentication() != null
                ? request.getClientAuthentication().getClientID().getValue()
                : request.getClientID().getValue();
    }

    @Override
    public String typeHeader(TokenRequest request) {
        return "JWT";
    }

    @Override
    public List<String> audience(TokenRequest request) {
        return List.of("fleetcommerce");   // the platform audience every service checks
    }

    @Override
    public Map<String, Object> addClaims(TokenRequest request) {
        return Map.of("account_type", "service", "scope", scope);
    }

    @Override
    public long tokenExpiry() {
        return lifetimeSeconds;
    }
}
