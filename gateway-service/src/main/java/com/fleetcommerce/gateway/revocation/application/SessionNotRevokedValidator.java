package com.fleetcommerce.gateway.revocation.application;

import java.time.Clock;

import com.fleetcommerce.gateway.revocation.domain.RevokedSessions;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/** Refuses an access token whose session ({@code sid}) auth-service has ended (logout, refresh-token reuse, ...). */
public final class SessionNotRevokedValidator implements OAuth2TokenValidator<Jwt> {

    private static final OAuth2Error REVOKED = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
            "The session of this token has ended", null);

    private final RevokedSessions revoked;
    private final Clock clock;

    public SessionNotRevokedValidator(RevokedSessions revoked, Clock clock) {
        this.revoked = revoked;
        this.clock = clock;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        return revoked.isRevoked(token.getClaimAsString("sid"), clock.instant())
                ? OAuth2TokenValidatorResult.failure(REVOKED) : OAuth2TokenValidatorResult.success();
    }
}
