package com.fleetcommerce.shared.security.principal;

import java.util.Locale;
import java.util.Optional;

/** Who a token was issued to; the {@code account_type} claim. */
public enum AccountType {

    /** A shopper of the storefront. */
    CUSTOMER,
    /** An employee using the admin app; holds permissions. */
    STAFF,
    /** Another service of the fleet, calling with a client-credentials token; holds scopes. */
    SERVICE;

    /** The claim value ({@code "customer"}, {@code "staff"}, {@code "service"}, case-insensitive); empty if unknown. */
    public static Optional<AccountType> fromClaim(Object claim) {
        if (!(claim instanceof String value) || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    public String claimValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
