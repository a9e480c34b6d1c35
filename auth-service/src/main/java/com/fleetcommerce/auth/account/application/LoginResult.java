package com.fleetcommerce.auth.account.application;

/** Either tokens, or (TOTP enabled) an MFA token to exchange with a code at {@code /login/mfa}. */
public record LoginResult(TokenPair tokens, String mfaToken) {
}
