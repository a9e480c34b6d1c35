package com.fleetcommerce.auth.account.web;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fleetcommerce.auth.account.application.LoginResult;
import com.fleetcommerce.auth.account.application.TokenPair;

/** Tokens, or {@code {mfaRequired: true, mfaToken}} when the account has TOTP enabled. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LoginResponse(String accessToken, String refreshToken, String tokenType, Long expiresIn, UUID sessionId,
                            Boolean mfaRequired, String mfaToken) {

    static LoginResponse of(TokenPair tokens) {
        return new LoginResponse(tokens.accessToken(), tokens.refreshToken(), tokens.tokenType(), tokens.expiresIn(),
                tokens.sessionId(), null, null);
    }

    static LoginResponse of(LoginResult result) {
        return result.tokens() != null ? of(result.tokens())
                : new LoginResponse(null, null, null, null, null, Boolean.TRUE, result.mfaToken());
    }
}
