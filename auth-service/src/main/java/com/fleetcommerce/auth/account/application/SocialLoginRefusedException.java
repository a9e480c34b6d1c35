package com.fleetcommerce.auth.account.application;

/**
 * A social login that must not go through; {@code reason} is the {@code error} the SPA gets on its callback URL
 * ({@code email_not_verified}, {@code email_required}, {@code account_disabled}).
 */
public class SocialLoginRefusedException extends RuntimeException {

    private final String reason;

    SocialLoginRefusedException(String reason) {
        super("Social login refused: " + reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
