package com.fleetcommerce.auth.account.domain;

import java.util.Locale;

/** Who the account belongs to; its lower-case name is the token's {@code account_type}. */
public enum AccountKind {
    CUSTOMER, STAFF;

    public String claimValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
