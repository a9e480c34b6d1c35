package com.fleetcommerce.auth.client.application;

import java.util.List;

import com.fleetcommerce.auth.keys.application.IssuedToken;

/**
 * The answer to a token request: a token, or an RFC 6749 error code ({@code invalid_client}, {@code invalid_scope},
 * ...) with a description.
 */
public record ClientCredentialsOutcome(IssuedToken token, List<String> scopes, String error, String errorDescription) {

    static ClientCredentialsOutcome granted(IssuedToken token, List<String> scopes) {
        return new ClientCredentialsOutcome(token, scopes, null, null);
    }

    static ClientCredentialsOutcome refused(String error, String description) {
        return new ClientCredentialsOutcome(null, List.of(), error, description);
    }

    public boolean isGranted() {
        return token != null;
    }
}
