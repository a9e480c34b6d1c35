package com.fleetcommerce.shared.security.principal;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

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
 * @param warehouses  {@code warehouses}: the only warehouses a staff member may act on; empty (no claim) when the
 *                    caller is not limited to some warehouses
 */
public record PlatformPrincipal(String subject, AccountType accountType, Set<String> roles, Set<String> permissions,
                                Set<String> scopes, String sessionId, Set<UUID> warehouses)
        implements AuthenticatedPrincipal {

    public PlatformPrincipal {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(accountType, "accountType");
        roles = Set.copyOf(roles);
        permissions = Set.copyOf(permissions);
        scopes = Set.copyOf(scopes);
        warehouses = Set.copyOf(warehouses);
    }

    /** A caller not limited to some warehouses. */
    public PlatformPrincipal(String subject, AccountType accountType, Set<String> roles, Set<String> permissions,
                             Set<String> scopes, String sessionId) {
        this(subject, accountType, roles, permissions, scopes, sessionId, Set.of());
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

    /** Whether the caller's token lets it act on this warehouse: always, unless it names the warehouses it may. */
    public boolean mayActOnWarehouse(UUID warehouseId) {
        return warehouses.isEmpty() || warehouses.contains(warehouseId);
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
