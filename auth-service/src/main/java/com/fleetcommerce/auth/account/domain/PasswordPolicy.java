package com.fleetcommerce.auth.account.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * NIST 800-63B style: length between the configured bounds, not one of the commonly used passwords, not the email
 * address (or its local part). No composition rules: they push people to predictable patterns.
 */
public final class PasswordPolicy {

    private final int minLength;
    private final int maxLength;
    private final Set<String> common;

    public PasswordPolicy(int minLength, int maxLength, Set<String> commonPasswords) {
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.common = Set.copyOf(commonPasswords);
    }

    /** Why the password is refused, or empty when it is acceptable. */
    public Optional<String> violation(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < minLength) {
            return Optional.of("The password must have at least " + minLength + " characters");
        }
        if (password.codePointCount(0, password.length()) > maxLength) {
            return Optional.of("The password must have at most " + maxLength + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return Optional.of("This password is too common");
        }
        if (email != null) {
            String normalized = EmailAddresses.normalize(email);
            int at = normalized.indexOf('@');
            if (lower.equals(normalized) || (at > 0 && lower.equals(normalized.substring(0, at)))) {
                return Optional.of("The password must not be the email address");
            }
        }
        return Optional.empty();
    }
}
