package com.fleetcommerce.auth.account.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An account: credentials and login state. Customers always have the role {@code customer} and no permissions; staff
 * roles and permissions are a replica of what user-service owns, pushed through the service API.
 * State changes return a new value; the application layer stores it.
 *
 * @param email          normalised (trimmed, lower case)
 * @param passwordHash   delegating-encoder format ({@code {argon2}...}); null for a staff account invited but not set up
 * @param warehouses     staff only: the warehouses the member may act on (replica of user-service's); empty when not
 *                       limited to some
 * @param totpSecret     encrypted; set while enrolling (not yet enabled) and while enabled
 */
public record Account(UUID id, String email, String phone, AccountKind kind, AccountStatus status,
                      boolean emailVerified, String passwordHash, int failedLogins, Instant lockedUntil,
                      List<String> roles, List<String> permissions, List<UUID> warehouses, String totpSecret,
                      boolean totpEnabled, Long totpLastStep) {

    public static final String CUSTOMER_ROLE = "customer";

    public Account {
        roles = List.copyOf(roles);
        permissions = List.copyOf(permissions);
        warehouses = List.copyOf(warehouses);
    }

    public static Account newCustomer(UUID id, String email, String phone, String passwordHash) {
        return new Account(id, email, phone, AccountKind.CUSTOMER, AccountStatus.ACTIVE, false, passwordHash, 0, null,
                List.of(CUSTOMER_ROLE), List.of(), List.of(), null, false, null);
    }

    public static Account newStaff(UUID id, String email, String phone, List<String> roles, List<String> permissions,
                                   List<UUID> warehouses) {
        return new Account(id, email, phone, AccountKind.STAFF, AccountStatus.ACTIVE, false, null, 0, null,
                roles, permissions, warehouses, null, false, null);
    }

    /** Whether a login may be attempted now: not disabled, not inside a lockout. */
    public boolean canLogInAt(Instant now) {
        return switch (status) {
            case ACTIVE -> passwordHash != null;
            case LOCKED -> passwordHash != null && lockedUntil != null && !now.isBefore(lockedUntil);
            case DISABLED -> false;
        };
    }

    /** One more failed attempt; the {@code maxFailures}-th locks the account for {@code lockout}. */
    public Account failedLogin(Instant now, int maxFailures, Duration lockout) {
        int failures = (status == AccountStatus.LOCKED ? 0 : failedLogins) + 1;
        if (failures >= maxFailures) {
            return new Account(id, email, phone, kind, AccountStatus.LOCKED, emailVerified, passwordHash, 0,
                    now.plus(lockout), roles, permissions, warehouses, totpSecret, totpEnabled, totpLastStep);
        }
        return new Account(id, email, phone, kind, AccountStatus.ACTIVE, emailVerified, passwordHash, failures, null,
                roles, permissions, warehouses, totpSecret, totpEnabled, totpLastStep);
    }

    public boolean isLocked() {
        return status == AccountStatus.LOCKED;
    }

    public Account succeededLogin() {
        return new Account(id, email, phone, kind, status == AccountStatus.LOCKED ? AccountStatus.ACTIVE : status,
                emailVerified, passwordHash, 0, null, roles, permissions, warehouses, totpSecret, totpEnabled,
                totpLastStep);
    }

    public Account withPasswordHash(String hash) {
        return new Account(id, email, phone, kind, status, emailVerified, hash, failedLogins, lockedUntil, roles,
                permissions, warehouses, totpSecret, totpEnabled, totpLastStep);
    }

    /** A password reset proves control of the mailbox: it also verifies the email and lifts a lockout. */
    public Account passwordReset(String hash) {
        return new Account(id, email, phone, kind, status == AccountStatus.LOCKED ? AccountStatus.ACTIVE : status,
                true, hash, 0, null, roles, permissions, warehouses, totpSecret, totpEnabled, totpLastStep);
    }

    public Account verified() {
        return new Account(id, email, phone, kind, status, true, passwordHash, failedLogins, lockedUntil, roles,
                permissions, warehouses, totpSecret, totpEnabled, totpLastStep);
    }

    public Account withAuthorities(List<String> newRoles, List<String> newPermissions, List<UUID> newWarehouses) {
        if (kind != AccountKind.STAFF) {
            throw new AccountRuleViolation("customer-authorities-fixed",
                    "Customers always have the role customer and no staff permissions");
        }
        return new Account(id, email, phone, kind, status, emailVerified, passwordHash, failedLogins, lockedUntil,
                newRoles, newPermissions, newWarehouses, totpSecret, totpEnabled, totpLastStep);
    }

    public Account withStatus(AccountStatus newStatus) {
        return new Account(id, email, phone, kind, newStatus, emailVerified, passwordHash, 0, null, roles,
                permissions, warehouses, totpSecret, totpEnabled, totpLastStep);
    }

    public Account enrollingTotp(String encryptedSecret) {
        if (totpEnabled) {
            throw new AccountRuleViolation("mfa-already-enabled", "Two-factor authentication is already enabled");
        }
        return new Account(id, email, phone, kind, status, emailVerified, passwordHash, failedLogins, lockedUntil,
                roles, permissions, warehouses, encryptedSecret, false, null);
    }

    public Account totpConfirmed(long step) {
        return new Account(id, email, phone, kind, status, emailVerified, passwordHash, failedLogins, lockedUntil,
                roles, permissions, warehouses, totpSecret, true, step);
    }

    public Account totpUsed(long step) {
        return new Account(id, email, phone, kind, status, emailVerified, passwordHash, failedLogins, lockedUntil,
                roles, permissions, warehouses, totpSecret, totpEnabled, step);
    }

    public Account totpDisabled() {
        return new Account(id, email, phone, kind, status, emailVerified, passwordHash, failedLogins, lockedUntil,
                roles, permissions, warehouses, null, false, null);
    }
}
