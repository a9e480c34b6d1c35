package com.fleetcommerce.shared.security.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import com.fleetcommerce.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class CachingJwtDecoderTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private final AtomicInteger decoded = new AtomicInteger();

    /** Stands in for the signature check: accepts tokens named "good-<expiry seconds from NOW>". */
    private final JwtDecoder verifier = token -> {
        decoded.incrementAndGet();
        if (!token.startsWith("good-")) {
            throw new BadJwtException("bad signature");
        }
        Instant expiry = NOW.plusSeconds(Long.parseLong(token.substring(5)));
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("acc-1").issuedAt(NOW.minusSeconds(1))
                .expiresAt(expiry).build();
    };

    @Test
    void anAcceptedTokenIsVerifiedOnceUntilItExpires() {
        MutableClock clock = new MutableClock(NOW);
        CachingJwtDecoder decoder = new CachingJwtDecoder(verifier, 100, clock);

        Jwt first = decoder.decode("good-60");
        Jwt second = decoder.decode("good-60");

        assertThat(second).isSameAs(first);
        assertThat(decoded).hasValue(1);

        clock.advance(Duration.ofSeconds(60));    // exp reached: never served from memory again
        decoder.decode("good-60");
        assertThat(decoded).hasValue(2);
    }

    @Test
    void rejectionsAreNotRemembered() {
        CachingJwtDecoder decoder = new CachingJwtDecoder(verifier, 100, new MutableClock(NOW));

        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(decoded).hasValue(2);
    }
}
