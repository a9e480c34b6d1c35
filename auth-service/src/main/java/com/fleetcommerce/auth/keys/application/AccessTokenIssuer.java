package com.fleetcommerce.auth.keys.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.fleetcommerce.auth.config.AuthProperties;
import com.fleetcommerce.shared.events.core.Uuids;
import com.fleetcommerce.shared.security.principal.PlatformClaims;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.stereotype.Service;

/**
 * Signs the platform's access tokens (RS256, {@code kid} and {@code typ: JWT} in the header) with the active key.
 * Claim names come from shared-security's {@link PlatformClaims}, so every resource server reads what is written here.
 */
@Service
public class AccessTokenIssuer {

    private final SigningKeys keys;
    private final AuthProperties properties;
    private final Clock clock;

    public AccessTokenIssuer(SigningKeys keys, AuthProperties properties, Clock clock) {
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * A customer's or staff member's token for one session. {@code warehouses} become the {@code warehouses} claim
     * only when there are some: no claim means not limited to some warehouses.
     */
    public IssuedToken issueForAccount(UUID accountId, String accountType, Collection<String> roles,
                                       Collection<String> permissions, Collection<UUID> warehouses, UUID sessionId) {
        JWTClaimsSet.Builder claims = base(accountId.toString())
                .claim(PlatformClaims.ACCOUNT_TYPE, accountType)
                .claim(PlatformClaims.ROLES, List.copyOf(roles))
                .claim(PlatformClaims.PERMISSIONS, List.copyOf(permissions))
                .claim(PlatformClaims.SESSION_ID, sessionId.toString());
        if (!warehouses.isEmpty()) {
            claims.claim(PlatformClaims.WAREHOUSES, warehouses.stream().map(UUID::toString).sorted().toList());
        }
        return sign(claims);
    }

    /** A client-credentials token: the subject is the client id, the scopes space-separated, no session. */
    public IssuedToken issueForService(String clientId, Collection<String> scopes) {
        JWTClaimsSet.Builder claims = base(clientId)
                .claim(PlatformClaims.ACCOUNT_TYPE, "service")
                .claim(PlatformClaims.ROLES, List.of())
                .claim(PlatformClaims.PERMISSIONS, List.of())
                .claim(PlatformClaims.SCOPE, String.join(" ", scopes));
        return sign(claims);
    }

    private JWTClaimsSet.Builder base(String subject) {
        // whole seconds: JWT NumericDates are seconds, and it keeps exp - iat exactly the configured lifetime
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return new JWTClaimsSet.Builder()
                .issuer(properties.issuer())
                .audience(List.of(properties.audience()))
                .subject(subject)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(properties.accessTokenTtl())))
                .jwtID(Uuids.v7().toString());
    }

    private IssuedToken sign(JWTClaimsSet.Builder claims) {
        RSAKey key = keys.activeKey();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign an access token", e);
        }
        return new IssuedToken(jwt.serialize(), properties.accessTokenTtl().toSeconds());
    }
}
