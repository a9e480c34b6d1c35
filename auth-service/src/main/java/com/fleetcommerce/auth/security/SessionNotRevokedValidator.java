package com.fleetcommerce.auth.security;

import java.util.UUID;

import com.fleetcommerce.shared.security.principal.PlatformClaims;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * auth-service's own endpoints refuse access tokens of sessions that were revoked (logout, reuse detection, password
 * change): other services accept them until they expire (at most access-token-ttl), auth-service does not.
 * Service tokens have no session and pass.
 */
class SessionNotRevokedValidator implements OAuth2TokenValidator<Jwt> {

    private static final OAuth2Error REVOKED = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
            "The session of this access token has ended", null);

    private final JdbcSessionLiveness sessions;

    SessionNotRevokedValidator(JdbcSessionLiveness sessions) {
        this.sessions = sessions;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        String sid = jwt.getClaimAsString(PlatformClaims.SESSION_ID);
        if (sid == null) {
            return "service".equals(jwt.getClaimAsString(PlatformClaims.ACCOUNT_TYPE))
                    ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(REVOKED);
        }
        UUID sessionId;
        try {
            sessionId = UUID.fromString(sid);
        } catch (IllegalArgumentException e) {
            return OAuth2TokenValidatorResult.failure(REVOKED);
        }
        return sessions.isLive(sessionId) ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(REVOKED);
    }
}
