package com.fleetcommerce.user.staff.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.shared.web.problem.ConflictException;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * auth-service's service API, called with user-service's own client-credentials token (scope
 * {@code accounts:write}; the {@code ServiceTokenInterceptor} of shared-security). Every failure becomes
 * {@link AuthServiceUnavailableException} (503), except an email that is already taken (409).
 */
public class AuthAccountsClient {

    record StaffAccountBody(String email, String type, List<String> roles, List<String> permissions,
                            List<UUID> warehouses) {
    }

    record AuthoritiesBody(List<String> roles, List<String> permissions, List<UUID> warehouses) {
    }

    record AccountIdBody(UUID accountId) {
    }

    private final RestClient client;

    AuthAccountsClient(RestClient client) {
        this.client = client;
    }

    /** Creates the staff account (no password: auth-service sends an invite) and returns its id. */
    public UUID createStaff(String email, Collection<String> roles, Collection<String> permissions,
                            Collection<UUID> warehouses) {
        try {
            AccountIdBody body = client.post().uri("/api/v1/auth/accounts")
                    .body(new StaffAccountBody(email, "STAFF", List.copyOf(roles), List.copyOf(permissions),
                            List.copyOf(warehouses)))
                    .retrieve().body(AccountIdBody.class);
            if (body == null || body.accountId() == null) {
                throw new AuthServiceUnavailableException("auth-service-unavailable",
                        "auth-service answered without an account id", null);
            }
            return body.accountId();
        } catch (RestClientResponseException e) {
            if (e.getStatusCode().value() == 409) {
                throw new ConflictException("email-taken", "an account with this email already exists", Map.of());
            }
            throw unavailable("create the account", e);
        } catch (RestClientException e) {
            throw unavailable("create the account", e);
        }
    }

    /** Replaces the account's roles and permissions; they appear in tokens issued afterwards. */
    public void replaceAuthorities(UUID accountId, Collection<String> roles, Collection<String> permissions,
                                   Collection<UUID> warehouses) {
        try {
            client.put().uri("/api/v1/auth/accounts/{id}/authorities", accountId)
                    .body(new AuthoritiesBody(List.copyOf(roles), List.copyOf(permissions), List.copyOf(warehouses)))
                    .retrieve().toBodilessEntity();
        } catch (RestClientException e) {
            throw unavailable("update the account's authorities", e);
        }
    }

    /** Disables (ending every session) or enables the account. */
    public void setEnabled(UUID accountId, boolean enabled) {
        try {
            client.post().uri("/api/v1/auth/accounts/{id}/" + (enabled ? "enable" : "disable"), accountId)
                    .retrieve().toBodilessEntity();
        } catch (RestClientException e) {
            throw unavailable(enabled ? "enable the account" : "disable the account", e);
        }
    }

    /**
     * The account's sessions ({@code GET /api/v1/auth/accounts/{id}/sessions}, scope {@code sessions:read}). An
     * auth-service that refuses or lacks the endpoint (an older version, a client without the scope) is a 503
     * {@code auth-sessions-unavailable}, never an empty list that would look like "no sessions".
     */
    public List<AuthSession> sessions(UUID accountId) {
        try {
            List<AuthSession> sessions = client.get().uri("/api/v1/auth/accounts/{id}/sessions", accountId)
                    .retrieve().body(new ParameterizedTypeReference<List<AuthSession>>() { });
            return sessions == null ? List.of() : sessions;
        } catch (RestClientResponseException e) {
            HttpStatusCode status = e.getStatusCode();
            if (status.value() == 404 || status.value() == 405 || status.value() == 403) {
                throw new AuthServiceUnavailableException("auth-sessions-unavailable",
                        "auth-service did not list the account's sessions "
                                + "(GET /api/v1/auth/accounts/{id}/sessions, scope sessions:read): answered "
                                + status.value(), e);
            }
            throw unavailable("list the account's sessions", e);
        } catch (RestClientException e) {
            throw unavailable("list the account's sessions", e);
        }
    }

    private static AuthServiceUnavailableException unavailable(String what, Exception cause) {
        String answer = cause instanceof RestClientResponseException response
                ? "answered " + response.getStatusCode().value() : cause.getClass().getSimpleName();
        return new AuthServiceUnavailableException("auth-service-unavailable",
                "auth-service could not " + what + " (" + answer + "); nothing was changed, try again", cause);
    }
}
