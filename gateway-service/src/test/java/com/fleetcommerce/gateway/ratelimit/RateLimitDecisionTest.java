package com.fleetcommerce.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.fleetcommerce.gateway.ratelimit.domain.Limit;
import com.fleetcommerce.gateway.ratelimit.domain.RateLimitDecision;
import org.junit.jupiter.api.Test;

class RateLimitDecisionTest {

    final Limit limit = new Limit(3, Duration.ofMinutes(1));

    @Test
    void theLimitThRequestPassesTheNextIsRefused() {
        assertThat(RateLimitDecision.of(limit, 3, Duration.ofSeconds(10)).allowed()).isTrue();
        assertThat(RateLimitDecision.of(limit, 3, Duration.ofSeconds(10)).remaining()).isZero();
        assertThat(RateLimitDecision.of(limit, 4, Duration.ofSeconds(10)).allowed()).isFalse();
        assertThat(RateLimitDecision.of(limit, 4, Duration.ofSeconds(10)).remaining()).isZero();
    }

    @Test
    void retryAfterRoundsUpToWholeSecondsAndIsNeverZero() {
        assertThat(RateLimitDecision.of(limit, 4, Duration.ofMillis(1500)).retryAfterSeconds()).isEqualTo(2);
        assertThat(RateLimitDecision.of(limit, 4, Duration.ofMillis(3000)).retryAfterSeconds()).isEqualTo(3);
        assertThat(RateLimitDecision.of(limit, 4, Duration.ZERO).retryAfterSeconds()).isEqualTo(1);
    }
}
