package com.fleetcommerce.auth.account.domain;

/** LOCKED is temporary (too many failed logins, until {@code lockedUntil}); DISABLED only ends by an explicit enable. */
public enum AccountStatus {
    ACTIVE, LOCKED, DISABLED
}
