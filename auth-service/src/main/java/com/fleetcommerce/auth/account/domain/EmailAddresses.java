package com.fleetcommerce.auth.account.domain;

import java.util.Locale;

/** The stored form of an email address: trimmed and lower-cased, so uniqueness is case-insensitive. */
public final class EmailAddresses {

    private EmailAddresses() {
    }

    public static String normalize(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }
}
