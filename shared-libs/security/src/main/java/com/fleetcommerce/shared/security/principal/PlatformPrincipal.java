package com.fleetcommerce.shared.security.principal;

import java.util.Objects;
import java.util.Set;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The caller, as the platform's access token describes it.
 *
 * @param subject     {@code sub}: the account id (UUID) of a customer or staff member, the client id of a service
 * @param accountType {@code account_type}
 * @param roles       {@code roles}, as issued (lower case, e.g. {@code admin})
 * @param permissions {@code permissions}, e.g. {@code inventory:write}; staff tokens carry them
 * @param scopes      {@code scope} (space-separated in the token), e.g. {@code inventory.reserve}; service tokens
 * @param sessionId   {@code sid}: the login session, for revocation and audit; null for service tokens
 */
public record PlatformPrincipal(String subject, AccountType accountType, Set<String> roles, Set<String> permissions,
                                Set<String> scopes, String sessionId) implements AuthenticatedPrincipal {

    public PlatformPrincipal {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(accountType, "accountType");
        roles = Set.copyOf(roles);
        permissions = Set.copyOf(permissions);
        scopes = Set.copyOf(scopes);
    }

    /** The subject: what Spring Security reports as the authentication's name. */
    @Override
    public String getName() {
        return subject;
    }

    public boolean hasPermission(String permission) {
        return permissions.contains(permission);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    public boolean isCustomer() {
        return accountType == AccountType.CUSTOMER;
    }

    public boolean isStaff() {
        return accountType == AccountType.STAFF;
    }

    public boolean isService() {
        return accountType == AccountType.SERVICE;
    }
}
