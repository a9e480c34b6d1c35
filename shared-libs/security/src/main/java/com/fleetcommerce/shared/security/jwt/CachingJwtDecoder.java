package com.fleetcommerce.shared.security.jwt;

import java.time.Clock;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers tokens the wrapped decoder accepted, until they expire, so a client sending the same access token with
 * every request pays for the RS256 signature check and the claim validation once (about a tenth of a busy endpoint's
 * CPU). A resource server never learns of revocations before expiry anyway, so this accepts nothing the decoder would
 * not. Rejections are not remembered; a remembered token past its {@code exp} is decoded (and refused) again.
 */
public final class CachingJwtDecoder implements JwtDecoder {

    private final JwtDecoder delegate;
    private final Cache<String, Jwt> accepted;
    private final Clock clock;

    public CachingJwtDecoder(JwtDecoder delegate, long maxSize, Clock clock) {
        this.delegate = delegate;
        this.accepted = Caffeine.newBuilder().maximumSize(maxSize).build();
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = accepted.getIfPresent(token);
        Instant now = clock.instant();
        if (known != null) {
            if (known.getExpiresAt() != null && now.isBefore(known.getExpiresAt())) {
                return known;
            }
            accepted.invalidate(token);
        }
        Jwt jwt = delegate.decode(token);
        if (jwt.getExpiresAt() != null && now.isBefore(jwt.getExpiresAt())) {
            accepted.put(token, jwt);       // a token without exp is never remembered
        }
        return jwt;
    }

    JwtDecoder delegate() {
        return delegate;
    }
}
