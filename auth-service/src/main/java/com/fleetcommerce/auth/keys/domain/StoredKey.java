package com.fleetcommerce.auth.keys.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * A signing key as stored: the public JWK (JSON) and the encrypted PKCS#8 private key.
 *
 * @param rotatedAt when it stopped signing; null while ACTIVE
 */
public record StoredKey(String kid, KeyStatus status, String publicJwk, String encryptedPrivateKey, Instant createdAt,
                        Instant rotatedAt) {

    /**
     * Whether verifiers still need it: the active key always; a rotated one until the last token it signed has
     * expired ({@code rotatedAt + token lifetime + clock skew}).
     */
    public boolean isPublishedAt(Instant now, Duration tokenLifetime, Duration clockSkew) {
        return switch (status) {
            case ACTIVE -> true;
            case ROTATED -> rotatedAt != null && now.isBefore(rotatedAt.plus(tokenLifetime).plus(clockSkew));
            case RETIRED -> false;
        };
    }

    public boolean isDueForRotationAt(Instant now, Duration interval) {
        return status == KeyStatus.ACTIVE && !now.isBefore(createdAt.plus(interval));
    }
}
